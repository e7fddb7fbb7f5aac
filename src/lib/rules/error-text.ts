// What went wrong, for a person: one way to turn a caught value into words (a failed load, an unreadable file).

/** An Error's message; anything else thrown, as a string. */
export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
