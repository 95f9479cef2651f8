import { describe, expect, it } from "vitest";
import { UserFacingError } from "../neo4j/prerequisites.js";
import { ensurePrerequisites, installCommand, type Host } from "./ensure.js";
import { chromium, dockerCompose, fonts, java, javaMajor, maven, NEEDS } from "./requirements.js";

/**
 * A pretend machine: which programs answer and how, which files exist, which packages the
 * archive has, and what apt-get installs. Records every command run.
 */
interface FakeMachine {
  programs: Map<string, string>;
  files: Set<string>;
  archive: Set<string>;
  /** What installing a package makes appear. */
  installs: Record<string, (m: FakeMachine) => void>;
  isRoot: boolean;
  isDebian: boolean;
  aptFails?: "update" | "install";
}

function fakeHost(m: FakeMachine): Host & { commands: string[]; lines: string[] } {
  const commands: string[] = [];
  const lines: string[] = [];
  return {
    commands,
    lines,
    env: {},
    isRoot: m.isRoot,
    isDebian: m.isDebian,
    run: (cmd, args) => {
      if (cmd === "apt-cache") return { ok: m.archive.has(args[1]!), output: "" };
      const output = m.programs.get(cmd);
      return output === undefined ? { ok: false, output: "" } : { ok: true, output };
    },
    isExecutable: (file) => m.files.has(file),
    runShown: (cmd, args, env) => {
      commands.push(`${cmd} ${args.join(" ")}`);
      expect(env.DEBIAN_FRONTEND).toBe("noninteractive");
      if (args[0] === "update") return m.aptFails !== "update";
      if (m.aptFails === "install") return false;
      for (const pkg of args.filter((a) => !a.startsWith("-") && a !== "install")) m.installs[pkg]?.(m);
      return true;
    },
    log: (line) => lines.push(line),
  };
}

const JAVA_17 = 'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment';
const JAVA_11 = 'openjdk version "11.0.22" 2024-01-16';
const DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf: DejaVu Sans:style=Book";

function completeMachine(): FakeMachine {
  return {
    programs: new Map([
      ["java", JAVA_17],
      ["mvn", "Apache Maven 3.8.7"],
      ["fc-list", DEJAVU],
      ["docker-compose", "docker-compose version 1.29.2"],
    ]),
    files: new Set(["/usr/bin/chromium"]),
    archive: new Set([
      "openjdk-17-jre-headless",
      "maven",
      "chromium",
      "fontconfig",
      "fonts-dejavu-core",
      "docker-compose",
    ]),
    installs: {
      chromium: (m) => m.files.add("/usr/bin/chromium"),
      "docker-compose": (m) => m.programs.set("docker-compose", "docker-compose version 1.29.2"),
      "openjdk-17-jre-headless": (m) => m.programs.set("java", JAVA_17),
      "openjdk-21-jre-headless": (m) => m.programs.set("java", 'openjdk version "21.0.5" 2024-10-15'),
      maven: (m) => m.programs.set("mvn", "Apache Maven 3.9.9"),
      "fonts-dejavu-core": (m) => m.programs.set("fc-list", DEJAVU),
    },
    isRoot: true,
    isDebian: true,
  };
}

describe("javaMajor", () => {
  it("reads modern and legacy version strings", () => {
    expect(javaMajor(JAVA_17)).toBe(17);
    expect(javaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(javaMajor('java version "1.8.0_392"')).toBe(8);
    expect(javaMajor("command not found")).toBeNull();
  });
});

describe("ensurePrerequisites", () => {
  it("runs nothing when everything is there", () => {
    const host = fakeHost(completeMachine());
    ensurePrerequisites(NEEDS.test, host);
    expect(host.commands).toEqual([]);
    expect(host.lines.join("\n")).toMatch(/✔ prerequisites: Java 17\+, Maven, Chromium, Fonts, docker-compose/);
  });

  it("as root on Debian installs exactly what is missing, says why, and checks again", () => {
    const machine = completeMachine();
    machine.files.delete("/usr/bin/chromium");
    machine.programs.delete("docker-compose");
    const host = fakeHost(machine);
    ensurePrerequisites(NEEDS.test, host);
    expect(host.commands).toEqual([
      "apt-get update",
      "apt-get install -y --no-install-recommends chromium docker-compose",
    ]);
    const said = host.lines.join("\n");
    expect(said).toMatch(/Chromium \(\/usr\/bin\/chromium not found\): the end-to-end tests drive Debian's Chromium/);
    expect(said).toMatch(/docker-compose \(not found\): the tests check docker-compose.yml/);
    expect(said).toMatch(/✔ prerequisites installed: Chromium, docker-compose/);
  });

  it("picks the Java package the archive has (OpenJDK 21 where 17 is gone) and replaces an old Java", () => {
    const machine = completeMachine();
    machine.programs.set("java", JAVA_11);
    machine.archive.delete("openjdk-17-jre-headless");
    machine.archive.add("openjdk-21-jre-headless");
    const host = fakeHost(machine);
    ensurePrerequisites(NEEDS.start, host);
    expect(host.commands).toEqual([
      "apt-get update",
      "apt-get install -y --no-install-recommends openjdk-21-jre-headless",
    ]);
    expect(host.lines.join("\n")).toMatch(/Java 17\+ \(Java 11 found\)/);
  });

  it("npm start's list leaves Chromium and docker-compose alone", () => {
    const machine = completeMachine();
    machine.files.clear();
    machine.programs.delete("docker-compose");
    const host = fakeHost(machine);
    ensurePrerequisites(NEEDS.start, host);
    expect(host.commands).toEqual([]);
  });

  it("without root, stops at once with the exact command to run", () => {
    const machine = { ...completeMachine(), isRoot: false };
    machine.programs.delete("mvn");
    machine.programs.set("fc-list", "");
    const host = fakeHost(machine);
    expect(() => ensurePrerequisites(NEEDS.test, host)).toThrowError(UserFacingError);
    expect(() => ensurePrerequisites(NEEDS.test, host)).toThrowError(
      "sudo apt-get update && sudo apt-get install -y --no-install-recommends maven fontconfig fonts-dejavu-core",
    );
    expect(host.commands).toEqual([]);
  });

  it("off Debian, names what is missing and the Debian packages for reference", () => {
    const machine = { ...completeMachine(), isDebian: false };
    machine.programs.delete("java");
    const host = fakeHost(machine);
    expect(() => ensurePrerequisites(NEEDS.test, host)).toThrowError(
      /Java 17\+ \(not found\): runs the local Neo4j[\s\S]*your system's package manager \(on Debian: apt-get install -y openjdk-17-jre-headless\)/,
    );
    expect(host.commands).toEqual([]);
  });

  it("fails clearly when apt-get fails or the package did not provide the program", () => {
    const failing = { ...completeMachine(), aptFails: "install" as const };
    failing.files.delete("/usr/bin/chromium");
    expect(() => ensurePrerequisites(NEEDS.test, fakeHost(failing))).toThrowError(/apt-get could not install chromium/);

    const noUpdate = { ...completeMachine(), aptFails: "update" as const };
    noUpdate.files.delete("/usr/bin/chromium");
    expect(() => ensurePrerequisites(NEEDS.test, fakeHost(noUpdate))).toThrowError(/apt-get update failed/);

    const useless = completeMachine();
    useless.programs.delete("mvn");
    useless.installs.maven = () => undefined;
    expect(() => ensurePrerequisites(NEEDS.test, fakeHost(useless))).toThrowError(
      /Still missing after apt-get:\n {2}• Maven/,
    );
  });

  it("does not apt-get a Chromium to a custom CHROMIUM_PATH", () => {
    const machine = completeMachine();
    const host = { ...fakeHost(machine), env: { CHROMIUM_PATH: "/opt/chrome/chrome" } };
    expect(() => ensurePrerequisites(NEEDS.test, host)).toThrowError(/CHROMIUM_PATH is set to \/opt\/chrome\/chrome/);
  });
});

describe("requirements", () => {
  it("each names a reason and at least one Debian package", () => {
    for (const r of [java, maven, chromium, fonts, dockerCompose]) {
      expect(r.why.length).toBeGreaterThan(10);
      expect(r.packages.length).toBeGreaterThan(0);
    }
  });

  it("installCommand is one line a person can paste", () => {
    expect(installCommand(["chromium"], false)).toBe(
      "apt-get update && apt-get install -y --no-install-recommends chromium",
    );
  });
});
