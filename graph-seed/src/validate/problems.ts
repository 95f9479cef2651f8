/** One thing wrong with the seed: where it is and what to fix. */
export interface SeedProblem {
  /** The file, relative to the repository root when inside it (`graph-seed/data/resources.yaml`). */
  file: string;
  /** The record's id, `from -TYPE-> to` for a relationship, `#n` (1-based) when it has neither, `-` for the file. */
  record: string;
  message: string;
}

export function formatProblem(p: SeedProblem): string {
  return `${p.file}: ${p.record}: ${p.message}`;
}

/** Thrown by loadSeed: the seed was not imported because of these problems. */
export class SeedValidationError extends Error {
  readonly problems: readonly SeedProblem[];

  constructor(problems: readonly SeedProblem[]) {
    const shown = problems.slice(0, 5).map(formatProblem).join("\n  ");
    const more = problems.length > 5 ? `\n  … and ${problems.length - 5} more` : "";
    super(`The seed has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n  ${shown}${more}`);
    this.name = "SeedValidationError";
    this.problems = problems;
  }
}
