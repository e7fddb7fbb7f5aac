// NODE ONLY (the `import` command and tests; the app never imports this): PDF.js's Chinese character maps
// read from the installed pdfjs-dist, where the browser fetches them from the build.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { CMapLoader } from './pdf';

const require = createRequire(import.meta.url);

export const readCMap: CMapLoader = async (file) => {
	if (!/^[\w-]+\.bcmap$/u.test(file)) throw new Error(`not a character map: ${file}`);
	const dir = join(dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps');
	return new Uint8Array(await readFile(join(dir, file)));
};
