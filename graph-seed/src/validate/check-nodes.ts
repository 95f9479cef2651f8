import { NODE_RECORD_SCHEMAS, type NodeLabel } from "@rrn/model";
import { type SeedNode } from "../seed.js";
import type { SourceText } from "./normalise-text.js";
import type { SeedProblem } from "./problems.js";
import { describeIssue } from "./zod-messages.js";

/** Summaries are ours: a run this long shared with the page means it was copied, not written. */
export const COPIED_RUN_WORDS = 12;

/** How a record is named in messages: its id when it has one, else its position. */
export function recordName(raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === "string" && id !== "" ? id : `#${index + 1}`;
}

function summaryProblem(summary: string, sources: ReadonlyMap<string, SourceText>): string | undefined {
  for (const [id, source] of sources) {
    if (source.contains(summary)) return `summary is copied verbatim from source "${id}"; write it in our own words`;
    const run = source.sharedRun(summary, COPIED_RUN_WORDS);
    if (run)
      return `summary shares a ${COPIED_RUN_WORDS}-word run with source "${id}" ("${run}"); write it in our own words`;
  }
  return undefined;
}

/** Checks each record of one label file on its own: shape, enums, summary, generalKnowledge. */
export function checkNodeRecords(
  file: string,
  label: NodeLabel,
  records: readonly unknown[],
  sources: ReadonlyMap<string, SourceText>,
): { nodes: SeedNode[]; problems: SeedProblem[] } {
  const nodes: SeedNode[] = [];
  const problems: SeedProblem[] = [];
  records.forEach((raw, index) => {
    const record = recordName(raw, index);
    const parsed = NODE_RECORD_SCHEMAS[label].safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ file, record, message: describeIssue(issue) });
      return;
    }
    const data = parsed.data;
    const ownWords = summaryProblem(data.summary, sources);
    if (ownWords) problems.push({ file, record, message: ownWords });
    for (const key of data.generalKnowledge ?? []) {
      if (key === "id" || key === "generalKnowledge" || !(key in data)) {
        problems.push({
          file,
          record,
          message: `generalKnowledge names "${key}", which is not a property of this record`,
        });
      }
    }
    nodes.push({ label, id: data.id, record: data, file } as SeedNode);
  });
  return { nodes, problems };
}
