import { GENERAL_KNOWLEDGE, WALK_HUB_DEGREE } from "@rrn/model";
import { CELL_SAMPLE } from "../queries/coverage.js";
import { fieldLines, graphNodePropertyFields } from "./model-fields.js";

/**
 * The graph-shaped half of the API: exactly what Cytoscape draws. Names here are a contract with
 * the client and its generated types: add fields freely, rename none. GraphNode's property
 * fields are generated from the model's record schemas (./model-fields.ts). The enums it uses
 * (NodeType, RelationshipType, DerivationHow) come from ./vocabulary-type-defs.ts.
 */
export const graphTypeDefs = /* GraphQL */ `
  "Which way to follow DERIVES_FROM edges from the focus node."
  enum LineageDirection {
    "Everything that (transitively) derives from the focus node."
    DOWNSTREAM
    "Everything the focus node (transitively) derives from."
    UPSTREAM
  }

  "A node as the canvas draws it, with what the detail panel needs at a glance."
  type GraphNode {
    "Stable kebab-case id, unique across all node types."
    id: ID!
    type: NodeType!
    "Display name: the title of a resource, the name of anything else."
    label: String!
    "Number of relationships the node has in the whole graph (both directions)."
    degree: Int!
${fieldLines(graphNodePropertyFields())}
    "Search only: relevance score, higher is better."
    score: Float
    "Neighbourhood, lineage and paths: hops from the focus node (0 for the focus itself)."
    distance: Int
  }

  "A relationship as the canvas draws it, with its provenance."
  type GraphEdge {
    "Stable id: TYPE:source->target."
    id: ID!
    type: RelationshipType!
    "Id of the node the relationship starts from."
    source: ID!
    "Id of the node the relationship points to."
    target: ID!
    "DERIVES_FROM only: how the resource derives."
    how: DerivationHow
    "Short verbatim quote from the source document that justifies the relationship."
    evidence: String
    "Id of the source document the evidence comes from, or ${GENERAL_KNOWLEDGE}."
    sourceDoc: String
    "True when the relationship comes from general knowledge, not the source page."
    generalKnowledge: Boolean!
    """
    How the evidence supports the relationship. A relationship stored without one (written before
    bases were recorded) reads as INFERRED, with reasoning saying so, never as STATED.
    """
    basis: EvidenceBasis!
    "INFERRED only: why the quote supports the relationship, in one line."
    reasoning: String
    "Lineage only: true for DESCRIBES/EVALUATES edges shown beside the DERIVES_FROM tree."
    annotation: Boolean!
  }

  "How many nodes of one type were left out of a truncated result."
  type TypeCount {
    type: NodeType!
    count: Int!
  }

  "A set of nodes and the edges among them, ready to draw."
  type Subgraph {
    nodes: [GraphNode!]!
    edges: [GraphEdge!]!
    "True when the result was cut to the requested limit."
    truncated: Boolean!
    "How many matched before the limit was applied: nodes (focus included), or for paths, paths."
    total: Int
    "Neighbourhood only: per type, how many neighbours the search reached but left out by the limit."
    moreByType: [TypeCount!]
    """
    Neighbourhood at depth 2 or more: ids of the hubs in the answer whose own neighbours were not
    followed (each one's degree says how many relationships it has). Empty when none was cut.
    """
    notExpanded: [ID!]
  }

  "A facet of GraphFilter that selects resources by what they link to."
  enum GraphFacet {
    "restraintTypes (ADDRESSES)."
    RESTRAINT_TYPES
    "settings (FOR_SETTING)."
    SETTINGS
    "audiences (FOR_AUDIENCE)."
    AUDIENCES
    "jurisdictions (APPLIES_IN)."
    JURISDICTIONS
    "organisations (PUBLISHED_BY, COMMISSIONED_BY or DEVELOPED_WITH)."
    ORGANISATIONS
  }

  """
  How many resources would match a filter if one of its facets were "not recorded" instead of the
  values asked for: they match every other part of the filter and have no value of that facet at all.
  """
  type UnrecordedMatch {
    facet: GraphFacet!
    count: Int!
  }

  """
  Facets for the overview graph. The facets select resources: every given facet must hold (AND),
  values within one facet are alternatives (OR). The result is those resources plus the other
  (non-resource) nodes they link to, restricted to types. With no facet at all, every node of types is drawn.
  """
  input GraphFilter {
    "Node types to draw; default all."
    types: [NodeType!]
    "Resources must ADDRESS one of these restraint types (ids)."
    restraintTypes: [ID!]
    "Resources must be FOR_SETTING one of these settings (ids)."
    settings: [ID!]
    "Resources must be FOR_AUDIENCE one of these audiences (ids)."
    audiences: [ID!]
    "Resources must APPLY_IN one of these jurisdictions (ids)."
    jurisdictions: [ID!]
    "Resources must be published by, commissioned by or developed with one of these organisations (ids)."
    organisations: [ID!]
    "Resources must be of one of these kinds (TOOLKIT, GUIDANCE, …; see GraphNode.kind)."
    kinds: [String!]
    "Resources must have a year on or after this one."
    yearFrom: Int
    "Resources must have a year on or before this one."
    yearTo: Int
    "Resources must match this full-text query (same matching as search); blank means no text filter."
    text: String
    """
    "Not recorded" as one more value of these facets: a resource with no value of the facet at all
    matches it (alongside the ids given for the facet, if any). notRecorded: [RESTRAINT_TYPES] alone
    selects the resources with no restraint type recorded; with restraintTypes: ["seclusion"] it
    selects those about seclusion and those whose restraint type is not recorded.
    """
    notRecorded: [GraphFacet!]
  }

  "One cell of a coverage matrix: the resources and frameworks linked to both its row and its column node."
  type CoverageCell {
    row: ID!
    column: ID!
    "How many resources and frameworks are linked to both."
    count: Int!
    "How many of count are frameworks (the rest are resources)."
    frameworks: Int!
    "Ids of up to ${CELL_SAMPLE} of them, as a taste; all of them come from coverageCell when the cell is opened."
    sample: [ID!]!
    resourceIds: [ID!]!
      @deprecated(
        reason: "Holds the sample only (up to ${CELL_SAMPLE} ids), no longer every id: a large graph's matrix carried megabytes of them. Use sample, and coverageCell for a cell's resources."
      )
  }

  "The resources and frameworks of one coverage cell, fetched when the cell is opened."
  type CoverageCellResources {
    rowType: NodeType!
    columnType: NodeType!
    row: ID!
    column: ID!
    "How many resources and frameworks are linked to both the row and the column node."
    count: Int!
    "Up to limit of them, best-connected first."
    resources: [GraphNode!]!
    "True when limit cut the list."
    truncated: Boolean!
  }

  "How many resources one node of a coverage axis has that no cell counts (see CoverageMatrix.rowsUnrecorded)."
  type AxisUnrecorded {
    "The row or column node."
    id: ID!
    count: Int!
  }

  """
  Resources and frameworks counted per pair of nodes of two types, e.g. restraint types × settings.
  Cells with a count of 0 are left out. A cell of 0 means no resource is recorded for the pair, not that none
  exists: rowsUnrecorded and columnsUnrecorded count the resources no cell can hold because the
  other axis is not recorded for them.
  """
  type CoverageMatrix {
    rowType: NodeType!
    columnType: NodeType!
    rows: [GraphNode!]!
    columns: [GraphNode!]!
    cells: [CoverageCell!]!
    "Per row node: how many of its resources have no node of the column type recorded. Rows with none are left out."
    rowsUnrecorded: [AxisUnrecorded!]!
    "Per column node: how many of its resources have no node of the row type recorded. Columns with none are left out."
    columnsUnrecorded: [AxisUnrecorded!]!
    "Resources with no node of the row type recorded (e.g. no restraint type)."
    withoutRowType: Int!
    "Resources with no node of the column type recorded (e.g. no setting)."
    withoutColumnType: Int!
  }

  type Query {
    "Full-text search over names, titles, aliases and summaries: exact names first, then prefix and typo-tolerant matches."
    search(query: String!, types: [NodeType!], limit: Int = 20): [GraphNode!]!
    "One node by id, or null when there is none."
    node(id: ID!): GraphNode
    """
    The node and its neighbours up to depth hops away (traversing any type; types filters what
    is returned), nearest and most strongly linked first. limit counts the focus node too; when
    it cuts, truncated is true and moreByType says how many of each type were left out.
    Depth 1 is every neighbour. Each further hop is ranked and cut before the next: it starts only
    from the (limit − 1) best-ranked nodes of the hop before, and never from a hub (a node with
    more than ${WALK_HUB_DEGREE} relationships, such as a restraint type or setting shared by many resources):
    hubs are drawn, their own neighbours are not followed, and notExpanded lists them. So total
    counts the nodes this search reached, which on a large graph can be fewer than every node
    within depth hops.
    """
    neighbourhood(id: ID!, depth: Int = 1, types: [NodeType!], limit: Int = 200): Subgraph!
    """
    The DERIVES_FROM tree below (DOWNSTREAM) or above (UPSTREAM) a node, with DESCRIBES/EVALUATES edges beside it.
    basis: only relationships of these evidence bases, the tree recomputed over them alone (a node
    reached only through an inferred link is left out, with everything beyond it); absent means
    every basis, and [STATED] is the explorer's "stated links only". When nothing remains, the
    answer is the focus alone.
    """
    lineage(
      id: ID!
      direction: LineageDirection = DOWNSTREAM
      maxDepth: Int = 6
      limit: Int = 500
      basis: [EvidenceBasis!]
    ): Subgraph!
    """
    The shortest paths between two nodes (up to maxLength hops, at most limit of them), following
    relationships either way: every path of the first length that has any, and none longer. A path
    never passes through a taxonomy hub (a restraint type, setting, audience, jurisdiction or
    legislation with more than ${WALK_HUB_DEGREE} relationships) unless it is one of the two ends: a hub is
    linked to a large share of all resources, so "both are about physical restraint" says little,
    and searching through one visits thousands of nodes. throughHubs adds the two-step paths
    through a taxonomy hub both ends link to directly (they share it); the search still never
    follows a hub's other relationships, so its cost stays bounded by the two ends' own.
    throughSharedContext: false leaves out every path through a restraint type, setting, audience or
    jurisdiction that is not one of the ends: such a step says only that both sides are recorded as
    for it ("both are for schools"), not that they are linked.
    basis: only relationships of these evidence bases, the paths recomputed over them alone (so a
    path may be longer, or there may be none: then the answer has no nodes); absent means every
    basis, and [STATED] is the explorer's "stated links only".
    """
    paths(
      from: ID!
      to: ID!
      maxLength: Int = 6
      limit: Int = 5
      throughHubs: Boolean = false
      throughSharedContext: Boolean = true
      basis: [EvidenceBasis!]
    ): Subgraph!
    "Facet-filtered overview of the graph."
    graph(filter: GraphFilter, limit: Int = 500): Subgraph!
    """
    For each facet the filter narrows by ids (and not already by notRecorded): how many resources
    match every other part of the filter and have no value of that facet recorded. They might
    belong to the values asked for; the graph does not say. An empty result with such resources
    is "not recorded", not "none".
    """
    unrecordedMatches(filter: GraphFilter!): [UnrecordedMatch!]!
    """
    Coverage matrix of two node types (not RESOURCE): for each pair, how many resources and frameworks are
    linked to both (frameworks carry ADDRESSES, FOR_SETTING, FOR_AUDIENCE and APPLIES_IN too), through the
    relationship that types them (ADDRESSES, FOR_SETTING, FOR_AUDIENCE, APPLIES_IN,
    COMPLIES_WITH; PUBLISHED_BY/COMMISSIONED_BY/DEVELOPED_WITH for organisations;
    PUBLISHED_BY/DEVELOPED_WITH/FEATURES for people; DERIVES_FROM/DESCRIBES/EVALUATES for frameworks).
    """
    coverage(rows: NodeType = RESTRAINT_TYPE, columns: NodeType = SETTING): CoverageMatrix!
    """
    Every relationship between two of the given nodes, with its evidence: the provenance of a
    drawing whose query sent its edges without it (the canvas needs only their ends and types).
    """
    relationshipsAmong(ids: [ID!]!): [GraphEdge!]!
    "One cell of the coverage matrix of rows × columns: the resources and frameworks linked to both node row and node column."
    coverageCell(
      rows: NodeType = RESTRAINT_TYPE
      columns: NodeType = SETTING
      row: ID!
      column: ID!
      limit: Int = 500
    ): CoverageCellResources!
  }
`;
