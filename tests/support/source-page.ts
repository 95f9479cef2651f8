import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { repoRoot } from "@rrn/testkit/paths";
import type { CliResult } from "./cli.js";

/** The fixture pages (tests/fixtures/source-page/), served over HTTP as the real page would be. */
export const SOURCE_PAGES = ["today", "later"] as const;
export type SourcePageName = (typeof SOURCE_PAGES)[number];

export interface PageServer {
  /** The address of a fixture page on this server. */
  urlOf: (page: SourcePageName) => string;
  close: () => Promise<void>;
}

/** A local HTTP server for the fixture pages, so the sync fetches a page as it would the RRN's, offline. */
export async function servePages(): Promise<PageServer> {
  const dir = path.join(repoRoot, "tests/fixtures/source-page");
  const bodies = new Map(SOURCE_PAGES.map((name) => [`/${name}/`, readFileSync(path.join(dir, `${name}.html`))]));
  const server = http.createServer((req, res) => {
    const body = bodies.get(req.url ?? "");
    if (body) res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    urlOf: (page) => `http://127.0.0.1:${port}/${page}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

/**
 * `npm run source:sync -- <url> …flags` against the given Neo4j, as an operator runs it. Not
 * spawnSync (tests/support/cli.ts): the page server runs in this process and must answer while
 * the command waits for it.
 */
export function runSourceSync(neo4jUri: string, url: string, ...flags: string[]): Promise<CliResult> {
  const env = { ...process.env, NEO4J_URI: neo4jUri };
  const script = path.join(repoRoot, "server/src/source-sync/cli.ts");
  return new Promise((resolve) => {
    execFile(
      path.join(repoRoot, "node_modules/.bin/tsx"),
      [script, url, ...flags],
      { cwd: repoRoot, env, encoding: "utf8", timeout: 240_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === "number" ? error.code : null) : 0;
        resolve({ status, stdout, stderr });
      },
    );
  });
}

/** Removes the page sync's proposals and the audit entries of their decisions. */
export async function removePageSyncProposals(driver: Driver): Promise<void> {
  await driver.executeQuery(
    `MATCH (s:Suggestion {source: "page-sync"})
     OPTIONAL MATCH (a:AuditEntry) WHERE s.id IN a.entityIds
     DETACH DELETE s, a`,
  );
}
