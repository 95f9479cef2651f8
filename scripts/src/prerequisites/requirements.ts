/**
 * What the project's commands need from the machine besides Node.js, each with a check that
 * takes well under a second and the Debian packages that provide it. `npm test` needs all of
 * them; `npm start` only what the local Neo4j needs.
 */

export interface CommandResult {
  ok: boolean;
  /** stdout and stderr together. */
  output: string;
}

/** Runs a program; never throws (a missing program is `ok: false`). */
export type RunCommand = (cmd: string, args: string[]) => CommandResult;

/** What a check may look at: programs and files. Injected, so the logic is testable. */
export interface Probe {
  run: RunCommand;
  isExecutable: (file: string) => boolean;
  env: NodeJS.ProcessEnv;
}

export interface Requirement {
  /** Short name, e.g. "Java 17+". */
  name: string;
  /** Why the project needs it, printed when it is missing. */
  why: string;
  /** `null` when present, else what was found instead ("not found", "Java 11"). */
  problem: (probe: Probe) => string | null;
  /**
   * Debian packages, each a list of alternatives (the first one the archive has wins), so one
   * list works on Debian 12 (OpenJDK 17) and 13 (OpenJDK 21).
   */
  packages: readonly (readonly string[])[];
  /** Set when apt-get cannot help (a custom path): what to do instead. */
  manualFix?: (probe: Probe) => string | null;
}

/** The major version in `java -version` output ("17.0.15", or "1.8.0_392" for Java 8). */
export function javaMajor(versionOutput: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return null;
  return Number(match[1] === "1" ? match[2] : match[1]);
}

export const java: Requirement = {
  name: "Java 17+",
  why: "runs the local Neo4j 5.26",
  problem: ({ run }) => {
    const res = run("java", ["-version"]);
    const major = res.ok ? javaMajor(res.output) : null;
    if (major === null) return "not found";
    return major >= 17 ? null : `Java ${major} found`;
  },
  packages: [["openjdk-17-jre-headless", "openjdk-21-jre-headless", "default-jre-headless"]],
};

export const maven: Requirement = {
  name: "Maven",
  why: "downloads Neo4j and APOC from Maven Central",
  problem: ({ run }) => (run("mvn", ["-v"]).ok ? null : "not found"),
  packages: [["maven"]],
};

/** Where the end-to-end tests find Chromium (the same default as @rrn/testkit/browser). */
export const chromiumPath = (env: NodeJS.ProcessEnv): string => env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const chromium: Requirement = {
  name: "Chromium",
  why: "the end-to-end tests drive Debian's Chromium",
  problem: ({ isExecutable, env }) => (isExecutable(chromiumPath(env)) ? null : `${chromiumPath(env)} not found`),
  packages: [["chromium"]],
  manualFix: ({ env }) =>
    env.CHROMIUM_PATH
      ? `CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}: point it at a Chromium binary or unset it`
      : null,
};

/** Font families the screenshots and text measurements are made with; any one will do. */
const FONT_FAMILIES = /DejaVu|Liberation|Noto|FreeSans/i;

export const fonts: Requirement = {
  name: "Fonts",
  why: "Chromium needs a real font to lay out and screenshot pages",
  problem: ({ run }) => {
    const res = run("fc-list", []);
    if (!res.ok) return "fc-list (fontconfig) not found";
    return FONT_FAMILIES.test(res.output) ? null : "no DejaVu, Liberation or Noto font installed";
  },
  packages: [["fontconfig"], ["fonts-dejavu-core"]],
};

export const dockerCompose: Requirement = {
  name: "docker-compose",
  why: "the tests check docker-compose.yml with `docker-compose config` (no Docker engine needed)",
  problem: ({ run }) => (run("docker-compose", ["version"]).ok ? null : "not found"),
  packages: [["docker-compose"]],
};

/** What each command needs. */
export const NEEDS = {
  test: [java, maven, chromium, fonts, dockerCompose],
  start: [java, maven],
} as const satisfies Record<string, readonly Requirement[]>;

export type Purpose = keyof typeof NEEDS;
