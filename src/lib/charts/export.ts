// Export the chart: the SVG as a standalone file, and as a PNG drawn through a canvas. Browser-only (DOM).

const SVG_NS = 'http://www.w3.org/2000/svg';
const HEADING_LINE = 20;

/**
 * The SVG as a standalone document: namespaces set, interactive attributes stripped, size explicit. `heading`
 * lines (a title, then e.g. the signing date and the regions) are written above the chart, so a file lifted
 * into a briefing says what it shows; the chart's own legend stays below it.
 */
export function svgToString(svg: SVGSVGElement, heading: readonly string[] = []): string {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	clone.setAttribute('xmlns', SVG_NS);
	clone.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
	const { width, height } = size(svg, heading);
	const top = headingHeight(heading);
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(height));
	if (top) {
		clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
		const body = clone.ownerDocument.createElementNS(SVG_NS, 'g');
		body.setAttribute('transform', `translate(0,${top})`);
		const defs = [...clone.children].filter((c) => c.tagName.toLowerCase() === 'defs');
		for (const child of [...clone.childNodes]) if (!defs.includes(child as Element)) body.appendChild(child);
		const head = clone.ownerDocument.createElementNS(SVG_NS, 'g');
		head.setAttribute('class', 'export-heading');
		const bg = clone.ownerDocument.createElementNS(SVG_NS, 'rect');
		for (const [k, v] of Object.entries({ width, height: top, fill: '#ffffff' }))
			bg.setAttribute(k, String(v));
		head.appendChild(bg);
		heading.forEach((line, i) => {
			const t = clone.ownerDocument.createElementNS(SVG_NS, 'text');
			t.setAttribute('x', '12');
			t.setAttribute('y', String(HEADING_LINE * (i + 1) - 4 + (i ? 2 : 0)));
			t.setAttribute('font-size', i ? '12' : '16');
			if (!i) t.setAttribute('font-weight', '700');
			t.setAttribute('fill', '#111111');
			t.textContent = line;
			head.appendChild(t);
		});
		clone.appendChild(head);
		clone.appendChild(body);
	}
	for (const el of [clone, ...clone.querySelectorAll('*')]) {
		for (const name of ['tabindex', 'aria-describedby', 'id'].concat(
			[...el.attributes].map((a) => a.name).filter((n) => n.startsWith('data-zoom'))
		)) {
			// keep ids that something in the file refers to (the clip path)
			if (name === 'id' && el.tagName.toLowerCase() === 'clippath') continue;
			el.removeAttribute(name);
		}
	}
	return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(clone);
}

function headingHeight(heading: readonly string[]): number {
	return heading.length ? HEADING_LINE * heading.length + 8 : 0;
}

function size(svg: SVGSVGElement, heading: readonly string[] = []): { width: number; height: number } {
	const vb = svg
		.getAttribute('viewBox')
		?.split(/[\s,]+/)
		.map(Number);
	const width = Number(svg.getAttribute('width')) || vb?.[2] || svg.clientWidth || 960;
	const height = Number(svg.getAttribute('height')) || vb?.[3] || svg.clientHeight || 400;
	return { width, height: height + headingHeight(heading) };
}

/** The chart as a PNG, `scale` times its CSS size (2 for sharp print and high-density screens). */
export async function svgToPngBlob(
	svg: SVGSVGElement,
	scale = 2,
	heading: readonly string[] = []
): Promise<Blob> {
	const { width, height } = size(svg, heading);
	const url = URL.createObjectURL(
		new Blob([svgToString(svg, heading)], { type: 'image/svg+xml;charset=utf-8' })
	);
	try {
		const img = new Image();
		img.decoding = 'async';
		await new Promise<void>((resolve, reject) => {
			img.onload = () => resolve();
			img.onerror = () => reject(new Error('the SVG could not be drawn as an image'));
			img.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('no 2D canvas available');
		ctx.fillStyle = '#ffffff';
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		ctx.scale(scale, scale);
		ctx.drawImage(img, 0, 0, width, height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
