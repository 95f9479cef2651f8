import { MAX_SET_IDS, WALK_HUB_DEGREE } from "@rrn/model";
import { MAX_CONNECTORS } from "../queries/connecting.js";

/**
 * "What connects these": the set view's query. Its own file, beside the graph-shaped queries, so
 * the set's part of the schema reads in one place.
 */
export const connectingTypeDefs = /* GraphQL */ `
  "A node linked to two or more members of a set, and how."
  type Connector {
    "The connecting node (never a member of the set itself)."
    node: GraphNode!
    "Ids of the members it links, in the set's order."
    members: [ID!]!
    """
    The relationships that link it to those members, each with its type and basis: every direct
    relationship to a member, and for a member it reaches only through an intermediate, the best
    pair of relationships through one (stated ones first, then the least-connected intermediate).
    """
    via: [GraphEdge!]!
  }

  "What connects a set of nodes."
  type Connecting {
    """
    Nodes linked to at least two members, ranked: linked directly to the most members first, then
    to the most members in all (through one intermediate too), then the less-connected node first
    (it says more about these members than one linked to everything). At most limit of them.
    """
    connectors: [Connector!]!
    """
    The members, the connectors kept and the intermediates their links go through, with every
    relationship among them: ready to draw. total is how many connectors were found before limit
    (truncated is true when limit cut them).
    """
    subgraph: Subgraph!
    "How many nodes link two members or more, before limit."
    total: Int!
    "Ids asked for that are not in the graph (left out of the set)."
    missing: [ID!]!
  }

  extend type Query {
    """
    What connects a set of nodes (ids: 1–${MAX_SET_IDS} of them; duplicates count once): the nodes linked to the
    most members, directly first, then through one intermediate, each with the members it links
    and the relationships (type and basis) that link them, plus the subgraph among the members
    and those connectors. The second hop never starts from or passes through a hub (more than
    ${WALK_HUB_DEGREE} relationships), a member, or a restraint type, setting, audience or
    jurisdiction: two things recorded as for the same setting share context, they are not linked.
    Fewer than two members found: no connectors. limit: 1–${MAX_CONNECTORS}.
    """
    connecting(ids: [ID!]!, limit: Int = 20): Connecting!
  }
`;
