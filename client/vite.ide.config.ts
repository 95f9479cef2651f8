import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * The GraphQL IDE (graphiql.html, GraphiQL with the Monaco editor), built apart from the
 * explorer into the same outDir — after it, as `npm run build` does — with its files under
 * assets/ide/. A build of its own leaves the explorer's bundle exactly as it was; the server
 * shows the page at GET /graphql to browsers (server/src/http/graphiql.ts).
 */
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    // The explorer's build has just filled outDir; keep it.
    emptyOutDir: false,
    assetsDir: "assets/ide",
    sourcemap: false,
    // Monaco is large; only this page loads it.
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: "graphiql.html",
      onwarn(warning, warn) {
        // GraphiQL's React Compiler output marks modules "use no memo"; bundling drops the marker harmlessly.
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
    },
  },
  worker: { format: "es" },
});
