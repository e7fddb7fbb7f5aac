// Interface words for the engines that draw or write in a language they are given (the timeline chart and its
// table, a draft's Markdown outline): built here from the Paraglide messages, since engines do not import them.
// The language is explicit — a chart can be drawn, and an outline written, in either language whatever the
// interface's.

import type { ChartWords } from '$lib/charts/describe';
import type { MarkdownWords } from '$lib/drafts/markdown';
import { m } from '$lib/paraglide/messages';
import type { Locale as MessageLocale } from '$lib/paraglide/runtime';

/** The engines' language codes ('zh' | 'en') as Paraglide locales. */
const inLocale = (lang: 'zh' | 'en'): { locale: MessageLocale } => ({
	locale: lang === 'en' ? 'en' : 'zh-CN'
});

export function chartWords(lang: 'zh' | 'en'): ChartWords {
	const o = inLocale(lang);
	return {
		undated: m.chart_undated({}, o),
		today: m.chart_today({}, o),
		clauses: m.chart_clauses({}, o),
		noClause: m.chart_no_clause({}, o),
		date: m.chart_date({}, o),
		region: m.chart_region({}, o),
		item: m.chart_item({}, o),
		note: m.chart_note({}, o),
		period: m.chart_period({}, o),
		zoomIn: m.chart_zoom_in({}, o),
		zoomOut: m.chart_zoom_out({}, o),
		panLeft: m.chart_pan_left({}, o),
		panRight: m.chart_pan_right({}, o),
		reset: m.chart_reset({}, o),
		keysHelp: m.chart_keys_help({}, o),
		chart: m.chart_title({}, o),
		tableCaption: m.chart_table_caption({}, o),
		periodsCaption: m.chart_periods_caption({}, o),
		start: m.chart_start({}, o),
		end: m.chart_end({}, o)
	};
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
