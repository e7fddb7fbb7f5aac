// The applicant's answers as a rune, saved on this device as they are given (localStorage), and — once
// saved to the library as a named applicant profile — written back to that library item on every change,
// refusing to overwrite an edit made meanwhile in another tab.

import type { ApplicantFacts } from '$lib/eligibility';
import { library } from './library.svelte';
import { readers } from './readers';

const KEY = 'pdao.applicant.draft.v1';

interface Linked {
	id: string;
	name: string;
	revision: number;
}

let facts = $state<ApplicantFacts>({});
let saved = $state<'idle' | 'saved' | 'failed'>('idle');
let linked = $state<Linked | null>(null);
let conflict = $state(false);
let timer: ReturnType<typeof setTimeout> | undefined;

function persist() {
	try {
		localStorage.setItem(KEY, JSON.stringify($state.snapshot(facts)));
		saved = 'saved';
	} catch {
		saved = 'failed';
	}
	if (linked) {
		clearTimeout(timer);
		timer = setTimeout(writeBack, 400);
	}
}

async function writeBack() {
	const link = linked;
	if (!link || conflict) return;
	const { repo, db } = await library.open();
	try {
		const current = await library.getSaved(link.id);
		if (!current) return;
		const next = await repo.saveItem(
			{ ...current, payload: $state.snapshot(facts), revision: link.revision },
			link.revision
		);
		linked = { ...link, revision: next.revision };
	} catch (e) {
		if (e instanceof db.StaleWriteError) conflict = true;
		else await library.noteError(e);
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

export const applicant = readers(
	{
		facts: (): ApplicantFacts => facts,
		saved: () => saved,
		linked: (): Linked | null => linked,
		/** Another tab changed the linked library item since we loaded it. */
		conflict: () => conflict
	},
	{
		/**
		 * Restore the answers saved on this device, if they are still valid. The schema (with the fact catalogue
		 * it checks against) loads here, not with the page; answers given or a profile opened meanwhile win.
		 */
		async restore() {
			try {
				const raw = localStorage.getItem(KEY);
				if (!raw) return;
				const { parseApplicantFacts } = await import('$lib/eligibility/schema');
				const parsed = parseApplicantFacts(JSON.parse(raw));
				if (parsed.ok && !Object.keys(facts).length && !linked) facts = parsed.facts;
			} catch {
				// unreadable or blocked storage: start empty
			}
		},
		set(path: string, value: unknown) {
			setAt(facts as Record<string, unknown>, path, value);
			persist();
		},
		setEntityFact(index: number, key: string, value: unknown) {
			const list = facts.relatedEntities;
			if (!Array.isArray(list) || !list[index]) return;
			setAt(list[index].facts as Record<string, unknown>, key, value);
			persist();
		},
		reset() {
			facts = {};
			linked = null;
			conflict = false;
			persist();
		},
		/** Save the answers as a new named applicant profile in the library, and keep it in step from now on. */
		async saveAs(name: string): Promise<string> {
			const { repo } = await library.open();
			const item = await repo.createItem({ kind: 'applicant', name, payload: $state.snapshot(facts) });
			linked = { id: item.id, name: item.name, revision: item.revision };
			conflict = false;
			return item.name;
		},
		/** Open a saved applicant profile. Returns its name, or null when missing, damaged or invalid. */
		async load(id: string): Promise<string | null> {
			const opened = await library.openSaved(id, 'applicant');
			if (!opened.ok) return null;
			const { item, payload } = opened;
			facts = payload;
			linked = { id: item.id, name: item.name, revision: item.revision };
			conflict = false;
			persist();
			return item.name;
		},
		/** Resolve a conflict: take the other tab's version, or keep ours as a new copy. */
		async resolveConflict(choice: 'theirs' | 'copy') {
			const link = linked;
			if (!link) return;
			conflict = false;
			if (choice === 'theirs') await this.load(link.id);
			else await this.saveAs(`${link.name}（副本）`);
		}
	}
);
