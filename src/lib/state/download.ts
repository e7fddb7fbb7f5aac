// Save generated text as a file the user downloads (works offline: no server round trip).
export function downloadText(filename: string, text: string, mime: string) {
	downloadBlob(filename, new Blob([text], { type: mime }));
}

/** Save a generated file (a Word document) the user downloads. */
export function downloadBlob(filename: string, blob: Blob) {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
