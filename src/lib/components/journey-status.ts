// A journey's status in the reader's language (the simulator, the training courses): never the machine's id.

import { m } from '$lib/paraglide/messages';
import type { JourneyStatus } from '$lib/machines/simulator';

const WORDS: Record<JourneyStatus, () => string> = {
	applying: m.sim_status_applying,
	rejected: m.sim_status_rejected,
	licensed: m.sim_status_licensed,
	suspended: m.sim_status_suspended,
	terminated: m.sim_status_terminated,
	closed: m.sim_status_closed
};

export const journeyStatusWord = (s: JourneyStatus): string => WORDS[s]();
