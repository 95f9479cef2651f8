import { UserFacingError } from "../neo4j/prerequisites.js";
import type { Probe, Requirement } from "./requirements.js";

/** The machine, as far as installing prerequisites goes. */
export interface Host extends Probe {
  /** Root may run apt-get itself. */
  isRoot: boolean;
  /** Debian or a derivative with apt-get. */
  isDebian: boolean;
  /** Runs a command with its output shown (apt-get's progress); true when it succeeded. */
  runShown: (cmd: string, args: string[], env: NodeJS.ProcessEnv) => boolean;
  log: (line: string) => void;
}

export interface Missing {
  requirement: Requirement;
  problem: string;
}

export function findMissing(requirements: readonly Requirement[], probe: Probe): Missing[] {
  return requirements.flatMap((requirement) => {
    const problem = requirement.problem(probe);
    return problem === null ? [] : [{ requirement, problem }];
  });
}

/** Per alternative list, the first package this machine's archive knows (else the first listed). */
export function debianPackages(missing: readonly Missing[], probe: Probe): string[] {
  const names = missing.flatMap(({ requirement }) =>
    requirement.packages.map(
      (alternatives) => alternatives.find((pkg) => probe.run("apt-cache", ["show", pkg]).ok) ?? alternatives[0]!,
    ),
  );
  return [...new Set(names)];
}

const describe = ({ requirement, problem }: Missing): string =>
  `  • ${requirement.name} (${problem}): ${requirement.why}`;

const APT_INSTALL = ["install", "-y", "--no-install-recommends"];

/** The one line a person runs to install the packages. */
export function installCommand(packages: readonly string[], sudo: boolean): string {
  const prefix = sudo ? "sudo " : "";
  return `${prefix}apt-get update && ${prefix}apt-get ${[...APT_INSTALL, ...packages].join(" ")}`;
}

/**
 * Checks every requirement; when some are missing, installs their Debian packages if this is
 * root on Debian (what Playwright's `install-deps` does), printing what and why. Otherwise it
 * stops at once with the exact command to run. Throws UserFacingError when anything is still
 * missing afterwards.
 */
export function ensurePrerequisites(requirements: readonly Requirement[], host: Host): void {
  const missing = findMissing(requirements, host);
  if (missing.length === 0) {
    host.log(`✔ prerequisites: ${requirements.map((r) => r.name).join(", ")}`);
    return;
  }

  const manual = missing.flatMap(({ requirement }) => requirement.manualFix?.(host) ?? []);
  if (manual.length > 0) {
    throw new UserFacingError(`Missing prerequisites:\n${missing.map(describe).join("\n")}\n${manual.join("\n")}`);
  }
  if (!host.isDebian) {
    throw new UserFacingError(
      `Missing prerequisites:\n${missing.map(describe).join("\n")}\n` +
        `Install them with your system's package manager (on Debian: ` +
        `apt-get install -y ${debianPackagesWithoutArchive(missing).join(" ")}), then run the command again.`,
    );
  }
  if (!host.isRoot) {
    throw new UserFacingError(
      `Missing prerequisites:\n${missing.map(describe).join("\n")}\n` +
        `Install them, then run the command again:\n  ${installCommand(debianPackages(missing, host), true)}`,
    );
  }

  host.log("Installing missing prerequisites with apt-get (running as root on Debian):");
  for (const m of missing) host.log(describe(m));
  const env = { ...host.env, DEBIAN_FRONTEND: "noninteractive" };
  host.log("$ apt-get update");
  if (!host.runShown("apt-get", ["update"], env)) {
    throw new UserFacingError("apt-get update failed (see above); fix the package sources and run the command again.");
  }
  // After the update, so the archive's package lists decide between alternatives.
  const packages = debianPackages(missing, host);
  host.log(`$ apt-get ${[...APT_INSTALL, ...packages].join(" ")}`);
  if (!host.runShown("apt-get", [...APT_INSTALL, ...packages], env)) {
    throw new UserFacingError(`apt-get could not install ${packages.join(" ")} (see above).`);
  }

  const still = findMissing(requirements, host);
  if (still.length > 0) {
    throw new UserFacingError(`Still missing after apt-get:\n${still.map(describe).join("\n")}`);
  }
  host.log(`✔ prerequisites installed: ${missing.map((m) => m.requirement.name).join(", ")}`);
}

function debianPackagesWithoutArchive(missing: readonly Missing[]): string[] {
  return [...new Set(missing.flatMap(({ requirement }) => requirement.packages.map((alts) => alts[0]!)))];
}
