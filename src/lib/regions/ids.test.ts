// Ids read from outside are checked before they become typed ids: an unknown one is refused with a message
// naming it (and what is known), never branded and passed on to an engine.
import { describe, expect, test } from 'vitest';
import { parseSelection } from '$lib/rules/compare';
import { runScenario } from '$lib/scenario/run';
import { asDimensionId, isDimensionId } from './dimensions';
import { asClauseId, declaredRole, isClauseId, knownId, packRegionOf, unlistedRegion } from './ids';
import { clause, role } from './fixture-ids';
import type { Clause } from './types';
import { asDocumentId, asRegionId, documentIds, getDocument, isDocumentId, regionIds } from './registry';
import { NATIONAL_DOCUMENT_IDS, NATIONAL_ID, nationalDocument } from './national/framework';
import { draftRegionId } from '$lib/rules/draft-ids';

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

describe('a region id', () => {
	test('from a URL or a file: the registry’s own id for a rule region or a document, nothing otherwise', () => {
		expect(asRegionId('taian')).toBe(regionIds.find((r) => r === 'taian'));
		expect(asRegionId('nationalSpec')).toBeUndefined(); // a document, not a rule region
		expect(asDocumentId('nationalSpec')).toBe(documentIds.find((d) => d === 'nationalSpec'));
		for (const bad of ['', 'Taian', 'taian ', 'hainan', 'draft-abc', '__proto__', 'toString', NATIONAL_ID]) {
			expect(asRegionId(bad), bad).toBeUndefined();
			expect(asDocumentId(bad), bad).toBeUndefined();
		}
	});

	test('a pack file’s path names its folder, as every glob over the packs writes it', () => {
		expect(packRegionOf('./taian/meta.yaml')).toBe('taian');
		expect(packRegionOf('../regions/henan/journey.yaml')).toBe('henan');
		expect(packRegionOf('/src/lib/regions/quzhou/journey.yaml?roles')).toBe('quzhou');
		for (const id of documentIds) expect(packRegionOf(`./${id}/meta.yaml`)).toBe(id);
	});

	test('from a scenario file: an unknown region is refused, naming it and the known ones', async () => {
		await expect(runScenario('region: hainan\nstart: 2025-01-01')).rejects.toThrow(
			/region: unknown region "hainan" \(known: /
		);
	});

	test('ids made outside the registry never name one of its documents', () => {
		// the national profile's column, a draft's id, the placeholders for a text that is no document
		for (const id of [NATIONAL_ID, draftRegionId('x'), unlistedRegion(''), unlistedRegion('import')])
			expect(isDocumentId(id), id).toBe(false);
		// the national documents' ids, written in the framework, are the registry's documents
		for (const doc of NATIONAL_DOCUMENT_IDS)
			expect(getDocument(nationalDocument(doc))?.level).toBe('national');
	});

	test('knownId returns the list’s own element', () => {
		const known = regionIds.slice(0, 2);
		expect(knownId(known[1]!, known)).toBe(known[1]);
		expect(knownId('nowhere', known)).toBeUndefined();
	});
});
