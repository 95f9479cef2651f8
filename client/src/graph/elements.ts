import type {
  DerivationHow,
  EvidenceBasis,
  GraphEdgeFieldsFragment,
  GraphNodeFieldsFragment,
  NodeType,
  RelationshipType,
} from "../__generated__/graphql";
import type { ElementDefinition } from "./cytoscape-instance";
import { EVIDENCE_BASIS_LOOK, edgeLook, howLabel, isSharedContextType, isStated } from "./visual-encoding";
import { compareLabels } from "./label-order";

export type GraphNode = GraphNodeFieldsFragment;
export type GraphEdge = GraphEdgeFieldsFragment;

/** Where the API's layout put a node (Subgraph.layout). */
export interface NodePosition {
  id: string;
  x: number;
  y: number;
}

/** The graph-shaped result of any query (neighbourhood, lineage, paths, graph). */
export interface GraphData {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  truncated?: boolean;
  total?: number | null;
  /** Positions the API laid this result out at, as the view's default layout would (absent or null: none). */
  layout?: readonly NodePosition[] | null;
}

/** What Cytoscape holds in a node's data(); the stylesheet and exports read these keys. */
export interface NodeElementData {
  id: string;
  label: string;
  type: NodeType;
  kind: string | null;
  year: number | null;
  degree: number;
  /** Compound parent (the organisation view groups resources by role). */
  parent?: string;
  /** Fill colour chosen by the view (the timeline colours resources by kind); the type's colour otherwise. */
  colour?: string;
  /** Label drawn instead of `label` (the timeline adds kind and year in words). */
  caption?: string;
}

export interface EdgeElementData {
  id: string;
  source: string;
  target: string;
  type: RelationshipType;
  how: DerivationHow | null;
  /** Drawn only where the view asks for edge labels (lineage: the `how`). */
  label: string;
  basis: EvidenceBasis;
  annotation: boolean;
  /** Provenance: not drawn, so canvas queries leave it out; exports fetch and add it. */
  evidence?: string | null;
  sourceDoc?: string | null;
  generalKnowledge?: boolean;
  reasoning?: string | null;
}

export interface ToElementsOptions {
  /** Which compound group each node belongs to, by node id. */
  parents?: ReadonlyMap<string, string>;
  /** A view's own colour or caption per node. */
  decorate?: (node: GraphNode) => Pick<NodeElementData, "colour" | "caption">;
  /**
   * The path view's two ends: an edge into a restraint type, setting, audience or jurisdiction
   * that is not an end is a step through shared context, classed `shared-context` and labelled so.
   */
  pathEnds?: readonly string[];
}

/**
 * Subgraph → Cytoscape elements. Edges whose ends are missing (a truncated result) are dropped:
 * Cytoscape throws on dangling edges, and a half-drawn relationship would mislead.
 */
export function toElements(
  data: GraphData,
  { parents, decorate, pathEnds }: ToElementsOptions = {},
): ElementDefinition[] {
  const nodeIds = new Set(data.nodes.map((n) => n.id));
  const typeOf = new Map(data.nodes.map((n) => [n.id, n.type]));
  const ends = new Set(pathEnds ?? []);
  const throughContext = (id: string) => !ends.has(id) && isSharedContextType(typeOf.get(id) ?? "");
  const nodes: ElementDefinition[] = data.nodes.map((n) => {
    const nodeData: NodeElementData = {
      id: n.id,
      label: n.label,
      type: n.type,
      kind: n.kind,
      year: n.year,
      degree: n.degree,
    };
    const parent = parents?.get(n.id);
    if (parent) nodeData.parent = parent;
    if (decorate) Object.assign(nodeData, decorate(n));
    return { group: "nodes", data: { ...nodeData } };
  });
  const edges: ElementDefinition[] = data.edges
    .filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target))
    .map((e) => {
      const relation = e.type === "DERIVES_FROM" ? howLabel(e.how) : edgeLook(e.type).forward.toLowerCase();
      const shared = pathEnds !== undefined && (throughContext(e.source) || throughContext(e.target));
      const words = shared ? `shared context: ${relation}` : relation;
      const stated = isStated(e.basis);
      const edgeData: EdgeElementData = {
        id: e.id,
        source: e.source,
        target: e.target,
        type: e.type,
        how: e.how,
        // Where labels are drawn, a weaker link says so in words too, not only by its mark.
        label: stated ? words : `${words} (${EVIDENCE_BASIS_LOOK[e.basis].marker})`,
        basis: e.basis,
        annotation: e.annotation,
      };
      const classes = [e.annotation ? "annotation" : "", stated ? "" : "unstated", shared ? "shared-context" : ""]
        .filter(Boolean)
        .join(" ");
      return { group: "edges", data: { ...edgeData }, classes };
    });
  return [...nodes, ...edges];
}

/** Union of two results, first occurrence wins; used when expanding a neighbourhood. */
export function mergeGraphData(a: GraphData, b: GraphData): GraphData {
  const nodes = new Map<string, GraphNode>();
  for (const n of [...a.nodes, ...b.nodes]) if (!nodes.has(n.id)) nodes.set(n.id, n);
  const edges = new Map<string, GraphEdge>();
  for (const e of [...a.edges, ...b.edges]) if (!edges.has(e.id)) edges.set(e.id, e);
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    truncated: Boolean(a.truncated) || Boolean(b.truncated),
  };
}

/** Nodes sorted for lists and keyboard stepping: by type order, then label. */
export function sortNodesByLabel<T extends { label: string }>(nodes: readonly T[]): T[] {
  return [...nodes].sort((x, y) => compareLabels(x.label, y.label));
}
