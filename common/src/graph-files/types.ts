/**
 * A drawn graph as the file formats write it: what the canvas holds per node and relationship
 * (the client's NodeElementData and EdgeElementData fit these), plus the look and place the view
 * gave each node. Plain strings, so the server and the browser share the writers without sharing
 * the client's generated types.
 */
export interface GraphFileNode {
  id: string;
  label: string;
  type: string;
  kind: string | null;
  year: number | null;
  degree: number;
  /** The fill the canvas key gives it (its type's colour, or the view's own, as the timeline's kinds). */
  colour?: string;
  /** Where the view draws it; absent when the view has no positions for it. */
  x?: number;
  y?: number;
}

export interface GraphFileEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  how: string | null;
  basis: string;
  evidence?: string | null;
  sourceDoc?: string | null;
  reasoning?: string | null;
  /** The canvas's line colour for its relationship type. */
  colour?: string;
}
