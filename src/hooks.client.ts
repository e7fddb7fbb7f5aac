// What the error page says when a page fails in the browser. A part of the app that could not be fetched (offline,
// and the page never opened or saved on this device) is marked as such, so the page says what to do rather than
// "Internal Error"; any other error is said in its own words.

import type { HandleClientError } from '@sveltejs/kit';
import { isFetchFailure } from '$lib/offline/miss';
import { errorText } from '$lib/rules/words';

export const handleError: HandleClientError = ({ error, message }) => ({
	message: errorText(error) || message,
	...(isFetchFailure(error) ? { unreachable: true } : {})
});
