/** npm run seed:report — what the graph holds and where curation is thin. Read-only. */
import { withDriver } from "../neo4j/connection.js";
import { formatReport } from "../report/format-report.js";
import { buildReport } from "../report/seed-report.js";
import { runCli } from "./run-cli.js";

runCli(async () => {
  const report = await withDriver((driver, settings) => buildReport(driver, settings.database));
  console.log(formatReport(report));
  return 0;
});
