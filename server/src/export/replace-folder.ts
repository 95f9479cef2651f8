import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";

/**
 * Puts a finished export in place: the old folder is moved aside, the new one renamed in, the
 * old one removed. Each rename is atomic (both sit in the same parent folder), so a failure
 * before them leaves the previous export as it was, and at no point is a half-written one at
 * `outDir`; if the second rename fails, the old folder is put back.
 */
export async function replaceFolder(staging: string, outDir: string): Promise<void> {
  const previous = `${outDir}.previous-${process.pid}`;
  const had = existsSync(outDir);
  if (had) await rename(outDir, previous);
  try {
    await rename(staging, outDir);
  } catch (err) {
    if (had) await rename(previous, outDir);
    throw err;
  }
  if (had) await rm(previous, { recursive: true, force: true });
}
