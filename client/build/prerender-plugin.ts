import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import react from "@vitejs/plugin-react";
import { build, type Plugin, type ResolvedConfig } from "vite";

/** What src/prerender/entry-server.tsx exports. */
interface PrerenderEntry {
  renderPath(path: string): string;
  ROUTE_ID: string;
  clientRequests(): Promise<{
    persistedQueries: Record<string, string>;
    preloads: { pattern: string; urls: string[] }[];
  }>;
}

const ROOT = '<div id="root"></div>';

/**
 * After `vite build` has written the browser bundle, renders the real components into the HTML
 * (react-dom/server, from a server-side build of src/prerender/entry-server.tsx) and records what
 * the API client sends. Into the output folder it writes:
 *
 * - index.html: the landing page as the app first draws it (heading, introduction, starting
 *   points, the reserved canvas box), so there is something to read before any JavaScript runs;
 * - shell.html: the frame every other view starts from (header, loading state, footer);
 * - persisted-queries.json: every query the client can send, by the hash it sends instead of the
 *   text, which the API reads at start so even a first hash-only request is answered;
 * - preload.json: per route, the exact GET URLs of the view's first requests, for the server to
 *   put in `<link rel="preload">` tags where it sends a view without its data.
 *
 * Beside the output folder (`<outDir>-ssr/`) it leaves entry-server.mjs, the server-side build itself
 * (every dependency bundled in), which the API server imports to render each view with its data.
 *
 * Every `vite build` does this, so the e2e tests, the benchmark and `npm start` all get it.
 */
export function prerender(): Plugin {
  let config: ResolvedConfig;
  return {
    name: "rrn-prerender",
    apply: "build",
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (config.build.ssr) return;
      const outDir = path.resolve(config.root, config.build.outDir);
      // Beside the output folder (dist → dist-ssr), never inside it where it would be served:
      // the API server imports it to render each view with its data.
      const ssrDir = `${outDir}-ssr`;
      await build({
        configFile: false,
        root: config.root,
        mode: config.mode,
        // The views it imports statically are lazy chunks in the browser build; Rolldown says so.
        logLevel: "error",
        plugins: [react()],
        // The same build-time constants as the browser build (the guide cards), so both draw alike;
        // React's build (production or development) as the browser build's, whatever the server's
        // NODE_ENV: the JSX the React plugin writes needs that build's runtime.
        define: {
          ...config.define,
          "process.env.NODE_ENV": JSON.stringify(config.isProduction ? "production" : "development"),
        },
        // Every dependency inside the bundle: the server's runtime image carries no client packages.
        ssr: { noExternal: true },
        build: {
          ssr: path.join(config.root, "src/prerender/entry-server.tsx"),
          outDir: ssrDir,
          emptyOutDir: true,
          sourcemap: false,
          // One file: a rebuilt bundle imported afresh (server/src/http/view-renderer.ts) must share no module with the old one.
          rollupOptions: { output: { entryFileNames: "entry-server.mjs", inlineDynamicImports: true } },
        },
      });
      const entryUrl = pathToFileURL(path.join(ssrDir, "entry-server.mjs")).href;
      const entry = (await import(entryUrl)) as PrerenderEntry;
      const template = readFileSync(path.join(outDir, "index.html"), "utf8");
      if (!template.includes(ROOT)) throw new Error(`index.html has no ${ROOT} to prerender into`);
      const page = (markup: string) => template.replace(ROOT, `<div id="root">${markup}</div>`);
      writeFileSync(path.join(outDir, "index.html"), page(entry.renderPath("/")));
      // A lazy view suspends on the server, so this is the frame with its loading state.
      writeFileSync(path.join(outDir, "shell.html"), page(entry.renderPath(`/node/${entry.ROUTE_ID}`)));
      const { persistedQueries, preloads } = await entry.clientRequests();
      writeFileSync(path.join(outDir, "persisted-queries.json"), `${JSON.stringify(persistedQueries, null, 2)}\n`);
      writeFileSync(
        path.join(outDir, "preload.json"),
        `${JSON.stringify({ routeId: entry.ROUTE_ID, routes: preloads }, null, 2)}\n`,
      );
      config.logger.info(
        `prerendered index.html and shell.html; ${Object.keys(persistedQueries).length} persisted queries`,
      );
    },
  };
}
