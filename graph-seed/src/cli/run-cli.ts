import { Neo4jEnvError } from "@rrn/common/neo4j-env";
import { SeedConflictError, SeedTooLargeError } from "../import/import-seed.js";
import { Neo4jUnavailableError } from "../neo4j/connection.js";
import { formatProblem, SeedValidationError } from "../validate/problems.js";

/** An expected failure whose message is the whole story (no stack trace). */
export class UserFacingError extends Error {
  override name = "UserFacingError";
}

/**
 * The one place the CLIs turn failures into output and exit codes: validation problems one per
 * line, an unreachable Neo4j as a single line saying what to do, anything else as its message.
 */
export function runCli(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      if (err instanceof SeedValidationError) {
        for (const p of err.problems) console.error(formatProblem(p));
        console.error(`Seed not imported: ${err.problems.length} problem${err.problems.length === 1 ? "" : "s"}.`);
      } else if (
        err instanceof Neo4jUnavailableError ||
        err instanceof Neo4jEnvError ||
        err instanceof UserFacingError ||
        err instanceof SeedConflictError ||
        err instanceof SeedTooLargeError
      ) {
        console.error(err.message);
      } else {
        console.error(err);
      }
      process.exit(1);
    },
  );
}
