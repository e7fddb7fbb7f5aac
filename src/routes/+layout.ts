// Every route is prerendered to static HTML; the service worker makes them all work offline.
export const prerender = true;
export const trailingSlash = 'always';
