// The rules no dimension held before the rule-data review (issue 22, item 6): each new dimension has a value in
// every region and in the national framework, every stated value is cited to a clause of its own text, and the
// rules the review reports name read as the texts have them.
import { describe, expect, test } from 'vitest';
import { parseCorpus } from '$lib/corpus/parse';
import { DIMENSIONS } from './dimensions';
import { profile as national } from './national/profile';
import { loadDetails, loadProfile, loadSource, regionIds } from './registry';
import type { DimensionId, RegionProfile, RuleValue } from './types';

const NEW: DimensionId[] = [
	'authorization.singleChannel',
	'authorization.noSideAgreements',
	'authorization.noDelegation',
	'dataAccess.useLimitedToAuthorization',
	'dataAccess.resourceCatalogue',
	'processing.platformBuiltBy',
	'processing.modelTrainingOnSampledData',
	'products.operatorCustomersLimited',
	'registration.rightsConfirmation',
	'registration.commitmentBased',
	'evaluation.cooperationDuty',
	'security.crossBorderChecked',
	'responsibility.noMonopoly',
	'responsibility.sanctions',
	'assets.bookingRequiresConfirmation',
	'scenario.publicGoodFirst',
	'dataAccess.paidAccess',
	'evaluation.evaluator',
	'evaluation.criteria',
	'authorization.adjustmentPower',
	'responsibility.publicBodyLiability',
	'responsibility.ecosystemSupport',
	'processing.environmentIsolation',
	'security.onSiteMeasures',
	'security.periodicSecurityReports',
	'agreement.lowerTierContents'
];

const profiles: RegionProfile[] = await Promise.all(regionIds.map((id) => loadProfile(id)));
const clauses = new Map(
	await Promise.all(
		regionIds.map(async (id) => {
			const meta = await loadDetails(id);
			const corpus = parseCorpus(id, await loadSource(id), meta.parse);
			return [id, new Set(corpus.clauses.map((c) => c.id))] as const;
		})
	)
);
const value = (region: string, d: DimensionId): RuleValue =>
	profiles.find((p) => p.region === region)!.values[d]![0]!.value;

describe('dimensions added with the rule-data review', () => {
	test('are in the catalogue with zh and en labels', () => {
		const ids = new Set<string>(DIMENSIONS.map((d) => d.id));
		for (const id of NEW) {
			expect(ids.has(id), id).toBe(true);
			const d = DIMENSIONS.find((x) => x.id === id)!;
			expect(d.label.zh.length * d.label.en.length, id).toBeGreaterThan(0);
		}
	});

	test.each(regionIds.map((r) => [r]))(
		'%s: a value for each, cited to its own clauses unless silent',
		(r) => {
			const p = profiles.find((x) => x.region === r)!;
			for (const id of NEW) {
				const [v] = p.values[id] ?? [];
				expect(v, id).toBeDefined();
				if (v!.value.kind !== 'notSpecified') expect(v!.citations.length, id).toBeGreaterThan(0);
				else expect(v!.summary.zh.startsWith('未规定'), id).toBe(true);
				for (const c of v!.citations) expect(clauses.get(r)!.has(c), `${id}: ${c}`).toBe(true);
			}
		}
	);

	test('the national framework answers each', () => {
		for (const id of NEW) expect(national.values[id]?.length, id).toBe(1);
		expect(national.values['responsibility.noMonopoly']![0]!.citations).toEqual(['nationalSpec:art-6']);
		expect(national.values['dataAccess.useLimitedToAuthorization']![0]!.citations).toEqual([
			'nationalSpec:art-21-p2'
		]);
	});

	test('the rules the reviews name read as the texts have them', () => {
		const yes = { kind: 'boolean', value: true };
		const silent = { kind: 'notSpecified' };
		// Tai'an: rights confirmation, registration on commitment, no booking before confirmation (第九条、第十条)
		expect(value('taian', 'registration.rightsConfirmation')).toEqual(yes);
		expect(value('taian', 'registration.commitmentBased')).toEqual(yes);
		expect(value('taian', 'assets.bookingRequiresConfirmation')).toEqual(yes);
		// a single channel and no side agreements: Quzhou 二十三, Yingkou 三第四段
		for (const r of ['quzhou', 'yingkou']) {
			expect(value(r, 'authorization.singleChannel')).toEqual(yes);
			expect(value(r, 'authorization.noSideAgreements')).toEqual(yes);
		}
		expect(value('henan', 'authorization.noSideAgreements')).toEqual(silent);
		// Henan 第七条第二款（一）（四）（五）
		expect(value('henan', 'authorization.noDelegation')).toEqual(yes);
		expect(value('henan', 'products.operatorCustomersLimited')).toEqual(yes);
		expect(value('henan', 'responsibility.noMonopoly')).toEqual(yes);
		// purpose limits: Quzhou 十, Tai'an 第二十六条第二款, Yingkou 三第三段
		for (const r of ['quzhou', 'taian', 'yingkou'])
			expect(value(r, 'dataAccess.useLimitedToAuthorization'), r).toEqual(yes);
		// data export only in Jiangsu (第十八条（五）、第二十五条)
		expect(regionIds.filter((r) => value(r, 'security.crossBorderChecked').kind === 'boolean')).toEqual([
			'jiangsu'
		]);
		// who builds the platform
		expect(value('henan', 'processing.platformBuiltBy')).toEqual({ kind: 'enum', value: 'operator' });
		expect(value('quzhou', 'processing.platformBuiltBy')).toEqual({ kind: 'enum', value: 'authority' });
		// sanctions: Henan 第二十四条 (通报批评、责令整改), Tai'an silent
		expect(value('henan', 'responsibility.sanctions')).toEqual({
			kind: 'list',
			value: ['criticism', 'rectificationOrder', 'legalLiability']
		});
		expect(value('taian', 'responsibility.sanctions')).toEqual(silent);
		// paying for the data: Yingkou buys data assets (七第二段), Tai'an explores paid use (第十八条)
		expect(value('yingkou', 'dataAccess.paidAccess')).toEqual({ kind: 'enum', value: 'paid' });
		expect(value('taian', 'dataAccess.paidAccess')).toEqual({ kind: 'enum', value: 'exploringPaid' });
		expect(value('taian', 'scenario.publicGoodFirst')).toEqual(yes);
		// the gaps the first pass left in notes: Yingkou's criteria and on-site measures (五（三）, 八（一）第二段),
		// Quzhou's isolation and public bodies' liability (二十四, 二十九（一）), Tai'an's security reports (第三十条第二款),
		// Jiangsu's ecosystem duties (第十二条（五）); Quzhou names no evaluator
		expect(value('yingkou', 'evaluation.criteria').kind).toBe('text');
		expect(value('quzhou', 'evaluation.evaluator')).toEqual(silent);
		expect(value('yingkou', 'security.onSiteMeasures')).toEqual(yes);
		expect(value('jiangsu', 'security.onSiteMeasures')).toEqual(silent);
		expect(value('quzhou', 'processing.environmentIsolation')).toEqual(yes);
		expect(value('jiangsu', 'processing.environmentIsolation')).toEqual(silent);
		expect(value('quzhou', 'responsibility.publicBodyLiability')).toEqual(yes);
		expect(value('henan', 'responsibility.publicBodyLiability')).toEqual(silent);
		expect(value('taian', 'security.periodicSecurityReports')).toEqual(yes);
		expect(value('quzhou', 'security.periodicSecurityReports')).toEqual(silent);
		expect(value('jiangsu', 'responsibility.ecosystemSupport')).toEqual(yes);
		expect(value('yingkou', 'authorization.adjustmentPower')).toEqual(yes);
		expect(value('quzhou', 'authorization.adjustmentPower')).toEqual(yes);
		expect(value('taian', 'authorization.adjustmentPower')).toEqual(silent);
		// the tier-2 agreement: Henan 第十七条 beside Jiangsu 第十一条; the single-tier texts have none
		expect(value('henan', 'agreement.lowerTierContents').kind).toBe('text');
		expect(value('jiangsu', 'agreement.lowerTierContents').kind).toBe('text');
		expect(value('yingkou', 'agreement.lowerTierContents')).toEqual(silent);
	});
});
