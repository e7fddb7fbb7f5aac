// Words for timeline items, in Chinese and English (glossary terms). Kept apart from the maths so the
// computation reads as rules.

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

export const CADENCE_REASONS: Record<string, Localized> = {
	regularly: l(
		'文本只说“定期”报告，未定频次和报送日',
		'The text says "regularly" but sets no cadence or due day'
	),
	onTime: l('文本只说“按时报送”，未定频次和报送日', 'The text says "on time" but sets no cadence or due day'),
	evaluationRegularly: l(
		'文本只说“定期”评估，未定频次',
		'The text says evaluations are held "regularly", with no cadence'
	)
};

export const NOTES = {
	annualReport: l(
		'文本未规定报送日；按每个协议年度的最后一日计。',
		'The text does not fix the due day; shown on the last day of each agreement year.'
	),
	halfYearReport: l(
		'文本未规定报送日；按自协议起始每满六个月的最后一日计。',
		'The text does not fix the due day; shown on the last day of each six months from the start.'
	),
	quarterReport: l(
		'按自然季度计，季末最后一日报送；起始所在的不完整季度也计；文本未规定报送日。',
		'Calendar quarters, due on the quarter’s last day; the part quarter at the start counts; the text does not fix the due day.'
	),
	annualSummary: l(
		'每年一季度内报送上年总结，以3月31日为截止。',
		'Last year’s summary is due in the first quarter; shown as due by 31 March.'
	),
	evaluation: l(
		'文本未规定评估日；按每个协议年度的最后一日计。',
		'The text does not fix the day; shown on the last day of each agreement year.'
	),
	atLeast: l('“不少于”：这是最低期限，可以更长。', '"At least": this is the minimum; it may be longer.'),
	workingDays: l(
		'工作日按国务院办公厅公布的节假日安排计，含调休上班日；自提出次日起算。',
		'Working days follow the official holiday calendar, make-up working days included; counted from the next day.'
	),
	terminatedEarly: (d: string) => l(`已于${d}终止`, `Terminated on ${d}`),
	afterEnd: (d: string) =>
		l(
			`在协议终止（${d}）之后到期：文本未将该义务限于运营期限内。`,
			`Falls due after the agreement ended (${d}): the text does not limit this duty to the term.`
		),
	deletableFrom: (d: string) => l(`${d}起方可删除。`, `Logs may be deleted from ${d}.`),
	noticeRunsTo: (d: string) =>
		l(
			`提前期至${d}（申请当日不计入），次日起可退出。`,
			`The notice runs to ${d} (the day of the request not counted); the exit may take effect the day after.`
		)
};

/** "The text says …", quoting the one qualifier table's word (rules/format.ts). */
const says = (q: Qualifier, zh: string, en: string): Localized => {
	const w = qualifierWord(q);
	return l(`文本用“${w.zh}”：${zh}`, `The text says "${w.en}": ${en}`);
};

export const QUALIFIER_NOTES: Record<Qualifier, Localized> = {
	generally: says('generally', '可有例外。', 'exceptions are possible.'),
	inPrinciple: says('inPrinciple', '可有例外。', 'exceptions are possible.'),
	provisional: says('provisional', '为暂行规定。', 'a provisional rule.'),
	discretionary: says('discretionary', '是可以而非必须。', 'permitted, not required.')
};

/** Join notes into one, skipping empties: pairs stay a pair; with a message among them, the join is a message. */
export function joinNotes(...notes: (Words | undefined)[]): Words | undefined {
	const ns = notes.filter((n): n is Words => !!n);
	if (!ns.length) return undefined;
	if (ns.every((n) => !isSaid(n)))
		return { zh: ns.map((n) => n.zh).join(''), en: ns.map((n) => n.en).join(' ') };
	return ns.reduce((first, then) => said(m.tl_say_notes_joined, { first, then }));
}
