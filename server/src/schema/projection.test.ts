import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { projectionFor, SUBGRAPH, type SelectionInfo } from "./projection.js";

/** The resolver info of the operation's first root field, as graphql-js would pass it. */
function infoFor(document: string): SelectionInfo {
  const doc = parse(document);
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const field = operation?.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD);
  if (!field) throw new Error("no root field");
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [field], fragments };
}

describe("projectionFor", () => {
  it("answers a canvas view from the slim projection", () => {
    const info = infoFor(`
      query { graph { nodes { ...N } edges { id type source target how annotation __typename } total } }
      fragment N on GraphNode { id type label kind year degree distance }`);
    expect(projectionFor(info, SUBGRAPH)).toEqual({ nodeDetail: false, edgeProvenance: false });
  });

  it("needs the full projection for any other field, however it is asked for", () => {
    const summary = infoFor(`query { neighbourhood(id: "x") { nodes { id ... on GraphNode { summary } } } }`);
    expect(projectionFor(summary, SUBGRAPH)).toEqual({ nodeDetail: true, edgeProvenance: false });

    const evidence = infoFor(`
      query { paths(from: "a", to: "b") { edges { ...E } } }
      fragment E on GraphEdge { id quote: evidence }`);
    expect(projectionFor(evidence, SUBGRAPH)).toEqual({ nodeDetail: false, edgeProvenance: true });

    const known = infoFor(`query { node(id: "x") { id generalKnowledge } }`);
    expect(projectionFor(known, { nodes: [[]] }).nodeDetail).toBe(true);
  });

  it("looks only where the nodes are, and survives a fragment that spreads itself", () => {
    const coverage = infoFor(`query { coverage { rows { id label } columns { id summary } cells { row } } }`);
    expect(projectionFor(coverage, { nodes: [["rows"]] }).nodeDetail).toBe(false);
    expect(projectionFor(coverage, { nodes: [["rows"], ["columns"]] }).nodeDetail).toBe(true);

    const cyclic = infoFor(`query { node(id: "x") { ...A } } fragment A on GraphNode { id ...A }`);
    expect(projectionFor(cyclic, { nodes: [[]] }).nodeDetail).toBe(false);
  });
});
