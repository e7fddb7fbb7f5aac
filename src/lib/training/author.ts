// Small constructors for writing walkthroughs as compact, typed data.

import type { JourneyEvent } from '$lib/machines/types';
import type { IsoDate } from '$lib/regions/types';
import type { StepAction } from './types';

export { l } from '$lib/regions/localized';

/** Send an event: send('SIGN_AGREEMENT', { months: 36 }). */
export const send = (type: string, payload: Omit<JourneyEvent, 'type'> = {}): StepAction => ({
	event: { type, ...payload }
});

export const afterDays = (days: number): StepAction => ({ advance: { days } });
export const afterMonths = (months: number): StepAction => ({ advance: { months } });
export const on = (to: IsoDate): StepAction => ({ advance: { to } });
export const nextDeadline: StepAction = { advance: 'nextDeadline' };
