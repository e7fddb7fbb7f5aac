// Henan's journey and rule profile where they meet on one reading of the text: checked against this folder's
// own data (a copy of the folder under another id reads its own).
import { region as regionNamed } from '$lib/regions/fixture-ids';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadJourney } from '$lib/machines/registry';
import { loadProfile } from '$lib/regions/registry';
import type { DimensionId } from '$lib/regions/types';

const region = regionNamed(basename(dirname(fileURLToPath(import.meta.url))));
const [journey, profile] = await Promise.all([loadJourney(region), loadProfile(region)]);
const value = (dim: DimensionId) => {
	const v = profile.values[dim]?.[0];
	if (!v) throw new Error(`${region} has no value for ${dim}`);
	return v;
};

describe(`${region}: journey and profile`, () => {
	test('suspension needs a major risk or late rectification, in both (第二十二条第二款)', () => {
		const primary = journey.roles.find((x) => x.id === 'primaryDeveloper');
		expect(primary?.evaluation?.onFail).toBe('rectify');
		expect(primary?.evaluation?.majorRisk?.citations).toEqual(['art-22-p2']);
		expect(primary?.rectification?.onLate).toBe('suspend');
		const s = value('suspension.onFailedEvaluation');
		expect(s.value.kind).toBe('notSpecified');
		expect(s.citations).toEqual(['art-22-p2']);
		expect(s.summary.zh).toContain('重大安全风险');
		expect(s.summary.zh).toContain('未按期整改到位');
		const consequences = value('evaluation.consequences').value;
		expect(consequences.kind === 'list' && consequences.value).toEqual([
			'rectification',
			'suspension',
			'interview'
		]);
	});
});
