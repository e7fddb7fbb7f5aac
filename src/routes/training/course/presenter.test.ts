import { expect, test } from 'vitest';
import { openSync, parseSync } from './presenter';

/** Channels that deliver to every other channel of the same name, as BroadcastChannel does. */
function bus() {
	const open: { name: string; ch: { onmessage: ((e: { data: unknown }) => void) | null } }[] = [];
	return (name: string) => {
		const ch = {
			onmessage: null as ((e: { data: unknown }) => void) | null,
			postMessage(data: unknown) {
				for (const o of open) if (o.name === name && o.ch !== ch) o.ch.onmessage?.({ data });
			},
			close() {}
		};
		open.push({ name, ch });
		return ch;
	};
}

test('two windows of one course follow each other; another course does not hear them', () => {
	const make = bus();
	const heardA: unknown[] = [];
	const heardB: unknown[] = [];
	const heardOther: unknown[] = [];
	let hellos = 0;
	const a = openSync(
		'quzhou-full-cycle',
		(s) => heardA.push(s),
		() => hellos++,
		make
	);
	const b = openSync(
		'quzhou-full-cycle',
		(s) => heardB.push(s),
		() => {},
		make
	);
	openSync(
		'taian-full-cycle',
		(s) => heardOther.push(s),
		() => {},
		make
	);
	// a window that opens late asks; the others answer
	b.hello();
	expect(hellos).toBe(1);
	a.post({ index: 3, ran: true, revealed: false });
	expect(heardB).toEqual([{ index: 3, ran: true, revealed: false }]);
	expect(heardA).toEqual([]);
	expect(heardOther).toEqual([]);
});

test('malformed messages are ignored', () => {
	expect(
		parseSync(
			{ kind: 'course-state', walkthrough: 'w', from: 'x', index: -1, ran: true, revealed: false },
			'w'
		)
	).toBeNull();
	expect(parseSync({ kind: 'other' }, 'w')).toBeNull();
	expect(parseSync('hello', 'w')).toBeNull();
	expect(
		parseSync(
			{ kind: 'course-state', walkthrough: 'w', from: 'x', index: 2, ran: 'yes', revealed: false },
			'w'
		)
	).toBeNull();
	expect(
		openSync(
			'w',
			() => {},
			() => null
		).post({ index: 0, ran: false, revealed: false })
	).toBeUndefined();
});
