// The time-zone matrix: legal dates are calendar dates, the same in every zone. `npm run test:unit` runs the
// whole unit suite once under Asia/Shanghai; this runs the date-sensitive test files again under UTC,
// America/New_York (west of UTC: a UTC midnight is the day before) and Europe/Berlin (daylight saving inside
// a 30-day period), one vitest process per zone, and fails when any zone fails.
//
//   node scripts/unit-tz.mjs                       # the three zones
//   node scripts/unit-tz.mjs America/New_York      # one zone
//   TZ_FILES="src/lib/rules" node scripts/unit-tz.mjs

import { spawnSync } from 'node:child_process';

/** The files whose answers depend on date arithmetic (the README's "Time zones" paragraph lists them). */
export const DATE_SENSITIVE = [
	'src/lib/rules/',
	'src/lib/machines/',
	'src/lib/timeline/',
	'src/lib/scenario/',
	'src/lib/charts/timeline-layout.test.ts',
	'src/lib/drafts/timeline.test.ts',
	'src/lib/drafts/simulate.test.ts',
	'src/lib/drafts/validate.test.ts',
	'src/lib/eligibility/',
	'src/lib/training/',
	'src/lib/regions/',
	'src/lib/components/Validity.svelte.test.ts'
];

const ZONES = ['UTC', 'America/New_York', 'Europe/Berlin'];

const zones = process.argv.slice(2).length ? process.argv.slice(2) : ZONES;
const files = process.env.TZ_FILES ? process.env.TZ_FILES.split(/\s+/).filter(Boolean) : DATE_SENSITIVE;

const failed = [];
const times = [];
for (const zone of zones) {
	const t0 = Date.now();
	console.log(`\n── TZ=${zone} ──`);
	const r = spawnSync('npx', ['vitest', 'run', '--reporter=dot', ...files], {
		stdio: 'inherit',
		env: { ...process.env, TZ: zone }
	});
	const s = ((Date.now() - t0) / 1000).toFixed(0);
	times.push(`${zone} ${s} s`);
	if (r.status !== 0) failed.push(zone);
}
console.log(`\nzone matrix: ${times.join(', ')}`);
if (failed.length) {
	console.error(`date-sensitive tests failed under: ${failed.join(', ')}`);
	process.exit(1);
}
