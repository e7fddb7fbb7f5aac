// A saved run (SavedJourney, format pdao-journey/1) as read back from the library: checked before it is
// replayed. The snapshot is not checked here: the replay rebuilds it and refuses a mismatch.

import * as v from 'valibot';
import { isoDate, line, localId, eventType, finite, obj, parseWith, type Problem } from '$lib/rules/pack/kit';
import type { SavedJourney } from './simulator';

/** A region's id, or a draft's ("draft-" + a library item id). */
const runRegion = v.pipe(line, v.regex(/^[a-z][A-Za-z0-9_-]{0,80}$/, 'region.format'));
const factValue = v.union([v.boolean(), finite, line, v.array(line)]);
const event = obj(v.looseObject({ type: eventType }));

export const SavedJourneySchema = obj(
	v.strictObject({
		format: v.literal('pdao-journey/1'),
		region: runRegion,
		role: localId,
		start: isoDate,
		facts: obj(v.record(line, factValue)),
		materials: v.array(line),
		script: v.array(obj(v.strictObject({ at: isoDate, event }))),
		today: isoDate,
		snapshot: v.unknown()
	})
);

export type SavedJourneyResult = { ok: true; value: SavedJourney } | { ok: false; problems: Problem[] };

export function parseSavedJourney(x: unknown): SavedJourneyResult {
	const r = parseWith(SavedJourneySchema, x);
	return r.ok ? { ok: true, value: r.value as SavedJourney } : r;
}
