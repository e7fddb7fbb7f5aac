import { describe, expect, test } from 'vitest';
import { journeyRegionIds, journeyRoleIds, loadJourney } from '$lib/machines/registry';
import { timelineFor } from './fixtures';
import { role } from '$lib/regions/fixture-ids';
import { laneRole } from './roles';

const journeys = Object.fromEntries(
	await Promise.all(journeyRegionIds.map(async (id) => [id, await loadJourney(id)]))
);

describe('the timeline page draws each region for its journey’s first role', () => {
	// every region with a journey (a folder just scaffolded has none, and no lane)
	test.each(journeyRegionIds)('%s has one', (id) => {
		const role = laneRole(journeys[id]);
		expect(role).not.toBeNull();
		expect(role!.id).toBe(journeyRoleIds[id]![0]);
	});

	test('a saved run’s role where the journey has it; otherwise the first', () => {
		expect(laneRole(journeys.henan, role('secondaryDeveloper'))!.id).toBe('secondaryDeveloper');
		expect(laneRole(journeys.henan, role('nonesuch'))!.id).toBe('primaryDeveloper');
		expect(laneRole(null)).toBeNull();
		expect(laneRole({ roles: [] })).toBeNull();
	});

	test('Henan 第二十二条第三款: with the chosen role, the reports owed after the term are dated', () => {
		const t = timelineFor('henan', { agreementStart: '2025-06-01', role: laneRole(journeys.henan)! });
		expect(t.termEnd).toBe('2028-05-31');
		const after = t.milestones.filter(
			(m) => (m.kind === 'report' || m.kind === 'annualSummary') && m.date && m.date > t.termEnd!
		);
		expect(after.map((m) => [m.kind, m.date])).toEqual([
			['report', '2028-06-30'],
			['annualSummary', '2029-03-31']
		]);
	});
});
