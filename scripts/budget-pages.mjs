// The pages bench/budgets.json holds a ceiling for, as routes: its reader key stands for the first rule region's
// reader page, whichever regions the tree holds. Read by the byte budgets and by the scale bench.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleRegionFolders } from './packs/tree.mjs';

/** The key of the reader page in bench/budgets.json. */
export const READER_KEY = '/regions/<first>/';

/** [key, route] for every page with a ceiling in `root`'s bench/budgets.json, in the file's order. */
export function budgetedPages(root) {
	const budgets = JSON.parse(readFileSync(join(root, 'bench/budgets.json'), 'utf8'));
	const reader = `/regions/${ruleRegionFolders(root)[0]}/`;
	return Object.keys(budgets.routes).map((key) => [key, key === READER_KEY ? reader : key]);
}
