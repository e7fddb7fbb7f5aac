// A saved comparison's payload: its URL parameters. Its own module (valibot imported by name, statically) so that
// opening a comparison loads this schema alone — a dynamic `import('valibot')` would bundle all of valibot.

import * as v from 'valibot';
import { parseWith } from '$lib/rules/pack/kit';

const ComparisonPayload = v.strictObject({ params: v.pipe(v.string(), v.maxLength(4000)) });

export const parseComparisonPayload = (x: unknown) => parseWith(ComparisonPayload, x);
