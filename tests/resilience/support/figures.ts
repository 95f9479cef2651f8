import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "@rrn/testkit/paths";

/**
 * The measured figures of one run, by scenario: printed at the end (they are the point of the
 * tier) and written to tests/artifacts/resilience/figures.json for docs/reliability.md.
 */
const figures: Record<string, unknown> = {};

export function recordFigures(scenario: string, values: Record<string, unknown>): void {
  figures[scenario] = { ...(figures[scenario] as Record<string, unknown> | undefined), ...values };
  console.log(`[resilience] ${scenario}: ${JSON.stringify(values)}`);
}

export function writeFigures(): string {
  const file = path.join(repoRoot, "tests/artifacts/resilience/figures.json");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), ...figures }, null, 2)}\n`);
  console.log(`[resilience] figures written to ${path.relative(repoRoot, file)}`);
  return file;
}
