// Starts the app: instantiate the wasm module next to this file, mount the app, register the
// service worker (pwa.js, imported first, gives the app its `window.wegwijsPwa`). A module file,
// never inline, so the CSP can forbid inline script.
import init, { run } from "./wegwijs.js";
import { registerServiceWorker } from "./pwa.js";

function showBootFailure() {
  const message = document.createElement("p");
  message.className = "boot-message";
  message.setAttribute("role", "alert");
  message.textContent =
    "Wegwijs could not start on this device. Reload the page; if it keeps failing, ask the staff for help.";
  document.body.append(message);
}

try {
  await init();
  run();
} catch (error) {
  console.error(error);
  showBootFailure();
}

registerServiceWorker();
