// RFC 4180 CSV, with a byte-order mark so Excel opens Chinese text correctly.

export function csvCell(v: string | number | boolean | null | undefined): string {
	const s = v === null || v === undefined ? '' : String(v);
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
	const lines = [header, ...rows].map((r) => r.map((c) => csvCell(c as string)).join(','));
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
