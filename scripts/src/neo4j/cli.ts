/**
 * npm run db:start | db:stop | db:status — the local Neo4j's lifecycle.
 * NEO4J_INSTANCE picks the instance (dev by default), NEO4J_BOLT_PORT its port.
 */
import { boltUri, Neo4jEnvError, readInstanceSettings } from "@rrn/common/neo4j-env";
import { probe, runningPid, startNeo4j, stopNeo4j } from "./lifecycle.js";
import { UserFacingError } from "./prerequisites.js";

async function main(command: string | undefined): Promise<number> {
  if (process.env.NEO4J_URI) {
    console.log(`NEO4J_URI is set (${process.env.NEO4J_URI}): that Neo4j is used and no local one is managed.`);
    return 0;
  }
  const settings = readInstanceSettings();
  switch (command) {
    case "start": {
      const res = await startNeo4j(settings);
      const apoc = res.apoc ? `APOC ${res.apoc}` : "APOC MISSING";
      console.log(
        `${res.alreadyRunning ? "Already running" : "Started"}: Neo4j ${res.neo4j} (${apoc}) at ${res.uri} (pid ${res.pid})`,
      );
      if (!res.apoc) throw new UserFacingError("APOC did not load; see .neo4j/instances/*/logs/debug.log");
      return 0;
    }
    case "stop": {
      const stopped = await stopNeo4j(settings);
      console.log(stopped ? `Stopped Neo4j (${settings.name}).` : `Neo4j (${settings.name}) was not running.`);
      return 0;
    }
    case "status": {
      const pid = runningPid(settings);
      if (pid === undefined) {
        console.log(`Neo4j (${settings.name}) is not running.`);
        return 3;
      }
      try {
        const v = await probe(boltUri(settings));
        console.log(
          `Neo4j (${settings.name}) is running: ${v.neo4j}, APOC ${v.apoc ?? "missing"}, ${boltUri(settings)}, pid ${pid}.`,
        );
      } catch {
        console.log(
          `Neo4j (${settings.name}) process ${pid} is up but Bolt at ${boltUri(settings)} does not answer yet.`,
        );
      }
      return 0;
    }
    default:
      console.error("usage: cli.ts start|stop|status");
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof UserFacingError || err instanceof Neo4jEnvError) console.error(`error: ${err.message}`);
    else console.error(err);
    process.exit(1);
  },
);
