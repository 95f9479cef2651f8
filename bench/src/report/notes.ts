import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const notesFile = path.resolve(import.meta.dirname, "../../NOTES.md");

/**
 * What the numbers mean, written by a person after reading a run: causes of each miss and what
 * would fix them. A cause is a judgement, not a measurement, so it lives in bench/NOTES.md and
 * is copied into latest.md (one level down) so the report explains itself; update the notes
 * when a run tells a different story.
 */
export function readNotes(): string {
  if (!existsSync(notesFile)) return "";
  // One heading level down, so the notes' title sits beside the report's own sections.
  const text = readFileSync(notesFile, "utf8").replace(/^#{1,5} /gmu, (h) => `#${h}`);
  return `${text.trim()}\n\n(Copied from [bench/NOTES.md](../NOTES.md) when this report was written.)`;
}
