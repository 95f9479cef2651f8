import { expect } from "vitest";
import { EVIDENCE_BASES } from "@rrn/model";
import { gqlData } from "@rrn/testkit/graphql";

/** The graph-shaped answers the explorer draws, and what every one of them owes the canvas. */
export interface Node {
  id: string;
  type: string;
  label: string;
  degree: number;
  distance: number | null;
}
export interface Edge {
  id: string;
  type: string;
  source: string;
  target: string;
  how: string | null;
  evidence: string | null;
  sourceDoc: string | null;
  generalKnowledge: boolean;
  basis: string;
  reasoning: string | null;
  annotation: boolean;
}
export interface Subgraph {
  nodes: Node[];
  edges: Edge[];
  truncated: boolean;
  total: number | null;
  moreByType: { type: string; count: number }[] | null;
}

export const SUBGRAPH = /* GraphQL */ `
  fragment Drawn on Subgraph {
    nodes {
      id
      type
      label
      degree
      distance
    }
    edges {
      id
      type
      source
      target
      how
      evidence
      sourceDoc
      generalKnowledge
      basis
      reasoning
      annotation
    }
    truncated
    total
    moreByType {
      type
      count
    }
  }
`;

export const ids = (g: Subgraph) => g.nodes.map((n) => n.id);

/** What every graph-shaped answer owes the canvas: ends that exist, provenance, degrees. */
export function expectDrawable(g: Subgraph): void {
  const drawn = new Set(ids(g));
  expect(drawn.size).toBe(g.nodes.length);
  expect(new Set(g.edges.map((e) => e.id)).size).toBe(g.edges.length);
  for (const e of g.edges) {
    expect(drawn.has(e.source), `${e.id} source drawn`).toBe(true);
    expect(drawn.has(e.target), `${e.id} target drawn`).toBe(true);
    expect(e.evidence, `${e.id} evidence`).toBeTruthy();
    expect(e.sourceDoc, `${e.id} sourceDoc`).toBeTruthy();
    expect(e.generalKnowledge).toBe(e.sourceDoc === "general-knowledge");
    expect(EVIDENCE_BASES, `${e.id} basis`).toContain(e.basis);
    expect(Boolean(e.reasoning), `${e.id} reasoning`).toBe(e.basis === "INFERRED");
  }
  for (const n of g.nodes) expect(n.degree, `${n.id} degree`).toBeGreaterThanOrEqual(0);
}

/** Asks one graph-shaped root field (`name(args)`) and checks the answer is drawable. */
export async function drawableQuery(url: string, name: string, args: string): Promise<Subgraph> {
  const data = await gqlData<Record<string, Subgraph>>(url, `{ g: ${name}(${args}) { ...Drawn } } ${SUBGRAPH}`);
  const g = data.g;
  if (!g) throw new Error("no subgraph");
  expectDrawable(g);
  return g;
}
