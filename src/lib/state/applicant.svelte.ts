// The applicant's answers as a rune, saved on this device as they are given (localStorage; the library
// stores named applicant profiles in IndexedDB). Pure evaluation lives in $lib/eligibility.

import { parseApplicantFacts, type ApplicantFacts, type EntityFacts } from '$lib/eligibility';

const KEY = 'pdao.applicant.draft.v1';

let facts = $state<ApplicantFacts>({});
let saved = $state<'idle' | 'saved' | 'failed'>('idle');

function persist() {
	try {
		localStorage.setItem(KEY, JSON.stringify($state.snapshot(facts)));
		saved = 'saved';
	} catch {
		saved = 'failed';
	}
}

/** Set (or, with undefined, clear) one answer at a fact path: "mlps3Experience", "materials.auditReport". */
function setAt(target: Record<string, unknown>, path: string, value: unknown) {
	const [head, ...rest] = path.split('.');
	if (!head) return;
	if (rest.length) {
		const inner = (target[head] ??= {}) as Record<string, unknown>;
		setAt(inner, rest.join('.'), value);
	} else if (value === undefined) delete target[head];
	else target[head] = value;
}

export const applicant = {
	get facts(): ApplicantFacts {
		return facts;
	},
	get saved() {
		return saved;
	},
	/** Restore the answers saved on this device, if they are still valid. */
	restore() {
		try {
			const raw = localStorage.getItem(KEY);
			if (!raw) return;
			const parsed = parseApplicantFacts(JSON.parse(raw));
			if (parsed.ok) facts = parsed.facts;
		} catch {
			// unreadable or blocked storage: start empty
		}
	},
	set(path: string, value: unknown) {
		setAt(facts as Record<string, unknown>, path, value);
		persist();
	},
	setEntityFact(index: number, key: keyof EntityFacts, value: unknown) {
		const list = facts.relatedEntities;
		if (!Array.isArray(list) || !list[index]) return;
		setAt(list[index].facts as Record<string, unknown>, key, value);
		persist();
	},
	replace(next: ApplicantFacts) {
		facts = next;
		persist();
	},
	reset() {
		facts = {};
		persist();
	}
};
