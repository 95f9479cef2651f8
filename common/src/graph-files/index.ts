export type { GraphFileEdge, GraphFileNode } from "./types.js";
export { xmlEscape } from "./xml.js";
export { toGraphML } from "./graphml.js";
export { toNodeLinkJson, type NodeLinkMeta } from "./node-link-json.js";
