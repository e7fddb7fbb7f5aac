// Henan's rule profile against the text: each row is a dimension, its value, and the clauses it rests on.
import { region as regionNamed } from '$lib/regions/fixture-ids';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadProfile } from '$lib/regions/registry';
import type { DatedValue, DimensionId, Qualifier, RuleValue } from '$lib/regions/types';
import { asDimensionId } from '$lib/regions/dimensions';

// This folder's profile: the test travels with the folder (a copy under another id reads its own).
const region = regionNamed(basename(dirname(fileURLToPath(import.meta.url))));
const profile = await loadProfile(region);

const notSpecified: RuleValue = { kind: 'notSpecified' };

/** The (single) value of a dimension; fails the test if the profile lacks it. */
function first(dim: DimensionId): DatedValue {
	const v = profile.values[dim]?.[0];
	if (!v) throw new Error(`henan profile has no value for ${dim}`);
	return v;
}

describe(`${region} rule profile`, () => {
	test.each<[DimensionId, RuleValue, string[]]>([
		// 第十四条（二）运营期限，原则上最长不超过3年
		['term.maxMonths', { kind: 'number', value: 36, bound: 'atMost' }, ['art-14-2']],
		// 第十六条 相关单位应当在7个工作日内反馈校核结果
		['dataQuality.feedbackWorkingDays', { kind: 'number', value: 7, bound: 'atMost' }, ['art-16']],
		// 第二十五条 有效期3年
		['regulation.validityYears', { kind: 'number', value: 3, bound: 'exactly' }, ['art-25']],
		// 自印发之日起施行: the issue date is not in the text
		['regulation.validFrom', { kind: 'date', value: null }, ['art-25']],
		['regulation.validUntil', { kind: 'date', value: null }, ['art-25']],
		['regulation.status', { kind: 'list', value: ['trial'] }, ['title']],
		['authorization.tiers', { kind: 'enum', value: 'two' }, ['art-3-p2', 'art-3-p3', 'art-3-p4']],
		['scenario.principle', { kind: 'enum', value: 'oneScenarioOneReview' }, ['art-15']],
		['reporting.operatorCadence', { kind: 'enum', value: 'quarterlyPlusAnnualSummary' }, ['art-22-p3']],
		['evaluation.cadence', { kind: 'enum', value: 'annual' }, ['art-22-p2']],
		['trading.venue', { kind: 'enum', value: 'exchangeEncouraged' }, ['art-15-p2']],
		['selection.method', { kind: 'enum', value: 'marketSelectionByOperator' }, ['art-17']],
		// 第十五条、第十七条: tier 2 is assessed by the primary developer, then reviewed by the implementing body (H-1)
		[
			'selection.reviewStages',
			{
				kind: 'list',
				value: ['preReview', 'finalReview', 'governmentApproval', 'filing', 'collectiveDecision']
			},
			['art-3-p3', 'art-11', 'art-11-p2', 'art-13', 'art-13-p2', 'art-17']
		],
		// 第四条 场景可行性 only; 数据需求必要性 is not 最小必要 (H-5)
		['scenario.requirements', { kind: 'list', value: ['feasibility'] }, ['art-4', 'art-15']],
		[
			'evaluation.consequences',
			{ kind: 'list', value: ['rectification', 'suspension', 'interview'] },
			['art-22-p2']
		],
		['eligibility.creditRequirements', { kind: 'list', value: ['goodCredit'] }, ['art-7']],
		['security.riskDiscoveryDuty', { kind: 'boolean', value: true }, ['art-18']],
		['security.emergencyPlan', { kind: 'boolean', value: true }, ['art-8-3', 'art-14-8']],
		['responsibility.principalFirstResponsible', { kind: 'boolean', value: true }, ['art-8']],
		['processing.rawDataInvisible', { kind: 'boolean', value: true }, ['art-3-p6', 'art-15-p2', 'art-7-2']],
		// Silence is notSpecified, never false
		['eligibility.incidentLookbackYears', notSpecified, []],
		['eligibility.domesticCapitalOnly', notSpecified, []],
		['renewal.deadlineMonthsBeforeExpiry', notSpecified, []],
		['exit.voluntaryNoticeMonths', notSpecified, []],
		['termination.logRetentionMonths', notSpecified, []],
		['training.preJobRequired', notSpecified, []],
		['reporting.authorityCadence', notSpecified, []],
		// Silent, but the summary points at what the text says nearby
		// 第二十二条第二款: no "fail" grade; suspension only on a major risk or late rectification (review H-8)
		['suspension.onFailedEvaluation', notSpecified, ['art-22-p2']],
		// 第四条 reviews the 数据需求必要性; the text never states 最小必要 (review H-6)
		['dataAccess.minimalNecessity', notSpecified, ['art-4']],
		// 第十四条（九）: the agreement settles renewal (catalogue convention, review X3)
		['renewal.basis', notSpecified, ['art-14-9']],
		['termination.grounds', notSpecified, ['art-14-12', 'art-14-9']],
		['registration.publicityDays', notSpecified, ['art-10']]
	])('%s', (dim, value, citations) => {
		const v = first(dim);
		expect(v.value).toEqual(value);
		expect(v.citations).toEqual(citations);
		expect(v.from).toBeNull();
	});

	test.each<[DimensionId, Qualifier | undefined]>([
		['term.maxMonths', 'inPrinciple'],
		['bodies.implementingBody', 'generally'],
		['dataQuality.feedbackWorkingDays', undefined]
	])('%s is hedged as %s', (dim, qualifier) => {
		expect(first(dim).qualifier).toBe(qualifier);
	});

	test('silent dimensions say so in both languages', () => {
		for (const dim of Object.keys(profile.values).map(asDimensionId)) {
			const v = first(dim);
			if (v.value.kind === 'notSpecified') {
				expect(v.summary.zh, dim).toMatch(/^未规定/);
				expect(v.summary.en, dim).toMatch(/^Not specified/);
			}
		}
	});

	test('the operator term agrees with the text', () => {
		const v = first('authorization.operatorTerm').value;
		expect(v.kind === 'text' && v.value.zh).toContain('一级开发主体');
	});
});
