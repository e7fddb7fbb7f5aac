// Runs every scenario file under tests/scenarios/ and checks its expectations; also checks the format's
// error messages name the field at fault.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { journeyRegionIds } from '$lib/machines/registry';
import { parseScenario, ScenarioError } from './format';
import { runScenario } from './run';

const ROOT = join(process.cwd(), 'tests/scenarios');

function yamlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? yamlFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : []
	);
}

const files = yamlFiles(ROOT).sort();
const byRegion = new Map<string, number>();
for (const f of files) {
	const region = relative(ROOT, f).split('/')[0]!;
	byRegion.set(region, (byRegion.get(region) ?? 0) + 1);
}

test('scenario folders are regions with a journey, at least 8 files each', () => {
	expect(byRegion.size).toBeGreaterThan(0);
	for (const [region, n] of byRegion) {
		expect(journeyRegionIds, `tests/scenarios/${region}/`).toContain(region);
		expect(n, region).toBeGreaterThanOrEqual(8);
	}
});

describe.each(files.map((f) => [relative(ROOT, f), f]))('%s', (_name, file) => {
	test('meets its expectations', async () => {
		const result = await runScenario(readFileSync(file, 'utf8'));
		expect(result.expectations.checked).toBe(true);
		expect(result.expectations.failures).toEqual([]);
		expect(result.region).toBe(relative(ROOT, file).split('/')[0]);
		for (const m of result.milestones) expect(m.citations.length, m.id).toBeGreaterThan(0);
	});
});

describe('format errors name the field', () => {
	const base = 'region: taian\nstart: 2025-01-01\n';
	test.each([
		['start: 2025-02-30\nregion: taian', 'start: not a calendar date'],
		[`${base}events:\n  - { on: tomorrow, event: PUBLISH_CALL }`, 'events.0.on:'],
		[
			`${base}events:\n  - { on: +1d, event: SIGN_AGREEMENT, months: "36" }`,
			'events.0.months: expected a number'
		],
		[
			`${base}events:\n  - { on: +1d, event: SIGN_AGREEMENT, monts: 36 }`,
			'events.0.monts: SIGN_AGREEMENT takes no field'
		],
		[
			`${base}events:\n  - { on: +1d, event: SING_AGREEMENT }`,
			'events.0.event: unknown event "SING_AGREEMENT"'
		],
		[
			`${base}events:\n  - { on: 2025-03-01 }\n  - { on: 2025-02-01, event: PUBLISH_CALL }`,
			'is before the previous step'
		],
		[`${base}expect:\n  staus: licensed`, 'expect.staus'],
		[`${base}applicant:\n  goodCredit: { a: 1 }`, 'applicant.goodCredit'],
		[`${base}colour: blue`, 'colour']
	])('%j', (text, message) => {
		expect(() => parseScenario(text)).toThrow(ScenarioError);
		try {
			parseScenario(text);
		} catch (e) {
			expect((e as ScenarioError).issues.join('\n')).toContain(message);
		}
	});

	test('an unknown region or role is named', async () => {
		await expect(runScenario('region: atlantis\nstart: 2025-01-01')).rejects.toThrow(
			/unknown region "atlantis"/
		);
		await expect(runScenario('region: henan\nrole: operator\nstart: 2025-01-01')).rejects.toThrow(
			/not a role of henan \(roles: primaryDeveloper, secondaryDeveloper\)/
		);
	});

	test('relative dates count from the previous step', () => {
		const s = parseScenario(`${base}events:\n  - { on: +1m, event: PUBLISH_CALL }\n  - { on: +10d }`);
		expect(s.steps.map((x) => x.on)).toEqual(['2025-02-01', '2025-02-11']);
	});
});

describe('expect.warnings: the run against the regulation’s validity', () => {
	const run = (start: string, expect: string) =>
		runScenario(`region: jiangsu\nrole: developmentEntity\nstart: ${start}\nexpect:\n${expect}`);
	test('a journey after the lapse is warned, with the clause, in the JSON', async () => {
		const r = await run('2026-12-05', '  warnings: [{ code: journeyAfterLapse, cites: [art-29] }]');
		expect(r.expectations.failures).toEqual([]);
		expect(r.warnings).toEqual([
			expect.objectContaining({ code: 'journeyAfterLapse', citations: ['art-29'] })
		]);
		expect(r.document.start).toMatchObject({
			state: 'lapsed',
			lapsedOn: '2026-11-30',
			citations: ['art-29']
		});
	});
	test('on the last day in force nothing is warned; an expected warning that is not given fails', async () => {
		const r = await run('2026-11-30', '  warnings: [journeyAfterLapse]');
		expect(r.warnings).toEqual([]);
		expect(r.document.start.state).toBe('inForce');
		expect(r.expectations.failures).toEqual([
			'warnings: no warning matches {"code":"journeyAfterLapse"} (have: none)'
		]);
	});
	test('"warnings: []" means none, and noWarnings names the ones that must not be given', async () => {
		const none = await run('2026-12-01', '  warnings: []');
		expect(none.expectations.failures).toEqual(['warnings: expected none, got journeyAfterLapse']);
		const not = await run('2026-12-01', '  noWarnings: [journeyAfterLapse]');
		expect(not.expectations.failures).toEqual(['noWarnings: "journeyAfterLapse" was given']);
	});
	test('a malformed item is named', () => {
		expect(() =>
			parseScenario('region: jiangsu\nstart: 2026-12-05\nexpect:\n  warnings: [{ cod: x }]')
		).toThrow(/expect\.warnings\.0/);
	});
});
