// The editor's sections, loaded beside the page (./+page.svelte): they show once the draft is read from this
// device's library, after mount, so the page's first view need not carry them.
export { default as ChangesSection } from './ChangesSection.svelte';
export { default as DetailsSection } from './DetailsSection.svelte';
export { default as ExportSection } from './ExportSection.svelte';
export { default as IssuesSection } from './IssuesSection.svelte';
export { default as RulesSection } from './RulesSection.svelte';
export { default as TextSection } from './TextSection.svelte';
export { default as UseSection } from './UseSection.svelte';
export { default as ProvisionsOutline } from '$lib/components/drafts/ProvisionsOutline.svelte';
