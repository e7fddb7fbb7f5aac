// A page that cannot load because a part of it (its code, its region's files) is not on this device and the
// network cannot be reached: offline before the page was ever opened or saved, or the server gone. The browser
// says so in its own words when an import fails; the app says it in its own (the error page: routes/+error.svelte,
// through the client hook that names the error: hooks.client.ts).

import { errorText } from '$lib/rules/words';

/** How Chromium, Firefox, Safari and Vite's preloading word a part of the app that could not be fetched. */
const MODULE_LOAD_FAILURE =
	/Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS|Failed to fetch|NetworkError when attempting to fetch|Load failed/i;

/** Whether an error is a part of the app (a module, a file it fetches) that the browser could not fetch. */
export const isFetchFailure = (e: unknown): boolean => MODULE_LOAD_FAILURE.test(errorText(e));
