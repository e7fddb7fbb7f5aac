// Inside a StatusPlace's hidden copies (the statuses a text could have, kept only for their size), a status
// badge or caveat leaves out what names a status (data-doc-status, data-caveat…): no test, script or style
// aimed at the status shown finds a hidden copy.
import { getContext, setContext } from 'svelte';

const GHOST = Symbol('status-ghost');

/** Called by a hidden copy's wrapper: what it renders is a copy. */
export const markGhost = () => setContext(GHOST, true);
/** In a hidden copy (call at a component's start). */
export const inGhost = (): boolean => getContext(GHOST) === true;
/** The context a hidden copy's contents see (for component tests). */
export const ghostContext = () => new Map<symbol, boolean>([[GHOST, true]]);
