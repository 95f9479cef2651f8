import { GROUP_PADDING, HUB_LABEL, NODE_LABEL, NODE_SIZE_STYLE } from "@rrn/graph-layout";
import type { StylesheetJson } from "./cytoscape-instance";
import { EDGE_TYPE_LOOK, NODE_TYPE_LOOK, SHARED_CONTEXT_EDGE, UNSTATED_EDGE } from "./visual-encoding";

export const FONT_STACK = '"Inter", "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif';

/** Text and the view focus's border. */
export const INK = "#1d2733";

export const NODE_FONT_SIZE = NODE_LABEL.fontSize;
/** Below ~8px on screen a label is noise; hubs (bigger font) keep theirs longest. */
export const MIN_ZOOMED_FONT_SIZE = 7;
/** The selected node's border. */
export const FOCUS_COLOUR = "#0b5cad";
/** The path view's edges and ends. */
export const PATH_COLOUR = "#c2410c";

/**
 * The canvas stylesheet, derived from visual-encoding.ts. Labels sit under the shapes on a
 * translucent white plate and wrap at a fixed width, so they stay legible where edges cross.
 */
export function graphStylesheet(): StylesheetJson {
  const nodeTypeRules: StylesheetJson = Object.entries(NODE_TYPE_LOOK).map(([type, look]) => ({
    selector: `node[type = "${type}"]`,
    style: { "background-color": look.colour, shape: look.shape },
  }));
  const edgeTypeRules: StylesheetJson = Object.entries(EDGE_TYPE_LOOK).map(([type, look]) => ({
    selector: `edge[type = "${type}"]`,
    style: {
      "line-color": look.colour,
      "target-arrow-color": look.colour,
      "target-arrow-shape": look.arrow,
      width: look.width,
      "line-style": look.dash.length ? "dashed" : "solid",
      ...(look.dash.length ? { "line-dash-pattern": look.dash } : {}),
    },
  }));

  return [
    {
      selector: "node",
      style: {
        label: "data(label)",
        "font-family": FONT_STACK,
        "font-size": NODE_FONT_SIZE,
        color: INK,
        "text-valign": "bottom",
        "text-halign": "center",
        "text-margin-y": NODE_LABEL.marginY,
        "text-wrap": "wrap",
        "text-max-width": `${NODE_LABEL.maxWidth}px`,
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.85,
        "text-background-padding": `${NODE_LABEL.padding}px`,
        "text-background-shape": "roundrectangle",
        "border-width": 1.5,
        "border-color": "#ffffff",
        "min-zoomed-font-size": MIN_ZOOMED_FONT_SIZE,
        "transition-property": "opacity",
        "transition-duration": 150,
      },
    },
    // Sized by connections; group boxes (organisation roles, timeline years) have no degree and
    // size to their children, so the mapping is scoped to spare Cytoscape's warning per group.
    {
      selector: "node[degree]",
      // The same mapping as the API's headless layout sizes nodes with (@rrn/graph-layout).
      style: { width: NODE_SIZE_STYLE, height: NODE_SIZE_STYLE },
    },
    ...nodeTypeRules,
    // A view's own colour and caption (the timeline: kind family, and kind and year in words).
    { selector: "node[colour]", style: { "background-color": "data(colour)" } },
    { selector: "node[caption]", style: { label: "data(caption)" } },
    {
      // Hubs (the RRN, the Six Core Strategies, big toolkits) are landmarks: their labels are
      // drawn larger, so they stay readable when a large graph is zoomed out to fit while the
      // rest hide below min-zoomed-font-size instead of piling up.
      selector: "node.hub",
      style: { "font-size": HUB_LABEL.fontSize, "font-weight": "bold", "text-max-width": `${HUB_LABEL.maxWidth}px` },
    },
    // Large graphs: no label until the zoom makes it legible (revealLabels in highlight.ts).
    { selector: "node.quiet", style: { label: "" } },
    {
      selector: "edge",
      style: {
        "curve-style": "bezier",
        "arrow-scale": 0.9,
        opacity: 0.85,
        "font-family": FONT_STACK,
        "font-size": 10,
        color: "#3d4a57",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.9,
        "text-background-padding": "2px",
        "text-rotation": "none",
      },
    },
    ...edgeTypeRules,
    {
      // A link its quote does not state outright (from a title, inferred, general knowledge):
      // fainter, and marked by a hollow circle at its middle, so it reads as weaker by shape too.
      selector: "edge.unstated",
      style: {
        opacity: UNSTATED_EDGE.opacity,
        "mid-target-arrow-shape": UNSTATED_EDGE.marker,
        "mid-target-arrow-fill": "hollow",
        "mid-target-arrow-color": UNSTATED_EDGE.markerColour,
        // Where a label is drawn, it sits just above the middle so the circle stays in view.
        "text-margin-y": -10,
      },
    },
    { selector: "edge.labelled", style: { label: "data(label)" } },
    {
      selector: "edge.bulk",
      style: { "curve-style": "haystack", "haystack-radius": 0, "target-arrow-shape": "none", "line-style": "solid" },
    },
    // Lineage: DESCRIBES / EVALUATES edges sit beside the tree, visibly secondary.
    { selector: "edge.annotation", style: { opacity: 0.6 } },
    {
      // Compound groups (organisation view): a quiet titled box.
      selector: ":parent",
      style: {
        shape: "round-rectangle",
        "background-color": "#f3f5f8",
        "background-opacity": 1,
        "border-color": "#c9d1da",
        "border-width": 1,
        "border-style": "dashed",
        label: "data(label)",
        "text-valign": "top",
        "text-halign": "center",
        "text-margin-y": -4,
        "font-size": 12,
        "font-weight": "bold",
        color: "#3d4a57",
        "text-background-opacity": 0,
        padding: `${GROUP_PADDING}px`,
      },
    },
    { selector: "node.focus", style: { "border-width": 3, "border-color": INK, "font-weight": "bold" } },
    {
      selector: "node:selected",
      style: {
        "border-width": 4,
        "border-color": FOCUS_COLOUR,
        "outline-width": 3,
        "outline-color": "#9cc3e6",
        "outline-offset": 2,
        "font-weight": "bold",
        "z-index": 20,
      },
    },
    { selector: "edge.neighbour-edge", style: { opacity: 1, width: 3, label: "data(label)", "z-index": 10 } },
    { selector: ".faded", style: { opacity: 0.14 } },
    { selector: "edge.faded", style: { label: "" } },
    { selector: "node.path-end", style: { "border-width": 4, "border-color": PATH_COLOUR, "font-weight": "bold" } },
    {
      selector: "edge.on-path",
      style: {
        "line-color": PATH_COLOUR,
        "target-arrow-color": PATH_COLOUR,
        width: 4,
        opacity: 1,
        label: "data(label)",
      },
    },
    {
      // A step through a setting, audience, jurisdiction or restraint type both sides share: not
      // a link between them, so thin, grey and dotted rather than the path's solid orange.
      selector: "edge.on-path.shared-context",
      style: {
        "line-color": SHARED_CONTEXT_EDGE.colour,
        "target-arrow-color": SHARED_CONTEXT_EDGE.colour,
        width: SHARED_CONTEXT_EDGE.width,
        opacity: SHARED_CONTEXT_EDGE.opacity,
        "line-style": "dashed",
        "line-dash-pattern": [...SHARED_CONTEXT_EDGE.dash],
      },
    },
  ];
}
