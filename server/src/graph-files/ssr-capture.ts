import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { SsrEntry, ViewGraph } from "@rrn/common/ssr-entry";

export type { ViewGraph };
/** What graph files use of the client's server-side build (client/dist-ssr/entry-server.mjs). */
export type CaptureEntry = Pick<SsrEntry, "captureView" | "graphViewOf" | "canonicalQuery">;

/** The build is looked at again at most this often, so a rebuilt client's views are the ones exported. */
const BUILD_CHECK_MS = 1000;

/**
 * The client's server-side build, which maps a view URL to the view's own queries and hands
 * back what it draws (client/src/prerender/capture-view.tsx). Undefined when there is no such
 * build (a client built before it existed, or none).
 */
export function captureEntry(clientDist: string): (() => Promise<CaptureEntry>) | undefined {
  const file = path.join(`${path.resolve(clientDist)}-ssr`, "entry-server.mjs");
  if (!existsSync(file)) return undefined;
  // A new URL per build: Node keeps every module it imported by URL.
  const load = (mtimeMs: number) => import(`${pathToFileURL(file).href}?build=${mtimeMs}`) as Promise<CaptureEntry>;
  let mtimeMs = statSync(file).mtimeMs;
  let current = load(mtimeMs);
  let checkedAt = Date.now();
  return () => {
    const now = Date.now();
    if (now - checkedAt >= BUILD_CHECK_MS) {
      checkedAt = now;
      const stamp = existsSync(file) ? statSync(file).mtimeMs : mtimeMs;
      if (stamp !== mtimeMs) {
        mtimeMs = stamp;
        const previous = current;
        current = load(stamp).catch(() => previous);
      }
    }
    return current;
  };
}
