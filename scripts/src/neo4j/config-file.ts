import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { InstanceSettings } from "@rrn/common/neo4j-env";
import type { InstanceDirs } from "./paths.js";
import { pluginsDir } from "./paths.js";

/**
 * The JVM flags the official `neo4j` launcher takes from its default neo4j.conf
 * (server.jvm.additional), which we must pass ourselves because we start the main class directly.
 */
export const launcherJvmFlags = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+AlwaysPreTouch",
  "-XX:+UnlockExperimentalVMOptions",
  "-XX:+TrustFinalNonStaticFields",
  "-XX:+DisableExplicitGC",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Djdk.tls.ephemeralDHKeySize=2048",
  "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
  "-XX:FlightRecorderOptions=stackdepth=256",
  "-XX:+UnlockDiagnosticVMOptions",
  "-XX:+DebugNonSafepoints",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "-Dlog4j2.disable.jmx=true",
  "-Dlog4j.layout.jsonTemplate.maxStringLength=32768",
];

/**
 * A minimal neo4j.conf. Authentication is off: the server listens on 127.0.0.1 only and is a
 * development/test database; point NEO4J_URI at a secured Neo4j for anything shared.
 */
export function writeConfig(settings: InstanceSettings, dirs: InstanceDirs): string {
  for (const dir of [dirs.conf, dirs.data, dirs.logs, dirs.run]) mkdirSync(dir, { recursive: true });
  const lines = [
    "# Written by scripts/src/neo4j/config-file.ts on every start; edit that file, not this one.",
    "server.default_listen_address=127.0.0.1",
    "server.default_advertised_address=127.0.0.1",
    `server.bolt.listen_address=127.0.0.1:${settings.boltPort}`,
    "server.bolt.enabled=true",
    "server.http.enabled=false",
    "server.https.enabled=false",
    "dbms.security.auth_enabled=false",
    `server.directories.data=${dirs.data}`,
    `server.directories.logs=${dirs.logs}`,
    `server.directories.run=${dirs.run}`,
    `server.directories.plugins=${pluginsDir}`,
    `server.memory.heap.initial_size=${settings.heap}`,
    `server.memory.heap.max_size=${settings.heap}`,
    `server.memory.pagecache.size=${settings.pageCache}`,
    "dbms.security.procedures.unrestricted=apoc.*",
    // A query that runs away is stopped rather than holding a core forever.
    "db.transaction.timeout=60s",
    "dbms.usage_report.enabled=false",
    "",
  ];
  const file = path.join(dirs.conf, "neo4j.conf");
  writeFileSync(file, lines.join("\n"));
  return file;
}
