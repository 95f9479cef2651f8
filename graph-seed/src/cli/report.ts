/** npm run seed:report — what the graph holds and where curation is thin. Read-only. */
import { readConnectionSettings } from "@rrn/common/neo4j-env";
import { withDriver } from "../neo4j/connection.js";
import { formatReport } from "../report/format-report.js";
import { buildReport } from "../report/seed-report.js";
import { runCli } from "./run-cli.js";

runCli(async () => {
  const report = await withDriver(readConnectionSettings(), (driver, settings) =>
    buildReport(driver, settings.database),
  );
  console.log(formatReport(report));
  return 0;
});
