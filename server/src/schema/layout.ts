import type { Subgraph } from "../__generated__/resolvers-types.js";
import type { GraphContext } from "../context.js";
import type { LayoutService, NodePosition, StandardLayout } from "../layout/layout-service.js";
import { nodeId } from "./arguments.js";

export const layoutTypeDefs = /* GraphQL */ `
  "The standard views, each with its own layout."
  enum ViewLayout {
    "Force-directed (fcose), as the overview and the neighbourhood view draw."
    FORCE
    "Top-down hierarchy (dagre), as the lineage view draws."
    HIERARCHY
    "Force-directed within one box per role the focus organisation plays, as the organisation view draws."
    ORG_ROLES
  }

  "Where the canvas draws a node, in the layout's own coordinates (the canvas fits them to its size)."
  type NodePosition {
    id: ID!
    x: Float!
    y: Float!
  }

  extend type Subgraph {
    """
    Every node's position as the named view lays this subgraph out — the same layout and options
    as the explorer's own, computed by the server once per graph version — so the first view is
    drawn without layout work in the browser. focus: the neighbourhood's or lineage's root, or the
    organisation whose roles group the rest. Null when the server does not lay out a subgraph
    this big (LAYOUT_MAX_NODES) or the layout failed; the explorer then lays it out itself.
    """
    layout(view: ViewLayout!, focus: ID): [NodePosition!]
  }
`;

/** Subgraph.layout's arguments, as the type definitions above declare them. */
interface LayoutArgs {
  view: StandardLayout;
  focus?: string | null;
}

export function layoutResolvers(layouts: LayoutService): {
  Subgraph: {
    layout: (parent: Subgraph, args: LayoutArgs, context: GraphContext) => Promise<NodePosition[] | null>;
  };
} {
  return {
    Subgraph: {
      layout: async (parent, args, context) => {
        const answer = await layouts.positions({
          layout: args.view,
          graph: parent,
          focus: args.focus == null ? undefined : nodeId("focus", args.focus),
        });
        // The browser lays this one out itself; the next request should get positions again.
        if (answer.failed) context.transient = true;
        return answer.positions;
      },
    },
  };
}
