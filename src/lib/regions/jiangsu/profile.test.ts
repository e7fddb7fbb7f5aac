// Jiangsu's rule profile against the text (江苏省公共数据授权运营管理暂行办法): each row is a dimension, the value
// the text gives it, and the clauses that value rests on.
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

const ns: RuleValue = { kind: 'notSpecified' };

/** The (single) value of a dimension; fails loudly if the profile has none. */
function first(dim: DimensionId): DatedValue {
	const v = profile.values[dim]?.[0];
	if (!v) throw new Error(`no value for ${dim}`);
	return v;
}

describe(`${region} rule profile`, () => {
	test.each<[DimensionId, RuleValue, string[]]>([
		['term.maxMonths', { kind: 'number', value: 36, bound: 'atMost' }, ['art-8']],
		['eligibility.incidentLookbackYears', { kind: 'unlimited' }, ['art-9-1']],
		['eligibility.incidentSeverity', { kind: 'enum', value: 'major' }, ['art-9-1']],
		[
			'eligibility.creditRequirements',
			{ kind: 'list', value: ['noMajorIllegalRecord', 'noMajorBadCredit'] },
			['art-9-1']
		],
		['eligibility.creditCoversRepresentative', { kind: 'boolean', value: true }, ['art-9-1']],
		['eligibility.securityOfficer', { kind: 'boolean', value: true }, ['art-9-3']],
		['authorization.tiers', { kind: 'enum', value: 'two' }, ['art-7', 'art-7-p2', 'art-7-p3']],
		// 第七条 names only 分级授权; calls by domain or use case are not authorization modes (review J-2)
		['authorization.modes', { kind: 'list', value: ['tiered'] }, ['art-7']],
		[
			'evaluation.consequences',
			{ kind: 'list', value: ['interview', 'termination'] },
			['art-28-4', 'art-27']
		],
		// only an express ban counts; 不出域 is under processing (catalogue convention, review J-7)
		['security.thirdPartyProhibited', ns, ['art-11']],
		// 第十八条（三）（四） are product-review points, not access conditions (J-6)
		['dataAccess.personalInfoConditions', ns, ['art-18-3', 'art-18-4', 'art-15-p2']],
		['scenario.principle', { kind: 'enum', value: 'byScenario' }, ['art-7-p3', 'art-13-3', 'art-17']],
		['selection.method', { kind: 'enum', value: 'marketSelectionByOperator' }, ['art-8', 'art-10']],
		['selection.announcementRequired', { kind: 'boolean', value: true }, ['art-12-4']],
		['dataAccess.minimalNecessity', { kind: 'boolean', value: true }, ['art-13-3']],
		['processing.inDomain', { kind: 'boolean', value: true }, ['art-3-p2', 'art-14']],
		[
			'processing.socialDataImport',
			{ kind: 'enum', value: 'withOperatorConfirmation' },
			['art-17', 'art-13-3']
		],
		['trading.venue', { kind: 'enum', value: 'exchangeRequired' }, ['art-19']],
		['reporting.operatorCadence', { kind: 'enum', value: 'regularly' }, ['art-22']],
		['evaluation.cadence', { kind: 'enum', value: 'regularly' }, ['art-27', 'art-12-4']],
		['security.emergencyPlan', { kind: 'boolean', value: true }, ['art-12-1', 'art-13-1']],
		[
			'termination.grounds',
			{
				kind: 'list',
				value: [
					'expiry',
					'voluntary',
					'breach',
					'failedEvaluation',
					'failedRectification',
					'securityIncident',
					'policyChange',
					'illegality'
				]
			},
			['art-26', 'art-28-1', 'art-28-2', 'art-28-3', 'art-28-4', 'art-28-5', 'art-28-6', 'art-28-7']
		],
		['regulation.status', { kind: 'list', value: ['interim'] }, ['title']],
		['regulation.validFrom', { kind: 'date', value: '2024-12-01' }, ['art-29']],
		['regulation.validUntil', { kind: 'date', value: '2026-11-30' }, ['art-29']],
		// silent in the text
		['registration.publicityDays', ns, []],
		['renewal.deadlineMonthsBeforeExpiry', ns, []],
		['termination.logRetentionMonths', ns, []],
		['training.preJobRequired', ns, []],
		['exit.voluntaryNoticeMonths', ns, ['art-28-2']],
		['eligibility.domesticCapitalOnly', ns, ['art-10']]
	])('%s', (dim, value, citations) => {
		const v = first(dim);
		expect(v.value).toEqual(value);
		expect(v.citations).toEqual(citations);
	});

	test.each<[DimensionId, Qualifier | undefined]>([
		['bodies.authorizingBody', 'provisional'],
		['processing.socialDataImport', 'discretionary'],
		['termination.dataDeletion', 'discretionary'],
		// 第二十八条 运营主体有权终止协议 (review J-1)
		['evaluation.consequences', 'discretionary'],
		['term.maxMonths', undefined]
	])('%s is qualified %s', (dim, qualifier) => {
		expect(first(dim).qualifier).toBe(qualifier);
	});

	test('no implementing body: coded as who does its work (catalogue convention, review J-3)', () => {
		const v = first('bodies.implementingBody');
		expect(v.value.kind === 'text' && v.value.value.zh).toMatch(/^未另设实施机构/);
		expect(v.citations).toEqual(['art-7', 'art-8', 'art-12-4']);
	});

	test('every value applies from 2024-12-01, the entry into force', () => {
		for (const [dim, values] of Object.entries(profile.values)) {
			expect(values, dim).toHaveLength(1);
			expect(first(asDimensionId(dim)).from, dim).toBe('2024-12-01');
		}
	});

	test('silence is summarised as 未规定 / Not specified', () => {
		for (const dim of Object.keys(profile.values).map(asDimensionId)) {
			const v = first(dim);
			if (v.value.kind !== 'notSpecified') continue;
			expect(v.summary.zh, dim).toMatch(/^未规定/);
			expect(v.summary.en, dim).toMatch(/^Not specified/);
		}
	});
});
