/**
 * What the explorer's views ask for, one operation per view, used as the load mix: the
 * overview, type-ahead and full search, a neighbourhood, a lineage tree, paths, the coverage
 * matrix, a facet-filtered overview and a resource's detail panel (the entity layer).
 */
export interface MixQuery {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const node = "id type label kind year degree";
const edge = "id type source target how evidence sourceDoc";
const subgraph = `nodes { ${node} } edges { ${edge} } truncated total`;

export const queryMix: MixQuery[] = [
  { name: "overview", query: `query Overview { graph(limit: 500) { ${subgraph} } }` },
  {
    name: "type-ahead",
    query: `query TypeAhead($q: String!) { search(query: $q, limit: 8) { ${node} score } }`,
    variables: { q: "six co" },
  },
  {
    name: "search",
    query: `query Search($q: String!) { search(query: $q) { ${node} score } }`,
    variables: { q: "restraint in schools" },
  },
  {
    name: "neighbourhood",
    query: `query Hood($id: ID!) { neighbourhood(id: $id, depth: 1) { ${subgraph} moreByType { type count } } }`,
    variables: { id: "mersey-care" },
  },
  {
    name: "lineage",
    query: `query Lineage($id: ID!) { lineage(id: $id, direction: DOWNSTREAM) { ${subgraph} } }`,
    variables: { id: "six-core-strategies" },
  },
  {
    name: "paths",
    query: `query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to) { ${subgraph} } }`,
    variables: { from: "six-core-strategies", to: "mersey-care" },
  },
  {
    name: "coverage",
    query: `query Coverage { coverage { rowType columnType rows { id label } columns { id label } cells { row column count } } }`,
  },
  {
    name: "facets",
    query: `query Facets($f: GraphFilter) { graph(filter: $f) { ${subgraph} } }`,
    variables: { f: { restraintTypes: ["physical-restraint"], settings: ["mental-health-inpatient"] } },
  },
  {
    name: "detail",
    query: `query Detail($id: ID!) {
      node(id: $id) { ${node} summary url }
      resources(where: { id: { eq: $id } }) {
        id title summary
        publishedByConnection { edges { properties { evidence source } node { ... on Organisation { id name } } } }
        derivesFromConnection { edges { properties { how evidence source } node { ... on Framework { id name } } } }
      }
    }`,
    variables: { id: "restrain-yourself-toolkit" },
  },
];
