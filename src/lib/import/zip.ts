// Unpacking a .docx (a ZIP archive) without letting a hostile one exhaust memory: the entries are counted,
// only the XML parts are unpacked, each within a size cap taken from the archive's directory. fflate never
// writes past the size an entry declares, so a lying directory yields a truncated part (which then fails to
// parse), not a bomb. Pure. What it says is the app's own words (Paraglide `importerr_*` messages).

import { failure } from './failures';
import { m } from '$lib/paraglide/messages';
import { said, type Words } from '$lib/rules/words';
import { ImportError, LIMITS } from './types';

export type ZipParts = Record<string, Uint8Array>;

const damaged = () => failure('damagedZip');

const tooBig = (what: Words) => new ImportError('zipLimits', said(m.importerr_zip_limits, { what }));

/** The archive's XML parts (`.xml` and `.rels`), unpacked within LIMITS; images and embedded files are skipped. */
export async function unzipXmlParts(bytes: Uint8Array): Promise<{ parts: ZipParts; names: string[] }> {
	const { unzipSync } = await import('fflate');
	const names: string[] = [];
	let total = 0;
	const state: { hit: ImportError | null } = { hit: null };
	let parts: ZipParts;
	try {
		parts = unzipSync(bytes, {
			filter: (f) => {
				names.push(f.name);
				if (names.length > LIMITS.zipEntries)
					state.hit ??= tooBig(said(m.importerr_zip_entries, { limit: LIMITS.zipEntries }));
				if (state.hit || !/\.(xml|rels)$/iu.test(f.name)) return false;
				if (f.originalSize > LIMITS.zipPartBytes)
					state.hit = tooBig(
						said(m.importerr_zip_part, { name: f.name, mb: LIMITS.zipPartBytes / 1024 / 1024 })
					);
				total += f.originalSize;
				if (total > LIMITS.zipTotalBytes)
					state.hit ??= tooBig(said(m.importerr_zip_total, { mb: LIMITS.zipTotalBytes / 1024 / 1024 }));
				return !state.hit;
			}
		});
	} catch {
		throw state.hit ?? damaged();
	}
	if (state.hit) throw state.hit;
	return { parts, names };
}

/** Pack parts again (stored, not compressed), for a reader that wants a whole archive. */
export async function rezip(parts: ZipParts): Promise<Uint8Array> {
	const { zipSync } = await import('fflate');
	return zipSync(parts, { level: 0 });
}
