// The page's side of the service worker, as `window.wegwijsPwa` for the wasm app (which calls it
// only where it exists: component tests run without it):
// - `session(accountId)`: who is signed in now, so the worker keeps API reads per person;
// - `noSession()`: the API says nobody is signed in; the worker deletes any person's saved reads;
// - `warm(urls)`: API reads for the worker to fetch and keep for offline use (not shown now);
// - `sessionEnded()`: a signed-in session ended here (sign-out, 401); every saved API read is
//   deleted, by the worker and here directly (in case the worker is busy or not installed);
// - `updateReady`, and the "wegwijs-update-ready" event: a new version is installed and waiting;
// - `applyUpdate()`: activate the waiting version and reload once it controls the page.
const API_CACHES = "wegwijs-api-";

let registration = null;

async function post(message) {
  if (!("serviceWorker" in navigator)) return;
  const ready = await navigator.serviceWorker.ready;
  ready.active?.postMessage(message);
}

async function deleteApiCaches() {
  if (!("caches" in self)) return;
  const keys = await caches.keys();
  await Promise.all(keys.filter((key) => key.startsWith(API_CACHES)).map((key) => caches.delete(key)));
}

const pwa = {
  updateReady: false,
  session(accountId) {
    post({ type: "session", account: accountId }).catch(console.warn);
  },
  noSession() {
    post({ type: "signed-out" }).catch(console.warn);
  },
  warm(urls) {
    post({ type: "warm", urls }).catch(console.warn);
  },
  sessionEnded() {
    post({ type: "signed-out" }).catch(console.warn);
    deleteApiCaches().catch(console.warn);
  },
  applyUpdate() {
    const waiting = registration?.waiting;
    if (!waiting) {
      location.reload();
      return;
    }
    navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
    waiting.postMessage({ type: "skip-waiting" });
  },
};
window.wegwijsPwa = pwa;

function announceUpdate() {
  if (pwa.updateReady) return;
  pwa.updateReady = true;
  window.dispatchEvent(new Event("wegwijs-update-ready"));
}

// Only an update waits: on the first install there is no controller yet and the worker activates.
function watch(reg) {
  if (reg.waiting && navigator.serviceWorker.controller) announceUpdate();
  reg.addEventListener("updatefound", () => {
    const installing = reg.installing;
    installing?.addEventListener("statechange", () => {
      if (installing.state === "installed" && navigator.serviceWorker.controller) announceUpdate();
    });
  });
  // Phones keep the app open for days: look for a new version whenever it comes back into view.
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") reg.update().catch(() => {});
  });
}

export function registerServiceWorker() {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker
    .register("/sw.js", { scope: "/" })
    .then((reg) => {
      registration = reg;
      watch(reg);
    })
    .catch((error) => console.warn("service worker not registered", error));
}
