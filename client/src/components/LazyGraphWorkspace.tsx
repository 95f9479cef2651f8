import { useState } from "react";
import type { GraphWorkspaceProps } from "./GraphWorkspace";
import { graphWorkspaceComponent } from "./load-graph-workspace";

/**
 * The graph workspace for views that must not pull Cytoscape, most of the app's weight, into
 * their own chunk: the view's text and controls paint first and the canvas follows as its own
 * chunk (preloaded at startup, see App.tsx). Render it inside a Suspense boundary.
 */
export function LazyGraphWorkspace(props: GraphWorkspaceProps) {
  const [Workspace] = useState(graphWorkspaceComponent);
  return <Workspace {...props} />;
}
