import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { log } from "../log.js";
import { repoRoot } from "@rrn/testkit/paths";

export interface BundleSizes {
  initialGzipBytes: number;
  /** Initial-view files by name (entry and its modulepreloads). */
  initial: Record<string, number>;
  /** Every other JavaScript chunk: loaded on demand. */
  chunks: Record<string, number>;
}

/** Builds the client with Vite into `outDir` (mode "production" or "test"). */
export function buildClient(outDir: string, mode: "production" | "test"): void {
  log(`Building the client (vite build --mode ${mode}) into ${outDir}…`);
  const res = spawnSync(
    path.join(repoRoot, "node_modules/.bin/vite"),
    ["build", "--mode", mode, "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"],
    { cwd: path.join(repoRoot, "client"), stdio: ["ignore", "inherit", "inherit"] },
  );
  if (res.status !== 0) throw new Error(`client build failed (exit ${res.status ?? "signal"})`);
}

const gzipBytes = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * What the first view needs is what index.html loads: its module script and every
 * `modulepreload`. Everything else under assets/ is a lazy chunk. Sizes are gzip level 9,
 * roughly what a CDN or reverse proxy serves.
 */
export function measureBundle(dist: string): BundleSizes {
  const html = readFileSync(path.join(dist, "index.html"), "utf8");
  const initialFiles = new Set(
    [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!).filter(Boolean),
  );
  const initial: Record<string, number> = {};
  const chunks: Record<string, number> = {};
  for (const name of readdirSync(path.join(dist, "assets"))) {
    if (!name.endsWith(".js")) continue;
    const rel = `assets/${name}`;
    const size = gzipBytes(path.join(dist, rel));
    if (initialFiles.has(rel)) initial[name] = size;
    else chunks[name] = size;
  }
  const initialGzipBytes = Object.values(initial).reduce((a, b) => a + b, 0);
  log(`  first view: ${(initialGzipBytes / 1024).toFixed(1)} KiB gzip in ${Object.keys(initial).length} file(s)`);
  for (const [name, size] of Object.entries(chunks)) log(`  lazy ${name}: ${(size / 1024).toFixed(1)} KiB gzip`);
  return { initialGzipBytes, initial, chunks };
}
