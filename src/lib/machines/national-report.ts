// The national operating report's due day (价格通知 五、第二段: "每年3月底前…报送上一年度运营机构经营情况报告"), read from
// the national duties data: one function for the simulator (blocks/national.ts) and the timelines
// (timeline/national.ts).

import { nationalDuty } from '$lib/regions/national-duties';
import type { IsoDate } from '$lib/regions/types';

/** The last day for the report on the year ending `yearEnd` ("Y-12-31", or any day of year Y): 31 March of Y+1. */
export function reportDueDay(yearEnd: IsoDate): IsoDate {
	const d = nationalDuty('operatingReport').count;
	if (d.kind !== 'yearly') throw new Error('national duties: operatingReport must give a yearly due day');
	const y = Number(yearEnd.slice(0, 4)) + 1;
	return `${y}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
