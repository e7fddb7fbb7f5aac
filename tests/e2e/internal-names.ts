import type { Page } from '@playwright/test';

// What an internal id looks like on screen. Designed so the law and ordinary prose do not trip them:
// - event names: SCREAMING_SNAKE (two or more parts joined by "_"): PUBLISH_CALL, SIGN_AGREEMENT
// - XState's own names: "xstate.after…", "xstate.init"
// - state paths: two or more lowercase identifiers joined by dots, each 3+ letters ("licensed.reporting.due",
//   "applying.review"), not a domain ("www.gov.cn" has a 2-letter part and is matched by neither side)
// - camelCase ids (termExpiry, majorRisk, reportDue), which prose does not use
// - a bare status or result id standing alone after a colon or in a cell ("状态：applying", "评估：pass"); the
//   English words "rejected", "terminated"… end human labels too ("Final review: rejected"), so they are not
//   on this list (the camelCase and dotted patterns catch the machine's own spellings)
export const INTERNAL_NAME_PATTERNS: RegExp[] = [
	/\b[A-Z]{2,}(?:_[A-Z]+)+\b/,
	/xstate\./i,
	/(?<![\w./])(?!www\.)[a-z][a-zA-Z]{2,}(?:\.[a-z][a-zA-Z]{2,})+(?![\w/])/,
	/\b[a-z]+[A-Z][a-zA-Z]*\b/,
	/(?:^|[:：]\s*)(?:pass|fail|majorRisk|applying|licensed)\s*$/m
];

/** Words in the page's visible text that look like internal ids (with every <details> opened). */
export async function internalNames(page: Page): Promise<string[]> {
	await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
	const text = await page.evaluate(() => {
		// the visible text plus accessible names (aria-label), which a screen reader reads out
		const labels = [...document.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label'));
		return [document.body.innerText, ...labels].join('\n');
	});
	const hits: string[] = [];
	for (const line of text.split('\n'))
		for (const re of INTERNAL_NAME_PATTERNS) {
			const m = re.exec(line);
			if (m) hits.push(`${m[0]}  ⟵  ${line.trim().slice(0, 120)}`);
		}
	return hits;
}
