// "Today" for every date computation in the UI: China's civil date, read in the browser only (the
// prerendered HTML must not freeze the build day). `?today=YYYY-MM-DD` sets it, for "as of date D" views.

import { parseIsoDate, todayInChina } from '$lib/rules/dates';
import type { IsoDate } from '$lib/regions/types';

let value = $state<IsoDate | null>(null);
let overridden = $state(false);

export const today = {
	/** null until the page has started in a browser. */
	get value(): IsoDate | null {
		return value;
	},
	get overridden(): boolean {
		return overridden;
	},
	start(search: URLSearchParams) {
		const asked = search.get('today');
		if (asked && parseIsoDate(asked)) {
			value = asked;
			overridden = true;
		} else {
			value = todayInChina();
			overridden = false;
		}
	}
};
