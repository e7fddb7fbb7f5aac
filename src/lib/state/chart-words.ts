// Interface words for the engines that draw or write in a language they are given (the timeline chart and its
// table here; a draft's Markdown outline in ./markdown-words): built from the Paraglide messages, since engines do
// not import them. The language is explicit — a chart can be drawn, and an outline written, in either language
// whatever the interface's.

import type { ChartWords } from '$lib/charts/describe';
import { m } from '$lib/paraglide/messages';
import type { Locale as MessageLocale } from '$lib/paraglide/runtime';

/** The engines' language codes ('zh' | 'en') as Paraglide locales. */
export const inLocale = (lang: 'zh' | 'en'): { locale: MessageLocale } => ({
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
