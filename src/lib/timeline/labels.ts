// Words for timeline items. Kept apart from the maths so the computation reads as rules.
// The milestone and period LABELS name what the law names (glossary terms): {zh, en} pairs. The cadence reasons,
// the convention notes and the qualifier hedges are the app's own sentences: Paraglide messages (tl_say_*) carried
// as `Said`; a hedge quotes the qualifier's word from the one table (rules/format.ts), a pair.

import type { Localized, Qualifier } from '$lib/regions/types';
import { l } from '$lib/regions/localized';
import { qualifierWord } from '$lib/rules/format';
import { m } from '$lib/paraglide/messages';
import { isSaid, said, type Words } from '$lib/rules/words';

export const LABELS = {
	agreementStart: l('协议起始', 'Agreement starts'),
	agreementEnd: l('协议期满（最后一日）', 'Agreement ends (last day)'),
	agreementEndUnknown: l('协议期满', 'Agreement ends'),
	term: l('协议期限', 'Agreement term'),
	renewalDeadline: (n: number) =>
		l(`重新申请截止（届满${n}个月前）`, `Last day to reapply (${n} months before expiry)`),
	renewalWindowOpens: (n: number) =>
		l(`可重新申请（届满前${n}个月内）`, `Reapplication window opens (${n} months before expiry)`),
	renewalWindow: l('重新申请窗口', 'Reapplication window'),
	renewal: l('续约', 'Renewal'),
	annualReport: (k: number) => l(`第${k}个协议年度运营报告`, `Operation report, agreement year ${k}`),
	halfYearReport: (k: number) => l(`第${k}期半年运营报告`, `Half-yearly operation report ${k}`),
	quarterReport: (y: number, q: number) => l(`${y}年第${q}季度运营报告`, `Operation report, Q${q} ${y}`),
	annualSummary: (y: number) => l(`${y}年度总结报告`, `Annual summary for ${y}`),
	summaryWindow: (y: number) => l(`${y}年度总结报送期（一季度）`, `Q1 window for the ${y} summary`),
	report: l('运营报告', 'Operation reports'),
	evaluation: (k: number) => l(`第${k}个协议年度评估`, `Annual evaluation, agreement year ${k}`),
	evaluations: l('评估', 'Evaluations'),
	exitNotice: l('退出提前申请期', 'Exit notice period'),
	earliestExit: (n: number) => l(`最早退出日（提前${n}个月申请）`, `Earliest exit (${n} months’ notice)`),
	exitNoticeUnspecified: l('自愿退出提前申请期', 'Notice for voluntary exit'),
	logRetention: l('日志留存期', 'Log retention'),
	logRetentionEnd: (n: number) => l(`日志留存期满（${n}个月）`, `Log retention ends (${n} months)`),
	logRetentionUnspecified: l('终止后日志留存', 'Log retention after termination'),
	dataCheck: l('数据校核反馈期', 'Data-check feedback period'),
	dataCheckDue: (n: number) =>
		l(`数据校核结果反馈截止（${n}个工作日）`, `Data-check result due (${n} working days)`),
	dataCheckUnspecified: l('数据质量问题反馈时限', 'Data-quality feedback deadline'),
	regulationStart: l('办法施行', 'Regulation in force'),
	regulationEnd: l('办法有效期届满（最后一日）', 'Regulation expires (last day)'),
	regulationInForce: l('办法有效期', 'Regulation in force')
};

export const CADENCE_REASONS: Record<string, Words> = {
	regularly: said(m.tl_say_cadence_regularly),
	onTime: said(m.tl_say_cadence_on_time),
	evaluationRegularly: said(m.tl_say_cadence_evaluation_regularly)
};

export const NOTES = {
	annualReport: said(m.tl_say_note_annual_report),
	halfYearReport: said(m.tl_say_note_half_year_report),
	quarterReport: said(m.tl_say_note_quarter_report),
	annualSummary: said(m.tl_say_note_annual_summary),
	evaluation: said(m.tl_say_note_evaluation),
	atLeast: said(m.tl_say_note_at_least),
	workingDays: said(m.tl_say_note_working_days),
	terminatedEarly: (date: string) => said(m.tl_say_note_terminated_early, { date }),
	afterEnd: (date: string) => said(m.tl_say_note_after_end, { date }),
	deletableFrom: (date: string) => said(m.tl_say_note_deletable_from, { date }),
	noticeRunsTo: (date: string) => said(m.tl_say_note_notice_runs_to, { date })
};

/** "The text says …", quoting the one qualifier table's word (rules/format.ts). */
export const QUALIFIER_NOTES: Record<Qualifier, Words> = {
	generally: said(m.tl_say_qualifier_exceptions, { word: qualifierWord('generally') }),
	inPrinciple: said(m.tl_say_qualifier_exceptions, { word: qualifierWord('inPrinciple') }),
	provisional: said(m.tl_say_qualifier_provisional, { word: qualifierWord('provisional') }),
	discretionary: said(m.tl_say_qualifier_discretionary, { word: qualifierWord('discretionary') })
};

/** Join notes into one, skipping empties: pairs stay a pair; with a message among them, the join is a message. */
export function joinNotes(...notes: (Words | undefined)[]): Words | undefined {
	const ns = notes.filter((n): n is Words => !!n);
	if (!ns.length) return undefined;
	const pairs = ns.filter((n): n is Localized => !isSaid(n));
	if (pairs.length === ns.length)
		return { zh: pairs.map((n) => n.zh).join(''), en: pairs.map((n) => n.en).join(' ') };
	return ns.reduce((first, then) => said(m.tl_say_notes_joined, { first, then }));
}
