// The trainer's keys (a presentation clicker sends PageDown/PageUp; a keyboard → ← and Space), read whatever
// has focus — after clicking 全屏 or 讲稿 the focus is on that button — except where the key types or chooses
// (text fields, selects, radio groups). Pure.

export type KeyAction = 'next' | 'prev' | 'reveal' | 'notes' | null;

/** What the key press landed on: its tag, an input's type, whether it is editable. */
export interface KeyTarget {
	tag: string;
	type?: string | null;
	editable?: boolean;
}

const TYPING_INPUTS = new Set([
	'text',
	'search',
	'email',
	'number',
	'tel',
	'url',
	'password',
	'date',
	'datetime-local',
	'month',
	'week',
	'time',
	'radio',
	'range',
	'color'
]);

/** Whether the target keeps its keys (typing, choosing with arrows). */
export function keepsKeys(t: KeyTarget): boolean {
	const tag = t.tag.toLowerCase();
	if (t.editable || tag === 'textarea' || tag === 'select') return true;
	return tag === 'input' && TYPING_INPUTS.has((t.type ?? 'text').toLowerCase());
}

export function keyAction(key: string, target: KeyTarget, trainer: boolean, mods = false): KeyAction {
	if (mods || keepsKeys(target)) return null;
	const onButton =
		['button', 'a', 'summary'].includes(target.tag.toLowerCase()) || target.type === 'checkbox';
	// Space and Enter on a button press that button; leave them to it
	if (key === ' ' || key === 'Spacebar') return onButton ? null : 'next';
	if (key === 'ArrowRight' || key === 'PageDown') return 'next';
	if (key === 'ArrowLeft' || key === 'PageUp') return 'prev';
	if (!trainer) return null;
	if (key === 'r' || key === 'R') return 'reveal';
	if (key === 'n' || key === 'N') return 'notes';
	return null;
}
