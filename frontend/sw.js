// Service worker. BUILD_ID, APP_DIR and PRECACHE_URLS are prepended by the build.
//
// - install: precache the app shell and first-load files of this build (never lazy chunks). The very
//   first install activates at once; a later version waits until the page's "reload" button asks
//   for it (message "skip-waiting"), so a running page never gets files from two versions;
// - fetch: hashed app files cache-first (they never change), lazy chunks cached when first fetched,
//   navigations network-first with the cached shell as the offline fallback;
// - GET /api/*: network first, the last good answer as the offline fallback, kept in a cache per
//   person (see "API reads" below).
const CACHE = `wegwijs-shell-${BUILD_ID}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE_URLS))
      .then(() => {
        if (!self.registration.active) return self.skipWaiting();
      }),
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

// ---- API reads ----------------------------------------------------------------------------------
// Whose reads are cached is the "scope": "anonymous" while nobody is signed in, otherwise "u-" and a
// salted SHA-256 of the account id (the salt is random per device, so a cache name does not reveal
// who used the device). A sign-in door's answer switches the scope before the page even sees it (and
// is saved as that person's GET /api/session, so the app opens signed in offline); the page also
// announces the account after every session load, and a sign-out or an ended session deletes every
// saved read. Only one person's cache exists at a time, and the scope is kept in META so it survives
// this worker being stopped between events. Until the first announcement nothing is cached.
const API_PREFIX = "wegwijs-api-";
const ANONYMOUS = "anonymous";
const META = "wegwijs-meta";
const SCOPE_KEY = "/__wegwijs/api-scope";
const SALT_KEY = "/__wegwijs/api-salt";
// Sign-in doors: their answer is the new session. Their requests are never cached.
const DOORS = ["/api/auth/activate", "/api/auth/resident-sign-in", "/api/auth/staff-sign-in", "/api/auth/invite/complete"];
const EXITS = ["/api/auth/sign-out", "/api/auth/sign-out-all"];
// Reads never cached: secrets in the address (invitation look-ups) or state that must be live.
const NOT_CACHED = ["/api/auth/", "/api/health", "/api/client-errors"];
// Marks a saved answer (served only when the network fails), with the time it was saved.
const SAVED_AT = "x-wegwijs-saved-at";

let scope; // undefined: not read from META yet; null: nothing cached

async function currentScope() {
  if (scope === undefined) {
    const saved = await (await caches.open(META)).match(SCOPE_KEY);
    const text = saved ? await saved.text() : "";
    if (scope === undefined) scope = text || null;
  }
  return scope;
}

async function setScope(next) {
  scope = next;
  await (await caches.open(META)).put(SCOPE_KEY, new Response(next ?? ""));
}

async function deviceSalt() {
  const meta = await caches.open(META);
  const saved = await meta.match(SALT_KEY);
  if (saved) return saved.text();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const salt = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  await meta.put(SALT_KEY, new Response(salt));
  return salt;
}

async function scopeFor(accountId) {
  const data = new TextEncoder().encode(`${await deviceSalt()}:${accountId}`);
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", data));
  return `u-${Array.from(digest.slice(0, 16), (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

async function deleteApiCaches(keep) {
  const keys = await caches.keys();
  await Promise.all(
    keys.filter((key) => key.startsWith(API_PREFIX) && key !== keep).map((key) => caches.delete(key)),
  );
}

/** This person's reads from now on; anyone else's saved reads are deleted. */
async function switchTo(accountId) {
  const next = await scopeFor(accountId);
  await setScope(next);
  await deleteApiCaches(API_PREFIX + next);
  return next;
}

/** A session ended: every saved read goes (unless nobody was signed in anyway). */
async function signedOut() {
  if ((await currentScope()) === ANONYMOUS) return;
  await setScope(ANONYMOUS);
  await deleteApiCaches(null);
}

function saved(body, headers) {
  const copy = new Headers(headers);
  copy.set(SAVED_AT, new Date().toISOString());
  return new Response(body, { status: 200, headers: copy });
}

function isProblem(response) {
  return (response.headers.get("content-type") || "").startsWith("application/problem+json");
}

async function door(request) {
  const response = await fetch(request);
  if (response.status === 200 && !isProblem(response)) {
    try {
      const view = await response.clone().json();
      if (view && typeof view.account_id === "string") {
        const next = await switchTo(view.account_id);
        const body = JSON.stringify(view);
        const headers = { "content-type": "application/json" };
        await (await caches.open(API_PREFIX + next)).put("/api/session", saved(body, headers));
      }
    } catch (error) {
      console.warn("sign-in answer not read", error);
    }
  }
  return response;
}

async function exit(request) {
  const response = await fetch(request);
  // 401: the session had ended already, which is what the person wanted.
  if (response.status === 200 || response.status === 401) await signedOut();
  return response;
}

async function apiRead(request) {
  const readScope = await currentScope();
  try {
    const response = await fetch(request);
    // Only good answers, and only if the person did not change while this one was on its way.
    if (readScope && response.status === 200 && !isProblem(response) && (await currentScope()) === readScope) {
      const copy = saved(await response.clone().blob(), response.headers);
      await (await caches.open(API_PREFIX + readScope)).put(request, copy);
    }
    return response;
  } catch (error) {
    if (readScope) {
      const cache = await caches.open(API_PREFIX + readScope);
      const cached = await cache.match(request, { ignoreVary: true });
      if (cached) return cached;
    }
    throw error;
  }
}

self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type === "skip-waiting") {
    self.skipWaiting();
  } else if (data.type === "session" && typeof data.account === "string") {
    event.waitUntil(switchTo(data.account));
  } else if (data.type === "signed-out") {
    event.waitUntil(signedOut());
  } else if (data.type === "warm" && Array.isArray(data.urls)) {
    // Reads the page does not need now but will offline (the home asks for My centre and the
    // activities): fetched and kept like any read. From here, not the page, so a read that fails
    // is nobody's console error; without this worker nothing would be kept anyway.
    const urls = data.urls.filter((url) => typeof url === "string" && url.startsWith("/api/"));
    // A module's pictures (`/learning/…`), so its lessons show them offline.
    const media = data.urls.filter((url) => typeof url === "string" && url.startsWith(MEDIA_PATH));
    event.waitUntil(
      Promise.all([
        ...urls.map((url) => apiRead(new Request(url)).catch(() => {})),
        ...media.map((url) => mediaRead(new Request(url)).catch(() => {})),
      ]),
    );
  }
});

// ---- learning media -----------------------------------------------------------------------------
// Pictures and recordings of learning modules (`public/learning/…`): the same for everyone, so one
// cache outside the per-person ones; network first (a trainer may replace a picture), the saved
// copy offline. Range requests (audio seeking) go to the network only.
const MEDIA = "wegwijs-learning-media";
const MEDIA_PATH = "/learning/";

async function mediaRead(request) {
  const cache = await caches.open(MEDIA);
  try {
    const response = await fetch(request);
    if (response.status === 200) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request);
    if (cached) return cached;
    throw error;
  }
}

// ---- fetch --------------------------------------------------------------------------------------

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (url.pathname.startsWith("/api/")) {
    if (request.method === "POST" && DOORS.includes(url.pathname)) {
      event.respondWith(door(request));
      return;
    }
    if (request.method === "POST" && EXITS.includes(url.pathname)) {
      event.respondWith(exit(request));
      return;
    }
    if (request.method !== "GET" || NOT_CACHED.some((prefix) => url.pathname.startsWith(prefix))) return;
    event.respondWith(apiRead(request));
    return;
  }
  if (request.method !== "GET") return;

  if (request.mode === "navigate") {
    event.respondWith(
      fetch(request).catch(() => caches.match("/", { cacheName: CACHE })),
    );
    return;
  }

  // The chosen language's files: network first (they are not content-hashed, and a corrupt copy is
  // refetched with cache: "reload"), cached for offline use.
  if (url.pathname.startsWith(MEDIA_PATH) && !request.headers.has("range")) {
    event.respondWith(mediaRead(request));
    return;
  }

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
