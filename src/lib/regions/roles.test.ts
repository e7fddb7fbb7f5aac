// Tiers kept apart (issue 22, item 1): a value that binds one tier of a two-tier text says which. "Role-specific"
// is read from the data, not only from the catalogue's list: a dimension is role-specific where a two-tier
// region's eligibility criteria (through their aspect's dimension) or its journey's roles (through the profile
// values they read) name only some of its roles. Every such dimension must be perRole in the catalogue, and
// every value of a perRole dimension in a two-tier region must name the role(s) it binds.
import { region as regionNamed, role } from '$lib/regions/fixture-ids';
import { describe, expect, test } from 'vitest';
import { dimensionOf } from '$lib/eligibility/aspects';
import { eligibilityRules } from '$lib/eligibility/regions';
import { loadJourney, journeyRegionIds } from '$lib/machines/registry';
import { DIMENSIONS, isDimensionId } from './dimensions';
import { loadProfile, regionIds } from './registry';
import { REGION_ROLES, roleInfo } from './roles';
import type { DimensionId, RegionId, RegionProfile } from './types';

const profiles: RegionProfile[] = await Promise.all(regionIds.map((id) => loadProfile(id)));
const perRole = new Set<string>(DIMENSIONS.filter((d) => d.perRole).map((d) => d.id));
const declared = (region: RegionId) => (REGION_ROLES[region] ?? []).map((r) => r.role);
const twoTier = profiles.filter((p) => declared(p.region).length > 1);

/** Values of per-role dimensions that do not say which role they bind, in a region with several roles. */
function unmarked(p: RegionProfile, roles: readonly string[]): string[] {
	if (roles.length < 2) return [];
	return Object.entries(p.values).flatMap(([d, vs]) =>
		perRole.has(d) ? vs.flatMap((v, i) => (v.roles?.length ? [] : [`${d}[${i}]`])) : []
	);
}

/** The roles that bind each dimension in a region, as its eligibility criteria and journey say. */
async function rolesFromData(region: string): Promise<Map<DimensionId, Set<string>>> {
	const out = new Map<DimensionId, Set<string>>();
	const add = (d: DimensionId, roles: readonly string[]) => {
		const s = out.get(d) ?? new Set<string>();
		roles.forEach((r) => s.add(r));
		out.set(d, s);
	};
	for (const c of eligibilityRules.find((e) => e.region === region)?.criteria ?? []) {
		const d = dimensionOf(c.aspect);
		if (d) add(d, c.roles);
	}
	if (journeyRegionIds.includes(regionNamed(region)))
		for (const role of (await loadJourney(regionNamed(region))).roles)
			for (const d of profileReads(role)) add(d, [role.id]);
	return out;
}

function profileReads(x: unknown): DimensionId[] {
	if (!x || typeof x !== 'object') return [];
	const o = x as Record<string, unknown>;
	if (Object.keys(o).length === 1 && typeof o.dimension === 'string') {
		if (!isDimensionId(o.dimension))
			throw new Error(`a journey reads "${o.dimension}", not in the catalogue`);
		return [o.dimension];
	}
	return Object.values(o).flatMap(profileReads);
}

describe('tiers kept apart', () => {
	test('Henan and Jiangsu are the two-tier regions', () => {
		expect(twoTier.map((p) => p.region)).toEqual(['henan', 'jiangsu']);
		expect(declared(regionNamed('henan'))).toEqual(['primaryDeveloper', 'secondaryDeveloper']);
		expect(declared(regionNamed('jiangsu'))).toEqual(['operatingEntity', 'developmentEntity']);
	});

	test.each(profiles.map((p) => [p.region, p] as const))(
		'%s: every role a value names is one its text defines',
		(region, p) => {
			const own = new Set(declared(region));
			for (const [d, vs] of Object.entries(p.values))
				for (const v of vs) for (const r of v.roles ?? []) expect(own.has(r), `${d}: ${r}`).toBe(true);
		}
	);

	test.each(twoTier.map((p) => [p.region, p] as const))(
		'%s: every value of a per-role dimension names its role(s)',
		(region, p) => {
			expect(unmarked(p, declared(region))).toEqual([]);
		}
	);

	test.each(twoTier.map((p) => [p.region, p] as const))(
		'%s: a dimension its criteria or journey bind to some roles only is per-role, and its value names them',
		async (region, p) => {
			const all = declared(region);
			const found = await rolesFromData(region);
			expect(found.size).toBeGreaterThan(0);
			for (const [d, roles] of found) {
				if (roles.size < all.length) expect(perRole.has(d), `${d} binds ${[...roles]} only`).toBe(true);
				const v = p.values[d]![0]!;
				if (v.value.kind === 'notSpecified') continue;
				expect(new Set(v.roles), `${d}`).toEqual(roles);
			}
		}
	);

	test('the values the review names: Jiangsu’s eligibility (第九条) binds the development entity, Henan’s (第七条) the primary developer, both selection methods the lower tier', () => {
		const value = (r: string, d: DimensionId) => profiles.find((p) => p.region === r)!.values[d]![0]!;
		for (const d of [
			'eligibility.incidentLookbackYears',
			'eligibility.creditRequirements',
			'eligibility.operatingCondition'
		] as const)
			expect(value('jiangsu', d).roles).toEqual(['developmentEntity']);
		expect(value('henan', 'eligibility.creditRequirements').roles).toEqual(['primaryDeveloper']);
		expect(value('henan', 'eligibility.operatingCondition').roles).toEqual(['primaryDeveloper']);
		expect(value('henan', 'selection.method').roles).toEqual(['secondaryDeveloper']);
		expect(value('jiangsu', 'selection.method').roles).toEqual(['developmentEntity']);
		expect(value('henan', 'term.maxMonths').roles).toEqual(['primaryDeveloper']);
	});

	test('a role-specific value without its role is caught', () => {
		const henan = structuredClone(profiles.find((p) => p.region === 'henan')!);
		delete henan.values['eligibility.creditRequirements']![0]!.roles;
		expect(unmarked(henan, declared(regionNamed('henan')))).toEqual(['eligibility.creditRequirements[0]']);
	});

	test('a role reads in the region’s own words, and a draft’s cloned role id still reads', () => {
		expect(roleInfo(regionNamed('henan'), role('primaryDeveloper'))?.term.zh).toBe('一级开发主体');
		expect(roleInfo(regionNamed('jiangsu'), role('developmentEntity'))?.term.zh).toBe('开发主体');
		expect(roleInfo(regionNamed('draft-x'), role('developmentEntity'))?.term.zh).toBe('开发主体');
		expect(roleInfo(regionNamed('quzhou'), role('nobody'))).toBeUndefined();
	});
});
