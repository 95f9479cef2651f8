/** npm run db:export [FILE] — the whole graph as JSON, to FILE or .neo4j/exports/graph-<time>.json. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { exportGraph } from "../backup/export-graph.js";
import { readConnectionSettings } from "@rrn/common/neo4j-env";
import { withDriver } from "../neo4j/connection.js";
import { defaultExportDir, displayPath } from "../paths.js";
import { runCli } from "./run-cli.js";

runCli(async () => {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = path.resolve(positionals[0] ?? path.join(defaultExportDir, `graph-${stamp}.json`));
  const dump = await withDriver(readConnectionSettings(), (driver, settings) =>
    exportGraph(driver, { database: settings.database }),
  );
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(dump, null, 2)}\n`);
  console.log(
    `Exported ${dump.nodes.length} nodes and ${dump.relationships.length} relationships to ${displayPath(file)}`,
  );
  return 0;
});
