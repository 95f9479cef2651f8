import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const script = (modulePath: string): string => readFileSync(require.resolve(modulePath), "utf8");

/**
 * Cytoscape alone: the same library build the client bundles, the same fcose layout with the
 * options client/src/graph/layouts.ts uses for a large graph without animation (the app runs
 * under prefers-reduced-motion here), labels on, and nothing else — no React, no GraphQL.
 * The page fetches its elements as JSON, as the app fetches its GraphQL answer.
 * Query `?webgl=1` switches on Cytoscape's WebGL renderer (3.31+).
 */
export function barePageHtml(): string {
  const libs = [
    "cytoscape/dist/cytoscape.min.js",
    "layout-base/layout-base.js",
    "cose-base/cose-base.js",
    "cytoscape-fcose/cytoscape-fcose.js",
  ]
    .map((m) => `<script>${script(m)}</script>`)
    .join("\n");
  return `<!doctype html><html><head><meta charset="utf-8"><title>bare cytoscape</title>
<style>html,body,#cy{margin:0;width:100%;height:100%}</style>${libs}</head>
<body><div id="cy"></div><script>
(async () => {
  const webgl = new URLSearchParams(location.search).get("webgl") === "1";
  const elements = await (await fetch("/elements.json")).json();
  const nodeCount = elements.filter((e) => !e.data.source).length;
  const cy = cytoscape({
    container: document.getElementById("cy"),
    elements,
    style: [
      { selector: "node", style: { label: "data(label)", "font-size": 10, width: 24, height: 24 } },
      { selector: "edge", style: { width: 1, "curve-style": "bezier", "target-arrow-shape": "triangle" } },
    ],
    textureOnViewport: elements.length > 800,
    hideEdgesOnViewport: elements.length > 800,
    ...(webgl ? { renderer: { name: "canvas", webgl: true } } : {}),
  });
  window.cy = cy;
  const large = nodeCount > 80;
  const layout = cy.layout({
    name: "fcose", quality: "proof", randomize: true, animate: false, fit: true, padding: 40,
    nodeDimensionsIncludeLabels: !large, nodeRepulsion: () => (large ? 5000 : 9000),
    idealEdgeLength: () => (large ? 60 : 110), nodeSeparation: large ? 60 : 90, packComponents: true,
  });
  layout.one("layoutstop", () => { window.__benchLayoutDone = true; });
  layout.run();
})();
</script></body></html>`;
}
