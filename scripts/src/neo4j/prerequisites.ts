import { spawnSync } from "node:child_process";
import { javaMajor } from "../prerequisites/requirements.js";

/** A problem the user can fix, printed as one line without a stack trace. */
export class UserFacingError extends Error {}

function run(cmd: string, args: string[]): { ok: boolean; output: string } {
  const res = spawnSync(cmd, args, { encoding: "utf8" });
  if (res.error) return { ok: false, output: "" };
  return { ok: res.status === 0, output: `${res.stdout ?? ""}${res.stderr ?? ""}` };
}

/** Neo4j 5.26 runs on Java 17 or 21; anything older fails with an obscure class-version error. */
export function requireJava17(): number {
  const { ok, output } = run("java", ["-version"]);
  const major = ok ? javaMajor(output) : null;
  if (major === null) {
    throw new UserFacingError(
      "Java 17+ was not found: install it (Debian: apt-get install -y openjdk-17-jre-headless) or set NEO4J_URI to an existing Neo4j.",
    );
  }
  if (major < 17) {
    throw new UserFacingError(
      `Java ${major} found but Neo4j 5.26 needs Java 17+: install it (Debian: apt-get install -y openjdk-17-jre-headless) or set NEO4J_URI.`,
    );
  }
  return major;
}

export function requireMaven(): void {
  if (!run("mvn", ["-v"]).ok) {
    throw new UserFacingError(
      "Maven (mvn) was not found; it downloads Neo4j from Maven Central: install it (Debian: apt-get install -y maven) or set NEO4J_URI to an existing Neo4j.",
    );
  }
}
