/**
 * The service worker: after the first load the app works with the network cut. It precaches the
 * app's own build files (the list is written in at build time, see src/offline/precache-plugin.ts)
 * and serves them; page navigations try the network first and fall back to the cached page. It
 * never caches or sends anything else: only same-origin GET requests for the app's files are
 * answered from the cache, everything else passes through untouched. The person's data lives in
 * IndexedDB and never goes through here.
 */
/** Written in by the build: the app's files, relative to the worker's scope. */
declare const __SHEQU_PRECACHE__: readonly string[];
/** Written in by the build: changes whenever any file changes, so an update replaces the cache. */
declare const __SHEQU_VERSION__: string;

const sw = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'shequ-compare-';
const CACHE = `${PREFIX}${__SHEQU_VERSION__}`;
const scoped = (path: string): string => new URL(path, sw.registration.scope).href;
const PRECACHED = new Set(__SHEQU_PRECACHE__.map(scoped));

sw.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...PRECACHED])).then(() => sw.skipWaiting()));
});

sw.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    await sw.clients.claim();
  })());
});

sw.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== sw.location.origin) return;
  if (req.mode === 'navigate') {
    // The page itself: fresh when online (a new build), the cached copy when offline.
    event.respondWith(fetch(req).catch(async () => (await caches.match(scoped('./'), { cacheName: CACHE })) ?? Response.error()));
    return;
  }
  const url = new URL(req.url);
  url.search = '';
  url.hash = '';
  if (!PRECACHED.has(url.href)) return;
  event.respondWith(caches.match(url.href, { cacheName: CACHE }).then((hit) => hit ?? fetch(req)));
});
