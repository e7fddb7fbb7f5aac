#!/usr/bin/env node
// Before the end-to-end tests: make sure a Chromium is there (Playwright cannot download its own browser
// here). Uses CHROME_PATH or Debian's /usr/bin/chromium; when neither exists, installs Debian's `chromium`
// where it can (root with apt-get), and otherwise stops at once with the exact command to run.
import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';

const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';

function executable(p) {
	try {
		accessSync(p, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

if (executable(path)) process.exit(0);

if (process.env.CHROME_PATH) {
	console.error(
		`CHROME_PATH is set to ${path}, which is not an executable file. Fix CHROME_PATH or unset it.`
	);
	process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
const command = 'apt-get update && apt-get install -y chromium';

if (!isRoot || !hasApt) {
	console.error(
		`No Chromium at ${path}. The end-to-end tests need one. Run:\n\n  sudo ${command}\n\n` +
			'or point CHROME_PATH at a Chromium or Chrome executable, then run the tests again.'
	);
	process.exit(1);
}

console.log(`No Chromium at ${path}: installing Debian's chromium (${command})`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [
	['update', '-qq'],
	['install', '-y', '-qq', 'chromium']
]) {
	const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
	if (r.status !== 0) {
		console.error(`apt-get ${args.join(' ')} failed (exit ${r.status}). Run "${command}" by hand.`);
		process.exit(1);
	}
}
if (!executable(path)) {
	console.error(`apt-get installed chromium, but ${path} is still missing. Set CHROME_PATH.`);
	process.exit(1);
}
