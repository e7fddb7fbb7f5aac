// Ids read from outside are checked before they become typed ids: an unknown one is refused with a message
// naming it (and what is known), never branded and passed on to an engine.
import { describe, expect, test } from 'vitest';
import { parseSelection } from '$lib/rules/compare';
import { runScenario } from '$lib/scenario/run';
import { asDimensionId, isDimensionId } from './dimensions';
import { asClauseId, declaredRole, isClauseId } from './ids';
import { clause, role } from './fixture-ids';
import type { Clause } from './types';
import { regionIds } from './registry';

describe('a role id', () => {
	const declared = [role('primaryDeveloper'), role('secondaryDeveloper')];

	test('is the declared id itself when the region declares it, and nothing otherwise', () => {
		expect(declaredRole('secondaryDeveloper', declared)).toBe(declared[1]);
		expect(declaredRole('operator', declared)).toBeUndefined();
		expect(declaredRole('', declared)).toBeUndefined();
		expect(declaredRole('primaryDeveloper', [])).toBeUndefined();
	});

	test('from a scenario file: an undeclared role is refused, naming it and the roles the journey has', async () => {
		await expect(runScenario('region: henan\nrole: operator\nstart: 2025-01-01')).rejects.toThrow(
			'role: "operator" is not a role of henan (roles: primaryDeveloper, secondaryDeveloper)'
		);
		// the same file with a declared role runs, as that role
		const ok = await runScenario('region: henan\nrole: secondaryDeveloper\nstart: 2025-01-01');
		expect(ok.role).toBe('secondaryDeveloper');
	});
});

describe('a dimension id', () => {
	test('from a URL: a row the catalogue lacks is dropped, a known one kept', () => {
		const params = new URLSearchParams('r=taian&pick=term.maxMonth,term.maxMonths');
		const dims = ['term.maxMonths', 'renewal.deadlineMonthsBeforeExpiry'] as const;
		expect(parseSelection(params, regionIds, [], dims).picked).toEqual(['term.maxMonths']);
	});

	test('read from elsewhere: refused with a message naming it', () => {
		expect(isDimensionId('term.maxMonth')).toBe(false);
		expect(() => asDimensionId('term.maxMonth')).toThrow('dimension "term.maxMonth" is not in the catalogue');
		expect(asDimensionId('term.maxMonths')).toBe('term.maxMonths');
	});
});

describe('a clause id', () => {
	const corpus = { clauses: [{ id: clause('art-1') }, { id: clause('art-2-p2') }] as Clause[] };

	test('is the corpus’s own id when the text has that clause, and nothing otherwise', () => {
		expect(asClauseId('art-2-p2', corpus)).toBe(corpus.clauses[1]!.id);
		expect(asClauseId('art-2', corpus)).toBeUndefined();
		expect(asClauseId('', corpus)).toBeUndefined();
		expect(isClauseId('art-1', corpus)).toBe(true);
		expect(isClauseId('nationalSpec:art-1', corpus)).toBe(false);
	});
});
