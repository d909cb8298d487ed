// Applies the remembered text size and contrast to <html> before the first paint, so a person who
// needs large text or high contrast never sees the page in the default look first. A classic,
// blocking script file in <head> (the CSP forbids inline script). Keys and values are those of
// shared/src/display.rs (xtask's tests check that they agree); the settings page writes them.
(function () {
  try {
    var html = document.documentElement;
    var size = localStorage.getItem("wegwijs.text-size");
    if (size === "large" || size === "larger") html.setAttribute("data-text-size", size);
    if (localStorage.getItem("wegwijs.contrast") === "high") html.setAttribute("data-contrast", "high");
  } catch (blocked) {
    // Storage blocked: the default look, and the settings page says the choice cannot be kept.
  }
})();
