import { GENERAL_KNOWLEDGE, relationshipRecord, type RelationshipRecord } from "@rrn/model";
import type { SourceText } from "./normalise-text.js";
import type { SeedProblem } from "./problems.js";
import { describeIssue } from "./zod-messages.js";

export interface CheckedRelationship extends RelationshipRecord {
  file: string;
  /** How the record is named in messages. */
  name: string;
}

export function relationshipName(raw: unknown, index: number): string {
  const r = raw as { from?: unknown; type?: unknown; to?: unknown } | null;
  if (r && typeof r.from === "string" && typeof r.type === "string" && typeof r.to === "string") {
    return `${r.from} -${r.type}-> ${r.to}`;
  }
  return `#${index + 1}`;
}

/**
 * Checks each relationship record on its own: its shape and the shared relationship rule (`how`
 * exactly on DERIVES_FROM), a known source, and an evidence quote that the source really contains.
 */
export function checkRelationshipRecords(
  file: string,
  records: readonly unknown[],
  sources: ReadonlyMap<string, SourceText>,
): { relationships: CheckedRelationship[]; problems: SeedProblem[] } {
  const relationships: CheckedRelationship[] = [];
  const problems: SeedProblem[] = [];
  records.forEach((raw, index) => {
    const name = relationshipName(raw, index);
    const add = (message: string) => problems.push({ file, record: name, message });
    const parsed = relationshipRecord.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) add(describeIssue(issue));
      return;
    }
    const r = parsed.data;
    let ok = true;
    if (r.source !== GENERAL_KNOWLEDGE) {
      const source = sources.get(r.source);
      if (!source) {
        add(
          `unknown source "${r.source}": no graph-seed/sources/${r.source}.txt (use "${GENERAL_KNOWLEDGE}" for facts the page does not state)`,
        );
        ok = false;
      } else if (!source.contains(r.evidence)) {
        add(`evidence not found in source "${r.source}": "${r.evidence}"`);
        ok = false;
      }
    }
    if (ok) relationships.push({ ...r, file, name });
  });
  return { relationships, problems };
}
