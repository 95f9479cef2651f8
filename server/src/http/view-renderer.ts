import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { SsrEntry } from "@rrn/common/ssr-entry";
import type { Logger } from "../logger.js";
import type { PageBodies, PageBody } from "./html-shell.js";

/** What this module uses of the client's server-side build (client/dist-ssr/entry-server.mjs). */
type RenderEntry = Pick<SsrEntry, "renderView" | "canonicalQuery">;

/** Past this a render is abandoned and the page not kept: a view's answers normally take milliseconds. */
const RENDER_TIMEOUT_MS = 15_000;
/**
 * Renders at once; a page asked for beyond this gets the frame (the app fetches its data), not
 * kept, so a flood of distinct URLs costs the server no more than this many renders at a time.
 */
const MAX_CONCURRENT_RENDERS = 4;
/** The build is looked at again at most this often, so a rebuild's components render its pages. */
const BUILD_CHECK_MS = 1000;
/** Personal (a curator's queue) or the IDE: the frame only. */
const NOT_RENDERED = /^\/(curate|graphiql)(\/|$)/;

/**
 * Every view rendered on the server with its data, by the client's own components (its
 * server-side build, written by the client's build beside client/dist): the markup goes into
 * `#root`, the answers it used into the page for hydration, so the first view sends no GraphQL
 * request. The components ask the API through this server's own /graphql (`origin()`), so their
 * answers come from the response cache and, while the database is away, its stale copies.
 *
 * Undefined when there is no server-side build (a client built before it existed).
 */
export async function viewRenderer(
  clientDist: string,
  origin: () => string | undefined,
  logger: Logger,
): Promise<PageBodies | undefined> {
  // The client's build leaves it beside its output folder: client/dist → client/dist-ssr.
  const file = path.join(`${path.resolve(clientDist)}-ssr`, "entry-server.mjs");
  if (!existsSync(file)) return undefined;
  // A new URL per build: Node keeps every module it imported by URL.
  const load = (mtimeMs: number) => import(`${pathToFileURL(file).href}?build=${mtimeMs}`) as Promise<RenderEntry>;
  let mtimeMs = statSync(file).mtimeMs;
  let latest = load(mtimeMs);
  let current = await latest;
  let checkedAt = Date.now();
  /**
   * The build's module for page keys (synchronous: the fast path asks), swapped for a rebuilt one
   * once that has loaded; renders wait for the rebuilt one (`latest`).
   */
  const ssr = (): RenderEntry => {
    const now = Date.now();
    if (now - checkedAt >= BUILD_CHECK_MS) {
      checkedAt = now;
      const stamp = existsSync(file) ? statSync(file).mtimeMs : mtimeMs;
      if (stamp !== mtimeMs) {
        mtimeMs = stamp;
        const previous = current;
        latest = load(stamp).then(
          (next) => (current = next),
          (err: unknown) => {
            logger.warn({ err, file }, "the rebuilt server-side client could not be loaded");
            return previous;
          },
        );
      }
    }
    return current;
  };
  let running = 0;

  return {
    queryKey: (page) => ssr().canonicalQuery(page.query),
    render: async (page): Promise<PageBody | undefined> => {
      if (NOT_RENDERED.test(page.path)) return undefined;
      const base = origin();
      if (!base) return undefined;
      if (running >= MAX_CONCURRENT_RENDERS) return { keep: false };
      running += 1;
      try {
        ssr();
        const entry = await latest;
        // Identity: an answer from this process to itself gains nothing from compression, and
        // fetch would otherwise ask for it (and inflate every answer on this thread).
        const fetchImpl: typeof fetch = (input, init) => {
          const headers = new Headers(init?.headers);
          headers.set("accept-encoding", "identity");
          return fetch(new URL(input instanceof Request ? input.url : String(input), base), { ...init, headers });
        };
        const started = performance.now();
        const view = await entry.renderView(page.path, page.query, fetchImpl, AbortSignal.timeout(RENDER_TIMEOUT_MS));
        const url = view.data.url;
        // An answer it needed failed: the page would show an error state; not to be kept.
        if (view.failed) throw new Error(`rendering ${url}: an API answer failed`);
        logger.debug({ url, ms: Math.round(performance.now() - started) }, "view rendered");
        return { root: view.html, head: view.head, data: view.data };
      } finally {
        running -= 1;
      }
    },
  };
}
