import { parseArgs } from "node:util";
import { openDriver } from "@rrn/graph-seed";
import { readConnectionSettings } from "@rrn/common/neo4j-env";
import { formatSyncReport } from "./format-report.js";
import { readPageSource, RRN_PAGE_URL } from "./read-source.js";
import { syncWithPage } from "./sync.js";

const USAGE = `Usage: npm run source:sync -- [URL|FILE] [--json] [--apply] [--check]

  URL|FILE  the RRN "Tools and resources" page: its address, or a saved copy of its HTML
            (default: SOURCE_URL, else ${RRN_PAGE_URL})
  --json    print one JSON object { matched, new, changed, missing, links, evidenceDrift } instead of the report
  --apply   file the proposals in the curators' suggestion queue (source: page-sync), each once;
            nothing in the graph is edited or deleted
  --check   exit with status 2 when an evidence quote is no longer on the page

Reads the Neo4j settings as the other tools do (NEO4J_URI, …; the local instance otherwise).`;

/** Exit status of --check when the page no longer carries every evidence quote. */
const DRIFT_STATUS = 2;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: "boolean" },
      apply: { type: "boolean" },
      check: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.error(USAGE);
    return 0;
  }
  if (positionals.length > 1) throw new Error(`One page, not ${positionals.length}.\n\n${USAGE}`);
  // An empty SOURCE_URL (compose passes one when the operator set none) means the default too.
  const source = positionals[0] ?? (process.env.SOURCE_URL || RRN_PAGE_URL);

  const page = await readPageSource(source);
  const settings = readConnectionSettings();
  const driver = await openDriver(settings);
  try {
    const { report, filed, alreadyFiled } = await syncWithPage(page, {
      driver,
      database: settings.database,
      apply: values.apply ?? false,
    });
    if (values.json) console.log(JSON.stringify(report, null, 2));
    else console.log(formatSyncReport(report));
    if (values.apply) console.error(`Filed ${filed} proposal(s) for curators; ${alreadyFiled} had been filed before.`);
    if (values.check && report.evidenceDrift.length > 0) {
      console.error(`${report.evidenceDrift.length} evidence quote(s) are no longer on the page.`);
      return DRIFT_STATUS;
    }
    return 0;
  } finally {
    await driver.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`source:sync failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
