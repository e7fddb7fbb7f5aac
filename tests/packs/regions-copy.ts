// The set-up the pack-check tests share: a copy of src/lib/regions in a temporary folder where one folder is
// real (a copy of its files, for a test to alter) and every other folder is a link to the shipped one, and the
// message the build's pack check gives for a file of it.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createPackValidator } from '../../scripts/packs/plugin';

export const REGIONS = join(process.cwd(), 'src/lib/regions');

/**
 * Copies of the regions folder for one test file, each with `folder` its own (its files copied, so a test
 * may alter them) and the rest linked; all removed after the file's tests.
 */
export function regionsCopies(name: string): (folder: string) => string {
	const tmp = mkdtempSync(join(tmpdir(), `pdao-${name}-`));
	afterAll(() => rmSync(tmp, { recursive: true, force: true }));
	return (folder) => {
		const dir = mkdtempSync(join(tmp, 'r-'));
		for (const e of readdirSync(REGIONS, { withFileTypes: true }))
			if (e.isDirectory() && e.name !== folder) symlinkSync(join(REGIONS, e.name), join(dir, e.name));
		mkdirSync(join(dir, folder));
		for (const f of readdirSync(join(REGIONS, folder), { withFileTypes: true }))
			if (f.isFile()) copyFileSync(join(REGIONS, folder, f.name), join(dir, folder, f.name));
		return dir;
	};
}

/**
 * The build's pack check over the regions copy `dir`: what it says of a file, or null when the file loads. One
 * checker keeps the texts it has split, so the files of one copy can be checked again after each change.
 */
export function packChecker(dir: string): (file: string) => string | null {
	const validator = createPackValidator(dir);
	return (file) => {
		try {
			validator.load(join(dir, file));
			return null;
		} catch (e) {
			return (e as Error).message;
		}
	};
}

/** What the build's pack check says of `file` in the regions copy `dir`, or null when it loads. */
export const packMessage = (dir: string, file: string): string | null => packChecker(dir)(file);
