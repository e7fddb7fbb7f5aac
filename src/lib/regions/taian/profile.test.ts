// Tai'an's rule profile, checked value by value against the text (source.txt, clause ids as parsed).
import { region as regionNamed } from '$lib/regions/fixture-ids';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadProfile } from '$lib/regions/registry';
import { DIMENSIONS } from '$lib/regions/dimensions';
import type { DatedValue, DimensionId, Qualifier, RuleValue } from '$lib/regions/types';

// This folder's profile: the test travels with the folder (a copy under another id reads its own).
const region = regionNamed(basename(dirname(fileURLToPath(import.meta.url))));
const profile = await loadProfile(region);

const NS: RuleValue = { kind: 'notSpecified' };

/** The values of a dimension; fails the test if the profile has none. */
function valuesOf(dim: DimensionId): DatedValue[] {
	const values = profile.values[dim];
	if (!values) throw new Error(`no values for ${dim}`);
	return values;
}

/** The single value of a dimension. */
function first(dim: DimensionId): DatedValue {
	const [value] = valuesOf(dim);
	if (!value) throw new Error(`empty values for ${dim}`);
	return value;
}

describe(`${region} rule profile`, () => {
	test.each<[DimensionId, RuleValue, string[]]>([
		// 第十四条（四）：运营协议的有效期一般不超过3年
		['term.maxMonths', { kind: 'number', value: 36, bound: 'atMost' }, ['art-14-4']],
		// 第十四条（六）：届满终止使用权限，日志留存不少于6个月；届满前6个月内可重新申请
		['termination.logRetentionMonths', { kind: 'number', value: 6, bound: 'atLeast' }, ['art-14-6']],
		['renewal.windowOpensMonthsBeforeExpiry', { kind: 'number', value: 6, bound: 'atMost' }, ['art-14-6']],
		['renewal.deadlineMonthsBeforeExpiry', NS, ['art-14-6']],
		['termination.permissionsClosed', { kind: 'boolean', value: true }, ['art-14-6']],
		// 第九条（三）：登记公示期为5天
		['registration.publicityDays', { kind: 'number', value: 5, bound: 'exactly' }, ['art-9-3']],
		// 第十三条：申请条件
		['eligibility.incidentLookbackYears', { kind: 'number', value: 3, bound: 'exactly' }, ['art-13-3']],
		['eligibility.incidentSeverity', { kind: 'enum', value: 'any' }, ['art-13-3']],
		['eligibility.mlps3Experience', { kind: 'boolean', value: true }, ['art-13-3']],
		[
			'eligibility.creditRequirements',
			{
				kind: 'list',
				value: [
					'noMajorIllegalRecord',
					'notJudgmentDefaulter',
					'notMajorTaxViolator',
					'notSeriouslyDishonest'
				]
			},
			['art-13-2']
		],
		['eligibility.creditCoversRepresentative', { kind: 'boolean', value: true }, ['art-13-2']],
		['eligibility.domesticCapitalOnly', NS, []],
		['eligibility.subsidiaryQualifies', NS, []],
		// 第十二条：综合授权、分领域授权
		['authorization.modes', { kind: 'list', value: ['comprehensive', 'domain'] }, ['art-12']],
		['authorization.tiers', { kind: 'enum', value: 'single' }, ['art-3-p3']],
		// 第十五、十六条：一场景一申请；最小必要
		['scenario.principle', { kind: 'enum', value: 'oneScenarioOneApplication' }, ['art-16']],
		[
			'scenario.requirements',
			{ kind: 'list', value: ['value', 'feasibility', 'minimalNecessity'] },
			['art-15-1', 'art-15-2', 'art-15-3']
		],
		['dataAccess.minimalNecessity', { kind: 'boolean', value: true }, ['art-15-2']],
		// 第十四条：遴选
		['selection.method', { kind: 'enum', value: 'expertReview' }, ['art-14-3']],
		[
			'selection.reviewStages',
			{ kind: 'list', value: ['announcement', 'expertReview', 'governmentApproval', 'publicNotice'] },
			['art-14-1', 'art-14-2', 'art-14-3']
		],
		// 第十四条（四）“公示无异议后”方签订协议 (review T1)
		['publicNotice.objections', { kind: 'boolean', value: true }, ['art-14-3', 'art-14-4']],
		['application.materials', { kind: 'list', value: ['declarationMaterials'] }, ['art-14-2']],
		// 证书：登记、确权、数据授权
		[
			'certificates.issued',
			{ kind: 'list', value: ['registration', 'rightsConfirmation', 'authorization'] },
			['art-9-4', 'art-11', 'art-14-5']
		],
		['agreement.modelText', { kind: 'boolean', value: true }, ['art-17-p2']],
		// 报告：运营单位每半年；主管部门每半年汇总报市政府备案
		['reporting.operatorCadence', { kind: 'enum', value: 'halfYearly' }, ['art-23']],
		['reporting.authorityCadence', { kind: 'enum', value: 'halfYearly' }, ['art-14-p2']],
		// 第二十四条：定期评估；整改、暂停、终止
		['evaluation.cadence', { kind: 'enum', value: 'regularly' }, ['art-24']],
		[
			'evaluation.consequences',
			{ kind: 'list', value: ['rectification', 'suspension', 'termination'] },
			['art-24-p2']
		],
		['suspension.onFailedEvaluation', { kind: 'boolean', value: true }, ['art-24-p2']],
		['suspension.restoration', { kind: 'boolean', value: true }, ['art-24-p2']],
		[
			'termination.grounds',
			{ kind: 'list', value: ['expiry', 'failedRectification'] },
			['art-14-6', 'art-24-p2', 'art-17']
		],
		['exit.voluntaryNoticeMonths', NS, []],
		// 加工处理
		['processing.inDomain', { kind: 'boolean', value: true }, ['art-19']],
		['processing.realNamePersonnel', { kind: 'boolean', value: true }, ['art-28']],
		['processing.ndaRequired', { kind: 'boolean', value: true }, ['art-28']],
		['processing.socialDataImport', NS, []],
		['dataQuality.feedbackWorkingDays', NS, ['art-19-p2']],
		['trading.venue', { kind: 'enum', value: 'exchangeRequired' }, ['art-20']],
		['training.preJobRequired', { kind: 'boolean', value: true }, ['art-30']],
		['security.thirdPartyProhibited', { kind: 'boolean', value: true }, ['art-30-p2']],
		['security.riskDiscoveryDuty', NS, []],
		['bodies.coordinationMechanism', NS, ['art-6']],
		['responsibility.principalFirstResponsible', NS, []],
		// 第三十一条：自2024年 月 日起施行，有效期两年
		['regulation.status', { kind: 'list', value: ['draft', 'trial'] }, ['title']],
		['regulation.validFrom', { kind: 'date', value: null }, ['art-31']],
		['regulation.validUntil', { kind: 'date', value: null }, ['art-31']],
		['regulation.validityYears', { kind: 'number', value: 2, bound: 'exactly' }, ['art-31']]
	])('%s', (dim, value, citations) => {
		expect(valuesOf(dim)).toHaveLength(1);
		const v = first(dim);
		expect(v.from).toBeNull();
		expect(v.value).toEqual(value);
		expect(v.citations).toEqual(citations);
	});

	test.each<[DimensionId, Qualifier | undefined]>([
		['term.maxMonths', 'generally'],
		['authorization.modes', 'generally'],
		['renewal.windowOpensMonthsBeforeExpiry', 'discretionary'],
		['termination.logRetentionMonths', undefined],
		['registration.publicityDays', undefined]
	])('%s qualifier', (dim, qualifier) => {
		expect(first(dim).qualifier).toBe(qualifier);
	});

	test('gives exactly one value, from entry into force, for every dimension', () => {
		for (const d of DIMENSIONS) {
			expect(valuesOf(d.id), d.id).toHaveLength(1);
			expect(first(d.id).from, d.id).toBeNull();
		}
	});

	test('notSpecified values say so in both languages', () => {
		for (const d of DIMENSIONS)
			for (const v of valuesOf(d.id)) {
				if (v.value.kind !== 'notSpecified') continue;
				expect(v.summary.zh.startsWith('未规定'), d.id).toBe(true);
				expect(v.summary.en.startsWith('Not specified'), d.id).toBe(true);
			}
	});

	test('summaries stay short enough for a comparison table', () => {
		for (const d of DIMENSIONS)
			for (const v of valuesOf(d.id)) expect([...v.summary.zh].length, d.id).toBeLessThanOrEqual(40);
	});
});
