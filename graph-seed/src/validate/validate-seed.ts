import type { Seed, SeedNode } from "../seed.js";
import { checkGuideRecords, checkGuidesAgainstSeed } from "../guides/check-guides.js";
import { checkGraph } from "./check-graph.js";
import { checkNodeRecords } from "./check-nodes.js";
import { checkRelationshipRecords, type CheckedRelationship } from "./check-relationships.js";
import { nearDuplicateTitles } from "./near-duplicates.js";
import type { SeedProblem } from "./problems.js";
import type { RawSeed } from "./read-seed-files.js";

/** Ids as written in the files, including records that failed their own checks. */
function idsWritten(raw: RawSeed): { declaredIds: Set<string>; mentionedIds: Set<string> } {
  const declaredIds = new Set<string>();
  const mentionedIds = new Set<string>();
  const str = (v: unknown) => (typeof v === "string" ? [v] : []);
  for (const f of raw.files) {
    for (const rec of f.records) {
      const r = (rec ?? {}) as { id?: unknown; from?: unknown; to?: unknown };
      if (f.label) str(r.id).forEach((id) => declaredIds.add(id));
      else [...str(r.from), ...str(r.to)].forEach((id) => mentionedIds.add(id));
    }
  }
  return { declaredIds, mentionedIds };
}

/**
 * Runs every rule over the raw files and returns either the seed or all its problems at once,
 * so a curator fixes a batch per run rather than one error at a time. A valid seed carries its
 * warnings (near-duplicate resource titles), which the CLIs print and nothing refuses.
 */
export function validateSeed(
  raw: RawSeed,
  dataDir: string,
): { seed: Seed; problems: [] } | { problems: SeedProblem[] } {
  const problems: SeedProblem[] = [...raw.problems];
  const nodes: SeedNode[] = [];
  const relationships: CheckedRelationship[] = [];
  for (const f of raw.files) {
    if (f.label) {
      const res = checkNodeRecords(f.file, f.label, f.records, raw.sources);
      nodes.push(...res.nodes);
      problems.push(...res.problems);
    } else {
      const res = checkRelationshipRecords(f.file, f.records, raw.sources);
      relationships.push(...res.relationships);
      problems.push(...res.problems);
    }
  }
  // With a file missing or unreadable the graph is incomplete, and checking its edges would
  // bury the one real problem under every relationship that points into that file.
  if (raw.problems.length > 0) return { problems };
  const graph = checkGraph(nodes, relationships, idsWritten(raw));
  problems.push(...graph.problems);
  if (raw.routes) {
    const routes = checkGuideRecords(raw.routes.file, raw.routes.records);
    problems.push(...routes.problems);
    problems.push(...checkGuidesAgainstSeed(raw.routes.file, routes.routes, graph.nodes, graph.relationships));
  }
  if (problems.length > 0) return { problems };
  const warnings = nearDuplicateTitles(graph.nodes, graph.relationships);
  return { seed: { dataDir, nodes: graph.nodes, relationships: graph.relationships, warnings }, problems: [] };
}
