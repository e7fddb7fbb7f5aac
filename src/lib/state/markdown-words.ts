// A draft's Markdown outline's words (drafts/markdown.ts), in the language it is written in: Paraglide messages
// (draft_md_*). Loaded with the export, not with the editor.

import type { MarkdownWords } from '$lib/drafts/markdown';
import { m } from '$lib/paraglide/messages';
import { inLocale } from './chart-words';
import { loadEnglish } from './english.svelte';

/** The words for an outline in `lang` — in English whatever the interface's language (its strings loaded first). */
export async function markdownWordsFor(lang: 'zh' | 'en'): Promise<MarkdownWords> {
	if (lang === 'en') await loadEnglish();
	return markdownWords(lang);
}

export function markdownWords(lang: 'zh' | 'en'): MarkdownWords {
	const o = inLocale(lang);
	return {
		name: m.draft_md_name({}, o),
		status: m.draft_md_status({}, o),
		noStatus: m.draft_md_no_status({}, o),
		level: m.draft_md_level({}, o),
		levels: { city: m.draft_md_level_city({}, o), province: m.draft_md_level_province({}, o) },
		base: m.draft_md_base({}, o),
		fromBase: (region) => m.draft_md_from_base({ region }, o),
		blank: m.draft_md_blank({}, o),
		procedure: m.draft_md_procedure({}, o),
		procedureOf: (region) => m.draft_md_procedure_of({ region }, o),
		noProcedure: m.draft_md_no_procedure({}, o),
		operator: m.draft_md_operator({}, o),
		text: m.draft_md_text({}, o),
		clauses: (count) =>
			count === 1 ? m.draft_md_clause_count_one({ count }, o) : m.draft_md_clause_count({ count }, o),
		noText: m.draft_md_no_text({}, o),
		unparsed: (error) => m.draft_md_unparsed({ error }, o),
		value: m.draft_md_value({}, o),
		periods: m.draft_md_periods({}, o),
		fromStart: m.draft_md_from_start({}, o),
		fromDate: (date) => m.draft_md_from_date({ date }, o),
		summary: m.draft_md_summary({}, o),
		citations: m.draft_md_citations({}, o),
		unresolved: m.draft_md_unresolved({}, o),
		note: m.draft_md_note({}, o),
		changedFromBase: (region) => m.draft_md_changed_from_base({ region }, o),
		wording: m.draft_md_wording({}, o),
		differs: (region, what) => m.draft_md_differs({ region, what }, o),
		otherHas: (region, value) => m.draft_md_other_has({ region, value }, o),
		draftSilent: (region, value) => m.draft_md_draft_silent({ region, value }, o),
		otherSilent: (region) => m.draft_md_other_silent({ region }, o),
		same: (regions) => m.draft_md_same({ regions }, o),
		list: m.draft_md_list({}, o),
		colon: m.draft_md_colon({}, o),
		notes: m.draft_md_notes({}, o)
	};
}
