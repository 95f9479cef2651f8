import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { distDir, libDir, pluginsDir, pomFile, repoRoot } from "./paths.js";
import { UserFacingError, requireJava17, requireMaven } from "./prerequisites.js";

const markerFile = path.join(distDir, "provisioned.json");

/** Versions the pom pins; the marker records them so a version bump re-provisions. */
export function pinnedVersions(): { neo4j: string; apoc: string } {
  const pom = readFileSync(pomFile, "utf8");
  const neo4j = /<neo4j\.version>([^<]+)</.exec(pom)?.[1];
  const apoc = /<apoc\.version>([^<]+)</.exec(pom)?.[1];
  if (!neo4j || !apoc) throw new Error(`${pomFile} must define neo4j.version and apoc.version`);
  return { neo4j, apoc };
}

export function isProvisioned(): boolean {
  if (!existsSync(markerFile)) return false;
  try {
    const marker = JSON.parse(readFileSync(markerFile, "utf8")) as { neo4j?: string; apoc?: string };
    const wanted = pinnedVersions();
    return (
      marker.neo4j === wanted.neo4j &&
      marker.apoc === wanted.apoc &&
      readdirSync(libDir).some((f) => f.startsWith(`neo4j-${wanted.neo4j}`)) &&
      readdirSync(pluginsDir).some((f) => f.startsWith("apoc-core-"))
    );
  } catch {
    return false;
  }
}

/**
 * Fetches Neo4j Community and the APOC core plugin with Maven into .neo4j/dist, reusing what
 * is already there. Maven's own output is condensed into a progress line.
 */
export async function provision(log: (line: string) => void = console.log): Promise<void> {
  requireJava17();
  if (isProvisioned()) return;
  requireMaven();
  const { neo4j, apoc } = pinnedVersions();
  log(`Provisioning Neo4j Community ${neo4j} and APOC core ${apoc} from Maven Central…`);

  const args = ["-B", "-f", pomFile, "package"];
  const child = spawn("mvn", args, { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] });
  let downloaded = 0;
  let lastPrinted = 0;
  const tail: string[] = [];
  const tty = process.stdout.isTTY;
  const onLine = (line: string): void => {
    tail.push(line);
    if (tail.length > 40) tail.shift();
    if (line.includes("Downloaded from")) {
      downloaded += 1;
      const now = Date.now();
      if (tty) process.stdout.write(`\r  downloaded ${downloaded} files…`);
      else if (now - lastPrinted > 5000) {
        log(`  downloaded ${downloaded} files…`);
        lastPrinted = now;
      }
    }
  };
  let buffer = "";
  const onData = (chunk: Buffer): void => {
    buffer += chunk.toString("utf8");
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    lines.forEach(onLine);
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  const code = await new Promise<number>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (c) => resolve(c ?? 1));
  });
  if (tty && downloaded > 0) process.stdout.write("\n");
  if (code !== 0) {
    throw new UserFacingError(
      `mvn failed (exit ${code}) while fetching Neo4j ${neo4j}; its last lines:\n${tail.slice(-15).join("\n")}`,
    );
  }
  writeFileSync(markerFile, JSON.stringify({ neo4j, apoc, at: new Date().toISOString() }, null, 2));
  log(`Neo4j ${neo4j} ready in ${path.relative(repoRoot, distDir)} (${downloaded} files downloaded).`);
}
