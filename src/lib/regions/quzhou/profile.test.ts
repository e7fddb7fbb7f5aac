// Quzhou's rule profile, checked value by value against the text (source.txt, clause ids as parsed).
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

/** The dated values of a dimension; fails loudly if the profile lacks it. */
function valuesOf(dim: DimensionId): DatedValue[] {
	const values = profile.values[dim];
	if (!values) throw new Error(`no value for ${dim}`);
	return values;
}

/** The single dated value of a dimension. */
function only(dim: DimensionId): DatedValue {
	const values = valuesOf(dim);
	expect(values).toHaveLength(1);
	return values[0]!;
}

describe(`${region} rule profile`, () => {
	test.each<[DimensionId, RuleValue, string[]]>([
		// 十六：有效期最长不超过3年
		['term.maxMonths', { kind: 'number', value: 36, bound: 'atMost' }, ['sec-16-p1']],
		// 十六：届满三个月前重新申请；未提交申请的，默认终止授权
		['renewal.deadlineMonthsBeforeExpiry', { kind: 'number', value: 3, bound: 'atLeast' }, ['sec-16-p2']],
		['renewal.lapseWithoutApplication', { kind: 'boolean', value: true }, ['sec-16-p2', 'sec-17-1']],
		['renewal.windowOpensMonthsBeforeExpiry', NS, []],
		// 十三·1：近３年未发生网络安全或数据安全事件
		['eligibility.incidentLookbackYears', { kind: 'number', value: 3, bound: 'exactly' }, ['sec-13-1']],
		['eligibility.incidentSeverity', { kind: 'enum', value: 'any' }, ['sec-13-1']],
		['eligibility.mlps3Experience', { kind: 'boolean', value: true }, ['sec-13-3']],
		['eligibility.domesticCapitalOnly', NS, []],
		// 十三·1 “符合相应的信用条件”: a requirement, not itemized (review Q1)
		[
			'eligibility.creditRequirements',
			{ kind: 'list', value: ['unitemizedCreditConditions'] },
			['sec-13-1', 'sec-14-3']
		],
		// operators have no rectification stage; 二十九（一） binds public bodies (Q4)
		['rectification.failureLeadsTo', NS, ['sec-17-4', 'sec-29-1']],
		// 十七：日志留存不少于6个月；终止情形
		['termination.logRetentionMonths', { kind: 'number', value: 6, bound: 'atLeast' }, ['sec-17-p1']],
		[
			'termination.grounds',
			{ kind: 'list', value: ['expiry', 'voluntary', 'breach', 'failedEvaluation', 'other'] },
			['sec-17-1', 'sec-17-2', 'sec-17-3', 'sec-17-4', 'sec-17-5']
		],
		['exit.voluntaryNoticeMonths', NS, ['sec-17-2']],
		// 九：无场景不授权；最小必要
		['scenario.principle', { kind: 'enum', value: 'noScenarioNoAuthorization' }, ['sec-9-p1']],
		[
			'scenario.requirements',
			{ kind: 'list', value: ['value', 'feasibility', 'minimalNecessity'] },
			['sec-9-1', 'sec-9-2', 'sec-9-3']
		],
		['dataAccess.minimalNecessity', { kind: 'boolean', value: true }, ['sec-9-3']],
		['authorization.tiers', { kind: 'enum', value: 'single' }, ['sec-4-p1']],
		['selection.method', { kind: 'enum', value: 'expertReview' }, ['sec-14-p1', 'sec-14-2']],
		// 十八：省、市主管部门组织岗前培训
		['training.preJobRequired', { kind: 'boolean', value: true }, ['sec-18-p1']],
		// 二十二：年度运营报告
		['reporting.operatorCadence', { kind: 'enum', value: 'annual' }, ['sec-22-p1']],
		['reporting.authorityCadence', NS, []],
		['evaluation.cadence', { kind: 'enum', value: 'annual' }, ['sec-6-5', 'sec-17-4']],
		['suspension.onFailedEvaluation', NS, ['sec-17-4']],
		['trading.venue', { kind: 'enum', value: 'marketRules' }, ['sec-21-p2']],
		['processing.socialDataImport', { kind: 'enum', value: 'withAuthorityApproval' }, ['sec-20-3']],
		// no registration regime; 十五 discloses operators, not registrations (Q3)
		['registration.publicityDays', NS, []],
		['dataQuality.feedbackWorkingDays', NS, ['sec-20-p3']],
		['certificates.issued', NS, []],
		['responsibility.principalFirstResponsible', { kind: 'boolean', value: true }, ['sec-27-p2']],
		['regulation.status', { kind: 'list', value: ['draft', 'trial'] }, ['title']],
		// 三十：自2023年*月*日起施行 — the date is blank in the draft
		['regulation.validFrom', { kind: 'date', value: null }, ['sec-30-p1']],
		['regulation.validUntil', NS, ['sec-30-p1']]
	])('%s', (dim, value, citations) => {
		const v = only(dim);
		expect(v.from).toBeNull();
		expect(v.value).toEqual(value);
		expect(v.citations).toEqual(citations);
	});

	test.each<[DimensionId, Qualifier | undefined]>([
		['processing.socialDataImport', 'discretionary'],
		['term.maxMonths', undefined],
		['renewal.deadlineMonthsBeforeExpiry', undefined]
	])('%s qualifier', (dim, qualifier) => {
		expect(only(dim).qualifier).toBe(qualifier);
	});

	test('application materials include the use-case and data-needs lists of section 9', () => {
		const m = only('application.materials');
		expect(m.value).toEqual({
			kind: 'list',
			value: [
				'applicationForm',
				'auditReport',
				'financialReport',
				'securityCommitment',
				'riskSelfAssessment',
				'useCaseList',
				'dataRequestList'
			]
		});
		expect(m.citations).toEqual(['sec-13-p1', 'sec-9-p1']);
	});

	test('notSpecified values say so in both languages', () => {
		for (const d of DIMENSIONS)
			for (const v of valuesOf(d.id)) {
				if (v.value.kind !== 'notSpecified') continue;
				expect(v.summary.zh.startsWith('未规定') || v.summary.zh.startsWith('未列明'), d.id).toBe(true);
				expect(
					v.summary.en.startsWith('Not specified') || v.summary.en.startsWith('Not itemized'),
					d.id
				).toBe(true);
			}
	});

	test('summaries stay short enough for a comparison table', () => {
		for (const d of DIMENSIONS)
			for (const v of valuesOf(d.id)) expect([...v.summary.zh].length, d.id).toBeLessThanOrEqual(40);
	});
});
