/**
 * npm run db:restore FILE [--force] — loads a db:export dump into an empty database; --force
 * wipes a non-empty one first (atomically with the load).
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { restoreGraph, RestoreRefusedError } from "../backup/restore-graph.js";
import { readConnectionSettings } from "@rrn/common/neo4j-env";
import { withDriver } from "../neo4j/connection.js";
import { runCli, UserFacingError } from "./run-cli.js";

runCli(async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { force: { type: "boolean", default: false } },
  });
  const file = positionals[0];
  if (!file) throw new UserFacingError("usage: npm run db:restore FILE [--force]");
  // `npm run db:restore FILE --force` hands --force to npm, which passes it on only as this variable.
  const force = values.force || process.env.npm_config_force === "true";
  let dump: unknown;
  try {
    dump = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new UserFacingError(`Cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const summary = await withDriver(readConnectionSettings(), async (driver, settings) => {
    try {
      return await restoreGraph(driver, dump, { force, database: settings.database });
    } catch (err) {
      if (err instanceof RestoreRefusedError) throw new UserFacingError(err.message);
      throw err;
    }
  });
  if (summary.wiped > 0) console.log(`Wiped ${summary.wiped} nodes (--force).`);
  if (summary.schemaCreated.length > 0) console.log(`Created ${summary.schemaCreated.join(", ")}.`);
  console.log(`Restored ${summary.nodes} nodes and ${summary.relationships} relationships from ${file}.`);
  return 0;
});
