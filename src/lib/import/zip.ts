// Unpacking a .docx (a ZIP archive) without letting a hostile one exhaust memory: the entries are counted,
// only the XML parts are unpacked, each within a size cap taken from the archive's directory. fflate never
// writes past the size an entry declares, so a lying directory yields a truncated part (which then fails to
// parse), not a bomb. Pure.

import { failure } from './failures';
import { ImportError, LIMITS } from './types';

export type ZipParts = Record<string, Uint8Array>;

const damaged = () => failure('damagedZip');

const tooBig = (what: { zh: string; en: string }) =>
	new ImportError('zipLimits', {
		zh: `拒绝解开这个文件：${what.zh}。正常的 Word 文件不会如此。`,
		en: `Refused to unpack this file: ${what.en}. An ordinary Word file is nothing like it.`
	});

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
					state.hit ??= tooBig({
						zh: `其中有超过 ${LIMITS.zipEntries} 个条目`,
						en: `it has more than ${LIMITS.zipEntries} entries`
					});
				if (state.hit || !/\.(xml|rels)$/iu.test(f.name)) return false;
				if (f.originalSize > LIMITS.zipPartBytes)
					state.hit = tooBig({
						zh: `其中“${f.name}”解开后超过 ${LIMITS.zipPartBytes / 1024 / 1024} MB`,
						en: `"${f.name}" unpacks to more than ${LIMITS.zipPartBytes / 1024 / 1024} MB`
					});
				total += f.originalSize;
				if (total > LIMITS.zipTotalBytes)
					state.hit ??= tooBig({
						zh: `其文字部分解开后超过 ${LIMITS.zipTotalBytes / 1024 / 1024} MB`,
						en: `its text parts unpack to more than ${LIMITS.zipTotalBytes / 1024 / 1024} MB`
					});
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
