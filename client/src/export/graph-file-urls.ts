/** The server's graph files by URL (server/src/graph-files/routes.ts), in the formats it writes. */
export const GRAPH_FILE_FORMATS = [
  { ext: "gexf", label: "GEXF", hint: "Gephi, Gephi Lite (colours, positions)" },
  { ext: "graphml", label: "GraphML", hint: "Gephi, Cytoscape desktop, yEd" },
  { ext: "json", label: "JSON", hint: "nodes and links, with the graph version" },
] as const;

export type GraphFileExt = (typeof GRAPH_FILE_FORMATS)[number]["ext"];

/** Where Gephi Lite runs; it opens a remote file given as `?file=<URL>` (its Initialize.tsx). */
export const GEPHI_LITE = "https://gephi.org/gephi-lite/";

/** The file of the view at `viewUrl` (path and query), on `base` (empty: this site). */
export function viewFileUrl(viewUrl: string, ext: GraphFileExt, base = ""): string {
  return `${base}/exports/view.${ext}?url=${encodeURIComponent(viewUrl)}`;
}

/**
 * Gephi Lite opening the view's GEXF by URL. Gephi Lite takes the format from the text after the
 * URL's last "/" and last "." — here the encoded view URL — so a fragment naming the file ends
 * it in `.gexf`; fetch() never sends a fragment, so the server sees the plain file URL.
 */
export function gephiLiteUrl(viewUrl: string, origin: string): string {
  return `${GEPHI_LITE}?file=${encodeURIComponent(`${viewFileUrl(viewUrl, "gexf", origin)}#view.gexf`)}`;
}
