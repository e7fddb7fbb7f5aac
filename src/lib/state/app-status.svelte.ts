// Service-worker registration, update detection and the online/offline state.

import { base } from '$app/paths';
import { dev } from '$app/environment';
import { WARM, WARM_DONE } from '$lib/offline/shell';
import { readers } from './readers';

let offline = $state(false);
let updateReady = $state(false);
let offlineReady = $state(false);
let waiting: ServiceWorker | null = null;

export const appStatus = readers(
	{
		offline: () => offline,
		updateReady: () => updateReady,
		/** Every page (but the import readers, and a large corpus's regions) is in the worker's cache. */
		offlineReady: () => offlineReady
	},
	{
		start() {
			offline = !navigator.onLine;
			addEventListener('online', () => (offline = false));
			addEventListener('offline', () => (offline = true));
			if (!('serviceWorker' in navigator)) return;
			navigator.serviceWorker
				.register(`${base}/service-worker.js`, { type: dev ? 'module' : 'classic' })
				.then((reg) => {
					const track = (sw: ServiceWorker | null) => {
						if (!sw) return;
						const check = () => {
							if (sw.state === 'installed' && navigator.serviceWorker.controller) {
								waiting = sw;
								updateReady = true;
							}
						};
						check();
						sw.addEventListener('statechange', check);
					};
					track(reg.waiting);
					reg.addEventListener('updatefound', () => track(reg.installing));
					warmWhenIdle();
				})
				.catch((err) => {
					// no service worker (private mode, file://): the app still works online, not offline
					console.warn('service worker not registered:', err);
				});
		},
		applyUpdate() {
			if (!waiting) return location.reload();
			navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
			waiting.postMessage({ type: 'SKIP_WAITING' });
		}
	}
);

/**
 * The worker installs only the shell ($lib/offline/shell); once this page has loaded and the browser is idle,
 * ask it to fetch the rest — unless the user asked the browser to save data (then pages are cached as visited).
 * When it is done, <html data-offline="ready">.
 */
function warmWhenIdle() {
	if ((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData) return;
	navigator.serviceWorker.addEventListener('message', (e) => {
		if (e.data?.type !== WARM_DONE) return;
		offlineReady = true;
		document.documentElement.dataset.offline = 'ready';
	});
	const ask = () => navigator.serviceWorker.ready.then((reg) => reg.active?.postMessage({ type: WARM }));
	const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(() => ask()) : ask());
	if (document.readyState === 'complete') idle();
	else addEventListener('load', idle, { once: true });
}
