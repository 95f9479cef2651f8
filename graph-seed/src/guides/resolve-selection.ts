import {
  LINEAGE_MAX_HOPS,
  LINEAGE_RELATIONSHIPS,
  type GuideStepRecord,
  SELECTION_FACET_NAMES,
  SELECTION_FACETS,
  type SelectionClause,
} from "@rrn/model";
import { type SeedNode, type SeedRelationship } from "../seed.js";

/** A resource a step selected, with what ranks it. */
export interface SelectedResource {
  id: string;
  title: string;
  easyRead: boolean;
  /** Index of the first selection clause that chose it. */
  clause: number;
}

/**
 * The order a step shows its resources in, shared by the validator and the API so both agree:
 * easy-read versions first when the route's audience needs them, then by the clause that chose
 * them (a route lists its most useful selection first), then by title.
 */
export function orderSelection<T extends SelectedResource>(found: readonly T[], easyReadFirst: boolean): T[] {
  const byId = new Map<string, T>();
  for (const r of found) {
    const seen = byId.get(r.id);
    if (!seen || r.clause < seen.clause) byId.set(r.id, r);
  }
  return [...byId.values()].sort(
    (a, b) =>
      (easyReadFirst ? Number(b.easyRead) - Number(a.easyRead) : 0) ||
      a.clause - b.clause ||
      a.title.localeCompare(b.title, "en-GB", { sensitivity: "base" }) ||
      a.id.localeCompare(b.id),
  );
}

/** The seed as the resolver reads it: targets per resource and relationship type, and the reverse for lineage. */
export interface SeedIndex {
  resources: Map<string, { title: string; kind: string; easyRead: boolean }>;
  outgoing: Map<string, Map<string, Set<string>>>;
  lineageSources: Map<string, Set<string>>;
}

export function indexSeed(nodes: readonly SeedNode[], relationships: readonly SeedRelationship[]): SeedIndex {
  const resources = new Map<string, { title: string; kind: string; easyRead: boolean }>();
  for (const n of nodes) {
    if (n.label === "Resource") {
      resources.set(n.id, { title: n.record.title, kind: n.record.kind, easyRead: n.record.easyRead === true });
    }
  }
  const outgoing = new Map<string, Map<string, Set<string>>>();
  const lineageSources = new Map<string, Set<string>>();
  const lineageTypes: readonly string[] = LINEAGE_RELATIONSHIPS;
  for (const r of relationships) {
    const byType = outgoing.get(r.from) ?? new Map<string, Set<string>>();
    outgoing.set(r.from, byType);
    const targets = byType.get(r.type) ?? new Set<string>();
    byType.set(r.type, targets);
    targets.add(r.to);
    if (lineageTypes.includes(r.type) && r.fromLabel === "Resource") {
      const sources = lineageSources.get(r.to) ?? new Set<string>();
      lineageSources.set(r.to, sources);
      sources.add(r.from);
    }
  }
  return { resources, outgoing, lineageSources };
}

/** Resources in the lineage of `root`: itself when a resource, and everything a chain of lineage relationships leads from. */
function lineageOf(index: SeedIndex, root: string): Set<string> {
  const found = new Set<string>(index.resources.has(root) ? [root] : []);
  let frontier = [root];
  for (let hop = 0; hop < LINEAGE_MAX_HOPS && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const source of index.lineageSources.get(id) ?? []) {
        if (!found.has(source)) {
          found.add(source);
          next.push(source);
        }
      }
    }
    frontier = next;
  }
  return found;
}

function clauseHolds(index: SeedIndex, id: string, clause: SelectionClause, lineage: Set<string> | undefined): boolean {
  const resource = index.resources.get(id);
  if (!resource) return false;
  if (clause.resources && !clause.resources.includes(id)) return false;
  if (clause.kinds && !(clause.kinds as readonly string[]).includes(resource.kind)) return false;
  if (lineage && !lineage.has(id)) return false;
  const out = index.outgoing.get(id);
  for (const facet of SELECTION_FACET_NAMES) {
    const wanted = clause[facet];
    if (!wanted) continue;
    const linked = SELECTION_FACETS[facet].relationships.some((type) =>
      wanted.some((target) => out?.get(type)?.has(target) ?? false),
    );
    if (!linked) return false;
  }
  return true;
}

/** What a step selects from the seed, in the order the API shows it. */
export function selectFromSeed(index: SeedIndex, step: GuideStepRecord, easyReadFirst: boolean): SelectedResource[] {
  const found: SelectedResource[] = [];
  step.select.forEach((clause, i) => {
    const lineage = clause.lineage ? new Set(clause.lineage.flatMap((root) => [...lineageOf(index, root)])) : undefined;
    for (const [id, r] of index.resources) {
      if (clauseHolds(index, id, clause, lineage)) found.push({ id, title: r.title, easyRead: r.easyRead, clause: i });
    }
  });
  return orderSelection(found, easyReadFirst);
}
