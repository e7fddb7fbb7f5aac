// Presenter view and projected screen kept in step over a BroadcastChannel: whichever window moves (a key,
// a click) posts where the course stands; the other follows. One channel per walkthrough. Messages from
// elsewhere are checked before use.

export interface CourseState {
	index: number;
	ran: boolean;
	revealed: boolean;
}

export interface SyncMessage extends CourseState {
	kind: 'course-state';
	walkthrough: string;
	/** The sending window, so a window ignores its own echo. */
	from: string;
}

export const channelName = (walkthrough: string) => `pdao-training:${walkthrough}`;

export function parseSync(data: unknown, walkthrough: string): SyncMessage | null {
	if (!data || typeof data !== 'object') return null;
	const d = data as Record<string, unknown>;
	if (d.kind !== 'course-state' || d.walkthrough !== walkthrough || typeof d.from !== 'string') return null;
	if (!Number.isInteger(d.index) || (d.index as number) < 0) return null;
	if (typeof d.ran !== 'boolean' || typeof d.revealed !== 'boolean') return null;
	return {
		kind: 'course-state',
		walkthrough,
		from: d.from,
		index: d.index as number,
		ran: d.ran,
		revealed: d.revealed
	};
}

function isHello(data: unknown, walkthrough: string): boolean {
	const d = data as Record<string, unknown> | null;
	return !!d && typeof d === 'object' && d.kind === 'course-hello' && d.walkthrough === walkthrough;
}

export const sameState = (a: CourseState, b: CourseState) =>
	a.index === b.index && a.ran === b.ran && a.revealed === b.revealed;

interface ChannelLike {
	postMessage(data: unknown): void;
	close(): void;
	onmessage: ((e: { data: unknown }) => void) | null;
}

/** Open the course's channel; `onstate` hears the other windows. No-op where BroadcastChannel is missing. */
export function openSync(
	walkthrough: string,
	onstate: (s: CourseState) => void,
	/** Another window has just opened and asks where the course stands (answer with `post`). */
	onhello: () => void,
	make: (name: string) => ChannelLike | null = (name) =>
		typeof BroadcastChannel === 'undefined' ? null : (new BroadcastChannel(name) as unknown as ChannelLike)
) {
	const from = Math.random().toString(36).slice(2);
	const channel = make(channelName(walkthrough));
	if (channel)
		channel.onmessage = (e) => {
			if (isHello(e.data, walkthrough)) return onhello();
			const msg = parseSync(e.data, walkthrough);
			if (msg && msg.from !== from) onstate({ index: msg.index, ran: msg.ran, revealed: msg.revealed });
		};
	return {
		post(s: CourseState) {
			const msg: SyncMessage = { kind: 'course-state', walkthrough, from, ...s };
			channel?.postMessage(msg);
		},
		/** Ask the other windows where the course stands. */
		hello() {
			channel?.postMessage({ kind: 'course-hello', walkthrough });
		},
		close() {
			channel?.close();
		}
	};
}
