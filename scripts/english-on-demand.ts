// Only the active language's strings load: Paraglide 2 compiles every message as one module holding a function
// per locale (`zh_cn2_x`, `en_x`) and picks one at call time, so a page that shows a message carries both
// languages; its per-locale option (experimentalStaticLocale) needs one build per locale, which a static,
// offline app whose language is switched in place (strategy localStorage) cannot use. So, in the client build
// only, this plugin moves every message's English function into one module (ENGLISH_MODULE), loaded when the
// interface switches to English ($lib/state/english.svelte); each message calls the loaded English function, and
// the Chinese one until it is there. The server build (prerendered HTML, always Chinese first), dev and the
// tests keep Paraglide's output as it is.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const ENGLISH_MODULE = 'virtual:paraglide-english';
const RESOLVED = `\0${ENGLISH_MODULE}`;
const MESSAGE = /\/src\/lib\/paraglide\/messages\/(?!_index)[\w-]+\.js$/;

interface Split {
	/** The English function's id: the message's module-local name. */
	id: string;
	/** Its definition, `(i) => { … }`. */
	english: string;
	/** The module without it, calling the loaded English function (or the base locale's). */
	rest: string;
}

/** One compiled message module split into its English function and the rest; null when it has another shape. */
export function splitMessage(code: string): Split | null {
	const def =
		/\nconst en_(\w+) = (?:\/\*\*[^*]*\*+(?:[^/*][^*]*\*+)*\/ )?(\([^)]*\) => \{\n[\s\S]*?\n\});\n/.exec(
			code
		);
	const call = /\n\tif \(locale === "en"\) return en_(\w+)\(inputs\)\n\treturn (\w+)\(inputs\)\n/.exec(code);
	if (!def || !call || def[1] !== call[1]) return null;
	const id = def[1]!;
	const rest = code
		.replace(def[0], '\n')
		.replace(
			call[0],
			`\n\tif (locale === "en") return (english.${id} ?? ${call[2]})(inputs)\n\treturn ${call[2]}(inputs)\n`
		);
	return {
		id,
		english: def[2]!,
		rest: `import { english } from '$lib/state/english.svelte';\n${rest}`
	};
}

export function englishOnDemand(messagesDir: string): Plugin {
	let build = false;
	return {
		name: 'pdao-english-on-demand',
		configResolved(config) {
			build = config.command === 'build';
		},
		resolveId(id) {
			return id === ENGLISH_MODULE ? RESOLVED : undefined;
		},
		load(id) {
			if (id !== RESOLVED) return;
			const out: string[] = [];
			for (const name of readdirSync(messagesDir).sort()) {
				if (!name.endsWith('.js') || name === '_index.js') continue;
				const split = splitMessage(readFileSync(join(messagesDir, name), 'utf8'));
				if (split) out.push(`export const ${split.id} = ${split.english};`);
			}
			return out.join('\n') + '\n';
		},
		transform(code, id, options) {
			// the client build only: prerendering (ssr), dev and vitest keep both languages in place
			if (!build || options?.ssr || !MESSAGE.test(id.split('?')[0]!)) return;
			const split = splitMessage(code);
			return split ? { code: split.rest, map: null } : undefined;
		}
	};
}
