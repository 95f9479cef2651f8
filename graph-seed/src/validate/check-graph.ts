import { isPairAllowed, namesOf, quoteNames, RELATIONSHIPS, type RelationshipType } from "@rrn/model";
import { relationshipKey, type SeedNode, type SeedRelationship } from "../seed.js";
import type { CheckedRelationship } from "./check-relationships.js";
import type { SeedProblem } from "./problems.js";

/** "Resource → Organisation, Resource → Person": the pairs the model allows for a type. */
function allowedPairs(type: RelationshipType): string {
  return RELATIONSHIPS[type].pairs.map(([from, to]) => `${from} → ${to}`).join(", ");
}

/**
 * Rules that need the whole seed: ids unique across all labels (relationships name their ends
 * by id alone), ends that exist with an allowed label pair, no duplicate relationship, and no
 * node that nothing connects to.
 */
export function checkGraph(
  candidates: readonly SeedNode[],
  checked: readonly CheckedRelationship[],
  written: { declaredIds: ReadonlySet<string>; mentionedIds: ReadonlySet<string> },
): { nodes: SeedNode[]; relationships: SeedRelationship[]; problems: SeedProblem[] } {
  const problems: SeedProblem[] = [];
  const byId = new Map<string, SeedNode>();
  for (const node of candidates) {
    const first = byId.get(node.id);
    if (first) {
      problems.push({
        file: node.file,
        record: node.id,
        message: `duplicate id: already used by a ${first.label} in ${first.file}`,
      });
      continue;
    }
    byId.set(node.id, node);
  }

  const relationships: SeedRelationship[] = [];
  const seen = new Map<string, CheckedRelationship>();
  for (const r of checked) {
    const add = (message: string) => problems.push({ file: r.file, record: r.name, message });
    const from = byId.get(r.from);
    const to = byId.get(r.to);
    // An end whose own record is broken has already been reported; say nothing more about it.
    if (!from && !written.declaredIds.has(r.from)) add(`"from" names "${r.from}", which no node file defines`);
    if (!to && !written.declaredIds.has(r.to)) add(`"to" names "${r.to}", which no node file defines`);
    if (!from || !to) continue;
    if (!isPairAllowed(r.type, from.label, to.label)) {
      add(`${r.type} may not go from ${from.label} to ${to.label} (only ${allowedPairs(r.type)})`);
      continue;
    }
    const rel: SeedRelationship = {
      type: r.type,
      from: r.from,
      fromLabel: from.label,
      to: r.to,
      toLabel: to.label,
      evidence: r.evidence,
      source: r.source,
      basis: r.basis,
      file: r.file,
      ...(r.how ? { how: r.how } : {}),
      ...(r.reasoning ? { reasoning: r.reasoning } : {}),
      ...(r.confirmedBy ? { confirmedBy: r.confirmedBy } : {}),
    };
    // "The quote says this relationship, about these two nodes": a quote that names neither
    // end speaks of something else unless a person says why it does not ("this toolkit").
    if (
      r.basis === "STATED" &&
      !r.confirmedBy &&
      !quoteNames(r.evidence, namesOf(from.record)) &&
      !quoteNames(r.evidence, namesOf(to.record))
    ) {
      add(
        "basis STATED, but the quote names neither end (by name, title or alias): quote a passage that names one, relabel it TITLE or INFERRED (with reasoning), or add `confirmedBy` saying why the quote states it",
      );
      continue;
    }
    const key = relationshipKey(rel);
    const earlier = seen.get(key);
    if (earlier) {
      add(`duplicate relationship: already listed in ${earlier.file}`);
      continue;
    }
    seen.set(key, r);
    relationships.push(rel);
  }

  // Counted over every written relationship, valid or not, so one broken edge does not also
  // report its ends as isolated.
  for (const node of byId.values()) {
    if (!written.mentionedIds.has(node.id)) {
      problems.push({ file: node.file, record: node.id, message: "isolated node: no relationship connects it" });
    }
  }
  return { nodes: [...byId.values()], relationships, problems };
}
