// The start page's parts that read a file (a regulation's text into a new draft, a draft's JSON export back):
// below the saved drafts and the new-draft form, and used only with a file, so they load beside the page
// (./+page.svelte) after its first paint, with the file button and the text field they bring.
export { default as FromFile } from './FromFile.svelte';
export { default as ImportDraft } from './ImportDraft.svelte';
