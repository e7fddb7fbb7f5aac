// The checker's logic that runs once the chosen regions' criteria are loaded (after mount): loading them, the
// questionnaire built from them, the verdicts, the reach of each verdict, contradictions between answers and
// the next steps. Loaded beside the page (./+page.svelte) with the criteria, so its first view need not carry
// it: until then the page shows its heading, intro, region chooser and the questionnaire's frame.
export { roleLabels } from '$lib/eligibility/catalogue';
export { findContradictions } from '$lib/eligibility/contradictions';
export { evaluateRegion } from '$lib/eligibility/engine';
export { loadEligibilityFor } from '$lib/eligibility/load';
export { progress, questionnaireFor, relatedEntityQuestions } from '$lib/eligibility/questionnaire-core';
export { reachAll } from '$lib/eligibility/reach';
export { nextSteps } from '$lib/components/eligibility/next-steps';
