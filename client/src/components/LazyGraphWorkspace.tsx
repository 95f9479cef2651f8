import { useState } from "react";
import type { GraphWorkspaceProps } from "./GraphWorkspace";
import { graphWorkspaceComponent } from "./load-graph-workspace";

/**
 * The graph workspace for views in the entry chunk (the overview), which stays small without it:
 * the view's text and controls paint first and the workspace (with its SVG sketch) follows as its
 * own chunk (preloaded at startup, see App.tsx); Cytoscape comes later still. Render it inside a
 * Suspense boundary.
 */
export function LazyGraphWorkspace(props: GraphWorkspaceProps) {
  const [Workspace] = useState(graphWorkspaceComponent);
  return <Workspace {...props} />;
}
