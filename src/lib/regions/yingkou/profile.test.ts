// Spot checks of Yingkou's rule profile against the text of 营口市公共数据授权运营实施方案（征求意见稿）.
import { region as regionNamed } from '$lib/regions/fixture-ids';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadProfile } from '$lib/regions/registry';
import type { DatedValue, DimensionId, Qualifier, RuleValue } from '$lib/regions/types';

// This folder's profile: the test travels with the folder (a copy under another id reads its own).
const region = regionNamed(basename(dirname(fileURLToPath(import.meta.url))));
const profile = await loadProfile(region);

const NS: RuleValue = { kind: 'notSpecified' };

/** The one dated value of a dimension; fails loudly when the profile lacks it. */
function first(dim: DimensionId): DatedValue {
	const v = profile.values[dim]?.[0];
	if (!v) throw new Error(`no value for ${dim}`);
	return v;
}

describe(`${region} rule profile`, () => {
	test.each<[DimensionId, RuleValue, string[]]>([
		// 五（一）"授权运营期限原则上为3年"
		['term.maxMonths', { kind: 'number', value: 36, bound: 'exactly' }, ['sec-5-1-p1']],
		// 五（四）1 "需提前3个月书面申请"
		['exit.voluntaryNoticeMonths', { kind: 'number', value: 3, bound: 'atLeast' }, ['sec-5-4-1']],
		// 二（二）4 "近3年内未发生网络安全、数据安全事件"
		['eligibility.incidentLookbackYears', { kind: 'number', value: 3, bound: 'exactly' }, ['sec-2-2-4']],
		['eligibility.incidentSeverity', { kind: 'enum', value: 'any' }, ['sec-2-2-4']],
		// 二（一）"主体资格必须内资……均没有外资成分"
		['eligibility.domesticCapitalOnly', { kind: 'boolean', value: true }, ['sec-2-1-p1']],
		[
			'eligibility.creditRequirements',
			// 商业信誉 is not 信用状况; 严重失信 is checked on the principal, not the entity (review Y8)
			{ kind: 'list', value: ['noMajorAdminPenalty', 'cleanCreditPlatform'] },
			['sec-2-1-p1']
		],
		['eligibility.capitalRequirement', { kind: 'boolean', value: true }, ['sec-2-2-1']],
		['eligibility.subsidiaryQualifies', { kind: 'boolean', value: true }, ['sec-2-2-5']],
		// 五（二）1 "以竞争性磋商方式选定运营机构"
		['selection.method', { kind: 'enum', value: 'competitiveConsultation' }, ['sec-5-2-1']],
		['authorization.tiers', { kind: 'enum', value: 'single' }, ['sec-2-1-p1', 'sec-3-p3']],
		// 三 “探索采取”整体、分领域、依场景授权; 试点期间“暂实行‘一场景一授权’” (review Y1)
		['authorization.modes', { kind: 'list', value: ['scenario'] }, ['sec-3-p2']],
		// 五（二）: only the method (竞争性磋商); 三重一大 approves the agreement text (Y2)
		['selection.reviewStages', { kind: 'notSpecified' }, ['sec-5-2-1', 'sec-5-2-2']],
		// 七: an accounting rule for data assets, not a pricing principle (Y3)
		['pricing.principle', { kind: 'notSpecified' }, ['sec-7-p2']],
		// 十（二）: experts only on the evaluation panel (Y5)
		['bodies.expertPanel', { kind: 'notSpecified' }, ['sec-10-2-p1']],
		['scenario.principle', { kind: 'enum', value: 'oneScenarioOneAuthorization' }, ['sec-3-p2']],
		['trading.venue', { kind: 'enum', value: 'cityPlatform' }, ['sec-5-2-4', 'sec-5-2-5', 'sec-3-p4']],
		['processing.rawDataInvisible', { kind: 'boolean', value: true }, ['sec-8-1-p1']],
		['security.thirdPartyProhibited', { kind: 'boolean', value: true }, ['sec-3-p3']],
		// 九（二）"按时报送运营情况报告、财务报表等信息"
		['reporting.operatorCadence', { kind: 'enum', value: 'onTime' }, ['sec-9-2-p1']],
		// 十（二）"每年对运营机构开展考核评价"
		['evaluation.cadence', { kind: 'enum', value: 'annual' }, ['sec-10-2-p1']],
		[
			'evaluation.consequences',
			{ kind: 'list', value: ['renewal', 'rectification', 'termination'] },
			['sec-10-2-p1', 'sec-9-1-p1']
		],
		['exit.forcedExit', { kind: 'boolean', value: true }, ['sec-5-4-2']],
		['termination.dataDeletion', { kind: 'boolean', value: true }, ['sec-5-4-p1']],
		['regulation.status', { kind: 'list', value: ['draft'] }, ['title']],
		// silent in the text
		['renewal.deadlineMonthsBeforeExpiry', NS, []],
		['termination.logRetentionMonths', NS, []],
		['application.materials', NS, []],
		['ip.protection', NS, []],
		['regulation.validFrom', NS, []],
		// silent, with what the text does say nearby
		['dataQuality.feedbackWorkingDays', NS, ['sec-9-3-p1']]
	])('%s', (dim, value, citations) => {
		const v = first(dim);
		expect(v.value).toEqual(value);
		expect(v.citations).toEqual(citations);
		expect(v.from).toBeNull();
	});

	test.each<[DimensionId, Qualifier | undefined]>([
		['term.maxMonths', 'inPrinciple'],
		['scenario.principle', 'provisional'],
		['authorization.modes', 'provisional'],
		// 五（四）“有权强制其退出”、“经实施机构同意” (Y4)
		['termination.grounds', 'discretionary'],
		['selection.method', undefined],
		['exit.voluntaryNoticeMonths', undefined]
	])('%s qualifier', (dim, qualifier) => {
		expect(first(dim).qualifier).toBe(qualifier);
	});

	test('text values paraphrase the text', () => {
		const rights = first('authorization.rightsGranted').value;
		expect(rights.kind === 'text' && rights.value.zh).toContain('数据产品经营权');
		const failure = first('rectification.failureLeadsTo').value;
		expect(failure.kind === 'text' && failure.value.zh).toContain('终止协议');
	});

	test('summaries are short enough for a comparison table', () => {
		for (const [dim, values] of Object.entries(profile.values))
			for (const v of values) expect([...v.summary.zh].length, dim).toBeLessThanOrEqual(40);
	});
});
