// Service-worker registration, update detection and the online/offline state.

import { base } from '$app/paths';
import { dev } from '$app/environment';

let offline = $state(false);
let updateReady = $state(false);
let waiting: ServiceWorker | null = null;

export const appStatus = {
	get offline() {
		return offline;
	},
	get updateReady() {
		return updateReady;
	},
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
};
