// Service-worker registration, update detection and the online/offline state.

import { base } from '$app/paths';
import { dev } from '$app/environment';
import { WARM, WARM_DONE, type WarmDone } from '$lib/offline/shell';
import { readers } from './readers';

let offline = $state(false);
let updateReady = $state(false);
/** How the last warm-up went: null before its answer (or when saving data). */
let warmed = $state<'ready' | 'partial' | null>(null);
let waiting: ServiceWorker | null = null;

export const appStatus = readers(
	{
		offline: () => offline,
		updateReady: () => updateReady,
		/** Every page (but the import readers, and a large corpus's regions) is in the worker's cache. */
		offlineReady: () => warmed === 'ready',
		/** The last warm-up's answer: 'ready' (every page cached), 'partial' (asked again once online), or null. */
		warmed: () => warmed
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
 * When the cache is complete, <html data-offline="ready">; when the worker could not fetch everything (offline,
 * say), <html data-offline="partial"> and it is asked again when the browser is back online (or, online, after a
 * pause: a few times).
 */
function warmWhenIdle() {
	if ((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData) return;
	const ask = () => navigator.serviceWorker.ready.then((reg) => reg.active?.postMessage({ type: WARM }));
	let retries = 0;
	navigator.serviceWorker.addEventListener('message', (e: MessageEvent<Partial<WarmDone> | undefined>) => {
		if (e.data?.type !== WARM_DONE) return;
		warmed = e.data.complete === true ? 'ready' : 'partial';
		document.documentElement.dataset.offline = warmed;
		if (warmed === 'ready') return;
		// offline: ask again once back online; online (a fetch failed, or the worker's network not back yet):
		// again after a pause, a few times
		if (!navigator.onLine) addEventListener('online', () => ask(), { once: true });
		else if (retries < 4) setTimeout(() => ask(), 2000 * ++retries);
	});
	const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(() => ask()) : ask());
	if (document.readyState === 'complete') idle();
	else addEventListener('load', idle, { once: true });
}
