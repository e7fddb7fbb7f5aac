// The checker's parts that show once the region's criteria are loaded (after mount): the questions and the
// verdicts; and the printed report's heading (print only, with the texts' status), which the first screen does
// without. Loaded beside the page (./+page.svelte), so its first view need not carry them.
export { default as ReportHead } from './ReportHead.svelte';
export { default as ContradictionList } from '$lib/components/eligibility/ContradictionList.svelte';
export { default as NextSteps } from '$lib/components/eligibility/NextSteps.svelte';
export { default as QuestionField } from '$lib/components/eligibility/QuestionField.svelte';
export { default as VerdictCard } from '$lib/components/eligibility/VerdictCard.svelte';
