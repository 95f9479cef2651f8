import { lazy } from "react";
import type { GraphWorkspace } from "./GraphWorkspace";

type Workspace = typeof GraphWorkspace;

let loaded: Workspace | undefined;
let loading: Promise<{ GraphWorkspace: Workspace }> | undefined;

/**
 * The GraphWorkspace chunk (tabs, SVG sketch, list, detail panel; Cytoscape is a later chunk of
 * its own, see load-graph-canvas.ts). One import() shared by the startup preload (App.tsx) and
 * the overview, so both wait on the same download.
 */
export function loadGraphWorkspace(): Promise<{ GraphWorkspace: Workspace }> {
  loading ??= import("./GraphWorkspace").then((m) => {
    loaded = m.GraphWorkspace;
    return m;
  });
  return loading;
}

const LazyGraphWorkspace = lazy(() => loadGraphWorkspace().then((m) => ({ default: m.GraphWorkspace })));

/**
 * The component to render: the module itself once the preload has it, so the canvas mounts in
 * the same render as the data — React.lazy would suspend once even for a loaded module, and
 * React holds a revealed Suspense boundary back for up to 300 ms. The lazy wrapper otherwise.
 * Call once per mount (useState initialiser): switching between the two would remount.
 */
export function graphWorkspaceComponent(): Workspace | typeof LazyGraphWorkspace {
  return loaded ?? LazyGraphWorkspace;
}
