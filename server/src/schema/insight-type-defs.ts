import { BETWEENNESS_NODE_LIMIT } from "../queries/centrality.js";

/**
 * Descriptive statistics of the resource bank, as evidence-map tools show them: resources by
 * year, kind, jurisdiction and organisation, the best-connected resources and frameworks, and
 * the coverage matrix with a third dimension. Every count uses the relationships the overview's
 * facets filter by, so a bar or cell opens an overview showing exactly the resources it counts.
 */
export const insightTypeDefs = /* GraphQL */ `
  "What the cells of the insights coverage matrix are split by."
  enum CoverageSplit {
    "The resources' kind (TOOLKIT, GUIDANCE, …); frameworks, which have no kind, are the part FRAMEWORK."
    KIND
    "The audiences the resources are for (FOR_AUDIENCE); a resource for two audiences counts in both."
    AUDIENCE
  }

  "How the most-connected lists are ranked."
  enum CentralityMeasure {
    "Relationships in the whole graph."
    DEGREE
    "Betweenness centrality: how often a node lies on the shortest paths between others (a bridge)."
    BETWEENNESS
  }

  "How many resources have one value: a kind, a jurisdiction, an organisation, a row or column of the matrix."
  type Tally {
    "The value: an entity id, or a kind such as TOOLKIT (empty when the resources state none)."
    key: String!
    "What to call it: the entity's name, or the kind."
    label: String!
    count: Int!
  }

  "How many resources have this year."
  type YearCount {
    year: Int!
    count: Int!
  }

  "A node ranked by how connected it is."
  type Centrality {
    node: GraphNode!
    "Relationships the node has in the whole graph (as GraphNode.degree)."
    degree: Int!
    """
    Betweenness centrality, normalised to 0–1, over the whole graph with relationships taken either
    way. Null when the graph has more than ${BETWEENNESS_NODE_LIMIT} nodes: it is then not computed per request.
    """
    betweenness: Float
  }

  "One cell of the split coverage matrix: the resources and frameworks addressing the row's restraint type in the column's setting."
  type SplitCoverageCell {
    row: ID!
    column: ID!
    "Distinct resources and frameworks in the cell."
    count: Int!
    "The cell's resources and frameworks per kind (frameworks as FRAMEWORK) or audience (keys as in SplitCoverage.parts); these can add up to more than count."
    parts: [Tally!]!
  }

  "Restraint types (rows, ADDRESSES) × settings (columns, FOR_SETTING), counting resources and frameworks, each cell split by kind or audience."
  type SplitCoverage {
    splitBy: CoverageSplit!
    "Every restraint type, with the resources and frameworks that address it."
    rows: [Tally!]!
    "Every setting, with the resources and frameworks for it."
    columns: [Tally!]!
    "The values cells are split by, most resources first, with their totals over the matrix."
    parts: [Tally!]!
    "Cells with at least one resource."
    cells: [SplitCoverageCell!]!
    "Per restraint type: its resources with no setting recorded (no cell of its row counts them); only non-zero ones."
    rowsUnrecorded: [Tally!]!
    "Per setting: its resources with no restraint type recorded (no cell of its column counts them); only non-zero ones."
    columnsUnrecorded: [Tally!]!
  }

  "Descriptive statistics of the resource bank."
  type Insights {
    "Resources in the graph."
    resourceCount: Int!
    "Resources per year, oldest first; years without resources are left out."
    byYear: [YearCount!]!
    "Resources without a year."
    undated: Int!
    "Resources per kind, most first."
    byKind: [Tally!]!
    "Resources per jurisdiction (APPLIES_IN), most first, every jurisdiction included."
    byJurisdiction: [Tally!]!
    "Resources that name no jurisdiction."
    withoutJurisdiction: Int!
    """
    Per facet of the overview's filter (restraint type, setting, audience, jurisdiction,
    organisation): how many resources have no value of it recorded. Not "none": the graph does not say.
    """
    unrecorded: [UnrecordedMatch!]!
    "The organisations that published, commissioned or helped develop the most resources, most first."
    byOrganisation: [Tally!]!
    "The most-connected resources, by the chosen measure."
    mostConnectedResources: [Centrality!]!
    "The most-connected frameworks, by the chosen measure."
    mostConnectedFrameworks: [Centrality!]!
    "False when the graph was too large to compute betweenness (the lists are then ranked by degree)."
    betweennessComputed: Boolean!
    coverage: SplitCoverage!
  }

  type Query {
    """
    Descriptive statistics of the resource bank. split chooses the coverage matrix's third
    dimension; top how many organisations (default 15) and most-connected nodes (default 10) to list.
    """
    insights(
      split: CoverageSplit = KIND
      rankBy: CentralityMeasure = DEGREE
      topOrganisations: Int = 15
      top: Int = 10
    ): Insights!
  }
`;
