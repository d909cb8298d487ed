// Service worker. BUILD_ID, APP_DIR and PRECACHE_URLS are prepended by the build.
//
// - install: precache the app shell and first-load files of this build (never lazy chunks);
// - fetch: hashed app files cache-first (they never change), lazy chunks cached when first fetched,
//   navigations network-first with the cached shell as the offline fallback; /api/* is not touched
//   here yet (per-user API caching arrives with the offline work).
const CACHE = `wegwijs-shell-${BUILD_ID}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE_URLS)).then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((key) => key.startsWith("wegwijs-shell-") && key !== CACHE).map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith("/api/")) return;

  if (request.mode === "navigate") {
    event.respondWith(
      fetch(request).catch(() => caches.match("/", { cacheName: CACHE })),
    );
    return;
  }

  // The chosen language's files: network first (they are not content-hashed, and a corrupt copy is
  // refetched with cache: "reload"), cached for offline use.
  if (url.pathname.startsWith("/locales/")) {
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        try {
          const response = await fetch(request);
          if (response.ok) cache.put(request, response.clone());
          return response;
        } catch (error) {
          const cached = await cache.match(request);
          if (cached) return cached;
          throw error;
        }
      }),
    );
    return;
  }

  if (url.pathname.startsWith("/app/")) {
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        const cached = await cache.match(request);
        if (cached) return cached;
        const response = await fetch(request);
        if (response.ok) cache.put(request, response.clone());
        return response;
      }),
    );
    return;
  }

  event.respondWith(
    caches.match(request, { cacheName: CACHE }).then((cached) => cached || fetch(request)),
  );
});
