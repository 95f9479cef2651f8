/**
 * `npm run bench:lighthouse -- [URL …]`: Lighthouse 12 (the last major that runs on Node 20)
 * against pages of a running explorer (default http://localhost:4000/, e.g. from `npm start`),
 * in Debian's Chromium like every other browser measurement here. Prints each category's score
 * and every audit that did not pass; exits 1 when SEO is below 100, the landing page's target.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { CHROMIUM } from "@rrn/testkit/browser";
import { repoRoot } from "@rrn/testkit/paths";

const CATEGORIES = ["seo", "accessibility", "best-practices", "performance"];

const report = z.object({
  categories: z.record(z.string(), z.object({ title: z.string(), score: z.number().nullable() })),
  audits: z.record(
    z.string(),
    z.object({ title: z.string(), score: z.number().nullable(), scoreDisplayMode: z.string() }),
  ),
});

function audit(url: string): z.infer<typeof report> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rrn-lighthouse-"));
  const output = path.join(dir, "report.json");
  try {
    const res = spawnSync(
      path.join(repoRoot, "node_modules/.bin/lighthouse"),
      [
        url,
        `--only-categories=${CATEGORIES.join(",")}`,
        "--chrome-flags=--headless=new --no-sandbox",
        "--output=json",
        `--output-path=${output}`,
        "--quiet",
      ],
      { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, CHROME_PATH: CHROMIUM } },
    );
    if (res.status !== 0) throw new Error(`lighthouse failed on ${url} (exit ${res.status ?? "signal"})`);
    return report.parse(JSON.parse(readFileSync(output, "utf8")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const urls = process.argv.slice(2).filter((a) => a !== "--");
let seoBelowTarget = false;
for (const url of urls.length > 0 ? urls : ["http://localhost:4000/"]) {
  const result = audit(url);
  console.log(`\n${url}`);
  for (const id of CATEGORIES) {
    const category = result.categories[id];
    if (category) console.log(`  ${category.title.padEnd(16)} ${Math.round((category.score ?? 0) * 100)}`);
  }
  for (const [id, a] of Object.entries(result.audits)) {
    if (a.score !== null && a.score < 1 && ["binary", "numeric"].includes(a.scoreDisplayMode)) {
      console.log(`    not passed: ${id} — ${a.title}`);
    }
  }
  if ((result.categories.seo?.score ?? 0) < 1) seoBelowTarget = true;
}
process.exitCode = seoBelowTarget ? 1 : 0;
