import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { routeCards } from "./build/guide-routes.ts";
import { prerender } from "./build/prerender-plugin.ts";

/**
 * Dev: Vite serves the client with hot reload and proxies the API paths to the API server
 * (API_URL, default http://localhost:4000). Build: client/dist, which the API server serves at /,
 * with the first view prerendered into its HTML (build/prerender-plugin.ts).
 */
const apiUrl = process.env.API_URL ?? "http://localhost:4000";

export default defineConfig({
  plugins: [react(), prerender()],
  define: { __GUIDE_CARDS__: JSON.stringify(routeCards()) },
  server: {
    port: Number(process.env.CLIENT_PORT ?? 5173),
    proxy: {
      "/graphql": {
        target: apiUrl,
        // A browser opening /graphql gets the GraphQL IDE from this dev server (with hot
        // reload); the app's own requests go on to the API.
        bypass: (req) => (/\btext\/html\b/.test(req.headers.accept ?? "") ? "/graphiql.html" : undefined),
      },
      "/health": apiUrl,
      "/ready": apiUrl,
    },
  },
  build: {
    outDir: "dist",
    sourcemap: true,
    // Cytoscape is large but needed by every graph view; keep it in its own long-cached chunk.
    chunkSizeWarningLimit: 700,
    // One stylesheet for every view (about 29 kB, 6 kB compressed), linked from the first HTML:
    // the server renders any view into it, and a view's own CSS arriving with its chunk would
    // leave that first paint unstyled, then shift it.
    cssCodeSplit: false,
  },
});
