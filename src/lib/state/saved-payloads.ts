// Every saved item's payload is checked for its kind when it is opened: a run, a course's progress, an
// applicant's answers, a comparison's selection, a draft. A payload that does not read is reported with
// the field and the reason, and nothing is opened. The checkers load only when an item is opened.

import type { ItemKind, SavedItem } from '$lib/db';
import type { SavedJourney } from '$lib/machines/simulator';
import type { CourseProgress } from '$lib/training/progress';
import type { ApplicantFacts } from '$lib/eligibility/facts';
import type { Draft } from '$lib/drafts/types';
import { wordsIn, type Words } from '$lib/rules/words';

/** What each kind's payload reads as. */
export interface Payloads {
	simulation: SavedJourney;
	training: CourseProgress;
	applicant: ApplicantFacts;
	comparison: { params: string };
	draft: Draft;
}

type Checked<T> = { ok: true; value: T } | { ok: false; problems: { field: string; message: Words }[] };
type Checker<K extends keyof Payloads> = (x: unknown) => Promise<Checked<Payloads[K]>>;

const CHECKERS: { [K in keyof Payloads]: Checker<K> } = {
	simulation: async (x) => (await import('$lib/machines/saved')).parseSavedJourney(x),
	training: async (x) => (await import('$lib/training/progress')).parseCourseProgress(x),
	applicant: async (x) => {
		const r = (await import('$lib/eligibility/schema')).parseApplicantFacts(x);
		return r.ok
			? { ok: true, value: r.facts }
			: // valibot's own wording of the issue, the same in both languages (the facts schema says no more)
				{ ok: false, problems: r.issues.map((i) => ({ field: '', message: { zh: i, en: i } })) };
	},
	comparison: async (x) => (await import('./comparison-payload')).parseComparisonPayload(x),
	draft: async (x) => {
		const r = (await import('$lib/drafts/schema')).parseDraftPayload(x);
		return r.ok ? { ok: true, value: r.draft } : r;
	}
};

export type Opened<K extends keyof Payloads> =
	| { ok: true; item: SavedItem; payload: Payloads[K] }
	/** Not in the library, in the trash's purge, damaged, or of another kind. */
	| { ok: false; reason: 'notFound' }
	/** Stored, but its payload does not read as its kind: `detail` says where and why (English). */
	| {
			ok: false;
			reason: 'invalid';
			name: string;
			detail: string;
			problems: { field: string; message: Words }[];
	  };

/** Check an item (already read, of kind `kind`) and return its typed payload, or why it cannot be opened. */
export async function checkPayload<K extends keyof Payloads>(item: SavedItem, kind: K): Promise<Opened<K>> {
	if (item.kind !== (kind as ItemKind)) return { ok: false, reason: 'notFound' };
	const r = await CHECKERS[kind](item.payload);
	if (r.ok) return { ok: true, item, payload: r.value };
	const detail = r.problems
		.slice(0, 3)
		.map((p) => (p.field ? `${p.field}: ` : '') + wordsIn(p.message, 'en'))
		.join('; ');
	return { ok: false, reason: 'invalid', name: item.name, detail, problems: r.problems };
}
