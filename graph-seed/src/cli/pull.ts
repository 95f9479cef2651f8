/**
 * npm run seed:pull [-- --data DIR] — writes what curators changed in the graph (NEO4J_URI, or
 * the local instance) into the seed files (graph-seed/data/ by default) as YAML edits to review
 * and commit. The result is validated first; on a problem nothing is written.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { readConnectionSettings } from "@rrn/common/neo4j-env";
import { withDriver } from "../neo4j/connection.js";
import { defaultDataDir, displayPath } from "../paths.js";
import { pullCuratorChanges } from "../pull/pull-changes.js";
import { runCli } from "./run-cli.js";

runCli(async () => {
  const { values } = parseArgs({ options: { data: { type: "string" } } });
  const dataDir = path.resolve(values.data ?? defaultDataDir);
  const result = await withDriver(readConnectionSettings(), (driver, settings) =>
    pullCuratorChanges(driver, { dataDir, database: settings.database }),
  );
  if (result.edits.length === 0) {
    console.log(`No curator changes: ${displayPath(dataDir)} already says what the graph says.`);
    return 0;
  }
  console.log(`Curator changes written to ${displayPath(dataDir)} (${result.edits.length}):`);
  for (const edit of result.edits) console.log(`  ${edit}`);
  console.log(
    `\nFiles changed: ${result.files.join(", ") || "none"}.\nReview them (git diff), fix evidence and sources where the ` +
      `validator asks, and commit. The next npm run seed then records nothing as the curators' any more.`,
  );
  return 0;
});
