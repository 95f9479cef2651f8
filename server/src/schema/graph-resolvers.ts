import type { GraphFilter, NodeType, QueryResolvers } from "../__generated__/resolvers-types.js";
import { coverage, coverageCell, type CoverageAxis } from "../queries/coverage.js";
import { basesFilter } from "../queries/basis-filter.js";
import { lineage, MAX_LINEAGE_DEPTH } from "../queries/lineage.js";
import { neighbourhood } from "../queries/neighbourhood.js";
import { findNode } from "../queries/node.js";
import { overview, unrecordedMatches } from "../queries/overview.js";
import { MAX_PATH_LENGTH, paths } from "../queries/paths.js";
import { relationshipsAmong } from "../queries/relationships.js";
import { search } from "../queries/search.js";
import { badInput, bounds, idList, intInRange, kindList, nodeId, searchText } from "./arguments.js";
import { projectionFor, SUBGRAPH } from "./projection.js";

/**
 * Resolvers of the graph-shaped queries: validate arguments, then hand over to one module per
 * query in ../queries. Defaults come from the schema, so every argument arrives set.
 */
export const graphResolvers: Pick<
  QueryResolvers,
  | "search"
  | "node"
  | "neighbourhood"
  | "lineage"
  | "paths"
  | "graph"
  | "coverage"
  | "coverageCell"
  | "relationshipsAmong"
  | "unrecordedMatches"
> = {
  search: (_root, args, { graph }, info) =>
    search(graph, {
      query: searchText("query", args.query),
      types: args.types,
      limit: intInRange("limit", args.limit, bounds.limit),
      projection: projectionFor(info, { nodes: [[]] }),
    }),

  node: (_root, args, { graph }, info) => findNode(graph, nodeId("id", args.id), projectionFor(info, { nodes: [[]] })),

  neighbourhood: (_root, args, { graph }, info) =>
    neighbourhood(graph, {
      id: nodeId("id", args.id),
      depth: intInRange("depth", args.depth, bounds.depth),
      types: args.types,
      limit: intInRange("limit", args.limit, bounds.limit),
      projection: projectionFor(info, SUBGRAPH),
    }),

  lineage: (_root, args, { graph }, info) =>
    lineage(graph, {
      id: nodeId("id", args.id),
      direction: args.direction,
      maxDepth: intInRange("maxDepth", args.maxDepth, { min: bounds.maxDepth.min, max: MAX_LINEAGE_DEPTH }),
      limit: intInRange("limit", args.limit, bounds.limit),
      bases: basesFilter(args.basis),
      projection: projectionFor(info, SUBGRAPH),
    }),

  paths: (_root, args, { graph }, info) =>
    paths(graph, {
      from: nodeId("from", args.from),
      to: nodeId("to", args.to),
      maxLength: intInRange("maxLength", args.maxLength, { min: bounds.maxLength.min, max: MAX_PATH_LENGTH }),
      limit: intInRange("limit", args.limit, bounds.limit),
      throughHubs: args.throughHubs,
      throughSharedContext: args.throughSharedContext,
      bases: basesFilter(args.basis),
      projection: projectionFor(info, SUBGRAPH),
    }),

  graph: (_root, args, { graph }, info) =>
    overview(graph, {
      filter: validFilter(args.filter),
      limit: intInRange("limit", args.limit, bounds.limit),
      projection: projectionFor(info, SUBGRAPH),
    }),

  coverage: (_root, args, { graph, perVersion }, info) => {
    const options = {
      rows: axis("rows", args.rows),
      columns: axis("columns", args.columns),
      projection: projectionFor(info, { nodes: [["rows"], ["columns"]] }),
    };
    // A matrix of counts: its size does not grow with the graph, so neither should its cost.
    return perVersion.get(`coverage ${JSON.stringify(options)}`, () => coverage(graph, options));
  },

  unrecordedMatches: (_root, args, { graph }) => unrecordedMatches(graph, validFilter(args.filter) ?? {}),

  relationshipsAmong: (_root, args, { graph }) =>
    relationshipsAmong(graph, idList("ids", args.ids, bounds.limit.max) ?? []),

  coverageCell: (_root, args, { graph }, info) =>
    coverageCell(graph, {
      rows: axis("rows", args.rows),
      columns: axis("columns", args.columns),
      row: nodeId("row", args.row),
      column: nodeId("column", args.column),
      limit: intInRange("limit", args.limit, bounds.limit),
      projection: projectionFor(info, { nodes: [["resources"]] }),
    }),
};

function validFilter(filter: GraphFilter | null | undefined): GraphFilter | null {
  if (!filter) return null;
  const text = filter.text?.trim() ? searchText("filter.text", filter.text) : null;
  const yearFrom = filter.yearFrom == null ? null : intInRange("filter.yearFrom", filter.yearFrom, bounds.year);
  const yearTo = filter.yearTo == null ? null : intInRange("filter.yearTo", filter.yearTo, bounds.year);
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) {
    throw badInput("filter", `filter.yearFrom (${yearFrom}) must not be after filter.yearTo (${yearTo}).`);
  }
  return {
    types: filter.types ?? null,
    restraintTypes: idList("filter.restraintTypes", filter.restraintTypes),
    settings: idList("filter.settings", filter.settings),
    audiences: idList("filter.audiences", filter.audiences),
    jurisdictions: idList("filter.jurisdictions", filter.jurisdictions),
    organisations: idList("filter.organisations", filter.organisations),
    kinds: kindList("filter.kinds", filter.kinds),
    yearFrom,
    yearTo,
    text,
    notRecorded: filter.notRecorded ? [...new Set(filter.notRecorded)] : null,
  };
}

function axis(name: string, type: NodeType): CoverageAxis {
  if (type === "RESOURCE") {
    throw badInput(name, `${name} cannot be RESOURCE: coverage counts resources per pair of other node types.`);
  }
  return type;
}
