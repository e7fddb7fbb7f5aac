import { region } from '$lib/regions/fixture-ids';
import { describe, expect, test } from 'vitest';
import { cloneRegion } from '$lib/drafts/create';
import { loadProfile, loadRegionDetails } from '$lib/regions/registry';
import { IDEAL } from './fixtures';
import { evaluateEligibility } from './index';
import { eligibilityRules } from './regions';
import { draftRules, evaluateDraft, loadBaseRules } from './with-draft';

const AS_OF = '2026-01-05';

describe('a draft in the eligibility checker', () => {
	// every region with eligibility rules (a folder just scaffolded has none yet)
	test.each(eligibilityRules.map((r) => r.region))(
		'an unchanged clone of %s gets its region’s verdict, criteria and citations',
		async (id) => {
			const profile = await loadProfile(id);
			const draft = cloneRegion(await loadRegionDetails(id), profile, '');
			await loadBaseRules({ profile });
			for (const facts of [IDEAL, {}]) {
				const own = evaluateEligibility(id, facts, { asOf: AS_OF });
				const mine = evaluateDraft(draftRules(draft, region('draft-e'), { profile }), facts, AS_OF);
				expect(mine.region).toBe('draft-e');
				expect({ ...mine, region: id }).toEqual(own);
			}
		}
	);
	test('a blank-started draft (no base) still gets a verdict, never a pass on nothing', async () => {
		const { blankDraft } = await import('$lib/drafts/create');
		const r = evaluateDraft(
			draftRules(blankDraft('某市办法', '某市'), region('draft-b'), null),
			IDEAL,
			AS_OF
		);
		expect(r.region).toBe('draft-b');
		expect(r.verdict).not.toBe('eligible');
	});
});
