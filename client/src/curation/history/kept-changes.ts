import type { RelationshipType } from "../../__generated__/graphql";
import { EDGE_TYPE_LOOK, humanise } from "../../graph/visual-encoding";

/**
 * `curatorChanges(id)` in words: what of this node is the curators' rather than the seed files',
 * so the seed import keeps it (and `npm run seed:pull` writes it back to the files).
 */

export interface KeptChangeLike {
  kind: string;
  property?: string | null;
  relationship?: { type: RelationshipType; source: string; target: string } | null;
  curatorValue?: string | null;
  seedValue?: string | null;
  conflict: boolean;
}

function value(json: string | null | undefined): string {
  if (json === null || json === undefined) return "nothing";
  try {
    const v: unknown = JSON.parse(json);
    if (v === null || v === "") return "nothing";
    if (typeof v === "string") return `“${v.length > 60 ? `${v.slice(0, 59)}…` : v}”`;
    if (Array.isArray(v)) return v.map(String).join("; ") || "nothing";
    return typeof v === "number" || typeof v === "boolean" ? String(v) : "(a record)";
  } catch {
    return json;
  }
}

/** One line per kept change; `names` maps ids to display names, `selfId` reads as "this". */
export function keptChangeText(change: KeptChangeLike, selfId: string, names: ReadonlyMap<string, string>): string {
  const name = (id: string) => (id === selfId ? "this" : (names.get(id) ?? id));
  const r = change.relationship;
  const sentence = r ? `${name(r.source)} ${EDGE_TYPE_LOOK[r.type].forward.toLowerCase()} ${name(r.target)}` : "";
  const property = change.property ? humanise(change.property.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase()) : "";
  const conflict = change.conflict ? ` — conflict: the seed files now say ${value(change.seedValue)}` : "";
  switch (change.kind) {
    case "PROPERTY":
      return `${property}: ${value(change.curatorValue)} (the seed files say ${value(change.seedValue)})${conflict}`;
    case "RELATIONSHIP_EDITED":
      return `${sentence}, ${property.toLowerCase()}: ${value(change.curatorValue)}${conflict}`;
    case "RELATIONSHIP_REMOVED":
      return `Removed: ${sentence}`;
    case "RELATIONSHIP_ADDED":
      return `Added: ${sentence}`;
    case "NODE_DELETED":
      return "Deleted";
    case "NODE_ADDED":
      return "Made by a curator; not in the seed files yet";
    default:
      return humanise(change.kind);
  }
}
