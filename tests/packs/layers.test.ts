// The layer rule in eslint.config.js bites: region data imports nothing, rules no engine, engines no state or
// component, state no component (routes → state → engines → rules → region data). Linted as if the snippets
// sat in those folders; `npm run lint` runs the same rule over the tree. Rules and engines may name a Paraglide
// message (said(m.key, …), rules/words.ts) but not say it, nor read the interface language.

import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return result!.messages
		.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
		.map((m) => m.message);
}

describe('layers', () => {
	test.each([
		['src/lib/regions/taian/x.ts', "import { parseCorpus } from '$lib/corpus/parse';", 'region data'],
		['src/lib/regions/registry2.ts', "import * as v from 'valibot';", 'region data'],
		['src/lib/regions/national/x.ts', "import { conformity } from '../../rules/conformity';", 'region data'],
		['src/lib/regions/national/x.ts', "import { DIMENSIONS } from '../dimensions';", 'region data'],
		['src/lib/rules/x.ts', "import { draftMeta } from '$lib/drafts/bundle';", 'rules may not import engines'],
		['src/lib/rules/x.ts', "import { y } from '../machines/build';", 'rules may not import engines'],
		['src/lib/rules/x.ts', "import { i18n } from '../state/locale.svelte';", 'rules may not import'],
		[
			'src/lib/machines/x.ts',
			"import { today } from '$lib/state/today.svelte';",
			'engines may not import state'
		],
		[
			'src/lib/eligibility/x.ts',
			"import { getLocale } from '$lib/paraglide/runtime';",
			'do not read the interface language'
		],
		[
			'src/lib/rules/x.ts',
			"import { m } from '../paraglide/messages.js';\nexport const w = m.sim_why_ended();",
			'name a message, they do not say it'
		],
		[
			'src/lib/machines/x.ts',
			"import { m } from '$lib/paraglide/messages';\nexport const w = () => m.sim_why_ended({}, { locale: 'en' });",
			'name a message, they do not say it'
		],
		[
			'src/lib/rules/x.ts',
			"import { setLocale } from '../paraglide/runtime.js';",
			'do not read the interface language'
		],
		['src/lib/charts/x.ts', "import C from '$lib/components/Cite.svelte';", 'engines may not import'],
		['src/lib/state/x.ts', "import C from '$lib/components/Cite.svelte';", 'state may not import components'],
		['src/lib/machines/x.ts', "import { mount } from 'svelte';", 'Pure logic']
	])(
		'%s: %s is refused',
		async (file, code, message) => {
			const found = await restricted(file, `${code}\nexport const z = 1;\n`);
			expect(found.join('\n')).toContain(message);
		},
		60_000
	); // the first lint loads the whole config: slow on a busy machine

	test.each([
		['src/lib/regions/registry2.ts', "import type { RegionMeta } from './types';"],
		['src/lib/regions/national/x.ts', "import type { RegionProfile } from '../types';"],
		['src/lib/regions/national/x.ts', "import { profileKit } from '../profile-kit';"],
		['src/lib/rules/x.ts', "import type { RegionMeta } from '$lib/regions/types';"],
		['src/lib/machines/x.ts', "import { plusDays } from '$lib/rules/dates';"],
		['src/lib/drafts/x.ts', "import { evaluateRegion } from '$lib/eligibility/engine';"],
		[
			'src/lib/machines/x.ts',
			"import { m } from '$lib/paraglide/messages';\nimport { said } from '$lib/rules/words';\nexport const w = said(m.sim_why_ended);"
		],
		[
			'src/lib/state/x.ts',
			"import { m } from '$lib/paraglide/messages';\nexport const w = m.sim_why_ended();"
		],
		// a problem names the app's own message (rules/words.ts), said when shown
		['src/lib/eligibility/x.ts', "import { m } from '$lib/paraglide/messages';"],
		['src/lib/rules/pack/x.ts', "import { m } from '../../paraglide/messages.js';"],
		['src/lib/state/x.ts', "import { loadJourney } from '$lib/machines/registry';"],
		['src/lib/charts/x.ts', "import { scaleLinear } from 'd3-scale';"],
		['src/lib/regions/taian/x.test.ts', "import { loadCorpus } from '$lib/corpus/load';"],
		// the app's own words: a message and its inputs, said when shown (src/lib/rules/words.ts)
		['src/lib/eligibility/x.ts', "import { m } from '$lib/paraglide/messages';"],
		['src/lib/rules/pack/x.ts', "import { m } from '../../paraglide/messages.js';"]
	])(
		'%s: %s is allowed',
		async (file, code) => {
			expect(await restricted(file, `${code}\nexport const z = 1;\n`)).toEqual([]);
		},
		60_000
	);
});
