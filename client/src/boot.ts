/**
 * The page's only script tag. The server sends every view already drawn with its data, so the
 * app's code (React, the views, the data layer) is asked for only once that first paint is on
 * screen: on a slow phone its download and start-up would otherwise compete with the first
 * paint for the network and the processor. requestAnimationFrame runs just before the next
 * paint; the timeout inside it, just after.
 */
// Zod (the shared model's validation) tests once whether `new Function` works, which the CSP
// forbids and browsers report. It reads this global when its first module loads, so it is set
// here, before any chunk that bundles Zod is evaluated.
(globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig = { jitless: true };

const start = () => void import("./main");

if (typeof requestAnimationFrame === "function" && document.visibilityState === "visible") {
  requestAnimationFrame(() => setTimeout(start, 0));
} else {
  // A tab opened in the background paints nothing (and runs no animation frames) until it is shown.
  start();
}
