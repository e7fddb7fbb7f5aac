// Export the chart: the SVG as a standalone file, and as a PNG drawn through a canvas. Browser-only (DOM).

/** The SVG as a standalone document: namespaces set, interactive attributes stripped, size explicit. */
export function svgToString(svg: SVGSVGElement): string {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	clone.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
	const { width, height } = size(svg);
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(height));
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

function size(svg: SVGSVGElement): { width: number; height: number } {
	const vb = svg
		.getAttribute('viewBox')
		?.split(/[\s,]+/)
		.map(Number);
	const width = Number(svg.getAttribute('width')) || vb?.[2] || svg.clientWidth || 960;
	const height = Number(svg.getAttribute('height')) || vb?.[3] || svg.clientHeight || 400;
	return { width, height };
}

/** The chart as a PNG, `scale` times its CSS size (2 for sharp print and high-density screens). */
export async function svgToPngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
	const { width, height } = size(svg);
	const url = URL.createObjectURL(new Blob([svgToString(svg)], { type: 'image/svg+xml;charset=utf-8' }));
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
