// The `?draft=<library item id>` parameter the tool pages share: one saved draft shown beside the regions.

export const DRAFT_PARAM = 'draft';

/** Library item ids are uuids; anything else is refused, as it goes back into URLs and messages. */
const ITEM_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function isDraftItemId(id: string): boolean {
	return ITEM_ID.test(id);
}

/** What the URL asks for: no draft, a draft id, or something that cannot be one (`bad`, to say so). */
export function readDraftParam(params: URLSearchParams): { id: string | null; bad: boolean } {
	const raw = params.get(DRAFT_PARAM);
	if (raw === null || raw === '') return { id: null, bad: false };
	return isDraftItemId(raw) ? { id: raw, bad: false } : { id: null, bad: true };
}
