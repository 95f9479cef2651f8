/**
 * npm run seed [-- --data DIR] — validates the seed data (graph-seed/data/ by default) and
 * imports it into Neo4j (NEO4J_URI, or the local instance). A validation problem stops it
 * before it connects, so nothing is written.
 */
import { parseArgs } from "node:util";
import { formatImportSummary } from "../import/format-summary.js";
import { importSeed } from "../import/import-seed.js";
import { loadSeed } from "../load-seed.js";
import { readConnectionSettings } from "@rrn/common/neo4j-env";
import { withDriver } from "../neo4j/connection.js";
import { runCli } from "./run-cli.js";
import { formatProblem } from "../validate/problems.js";

runCli(async () => {
  const { values } = parseArgs({ options: { data: { type: "string" } } });
  const seed = await loadSeed(values.data);
  for (const w of seed.warnings ?? []) console.warn(`warning: ${formatProblem(w)}`);
  const summary = await withDriver(readConnectionSettings(), async (driver, settings) => {
    const s = await importSeed(driver, seed, { log: (line) => console.log(line), database: settings.database });
    console.log(`Imported into ${settings.uri}.\n`);
    return s;
  });
  console.log(formatImportSummary(summary));
  return 0;
});
