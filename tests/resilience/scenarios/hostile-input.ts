import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordFigures } from "../support/figures.js";
import { expandRequest, loadCorpus, type CorpusCase, type ExpandedRequest } from "../support/hostile-corpus.js";
import { neo4jUri, openTestDriver } from "../support/neo4j-instance.js";
import { rawRequest, type RawResponse } from "../support/raw-http.js";
import { graphChecksum, type GraphChecksum } from "@rrn/testkit/neo4j";
import { type ServerProcess, startServerProcess } from "@rrn/testkit/server";

interface Body {
  data?: unknown;
  errors?: { message?: string; extensions?: { code?: string } }[];
}

function parseBody(res: RawResponse): Body | undefined {
  try {
    return JSON.parse(res.body) as Body;
  } catch {
    return undefined;
  }
}

const asList = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);

/** Headers that could carry identity; stripped to ask the same question anonymously. */
const credentialHeaders = /^(authorization|cookie|x-forwarded-.*)$/;

/** What a production answer never contains, whatever went wrong. */
const leaks = /stacktrace|node_modules|\.ts:\d+|at [\w.<>]+ \(|Did you mean/i;

/**
 * Checks one answer against its case: the expected status, a GraphQL error with the expected
 * code where one is due (never INTERNAL_SERVER_ERROR), data where the input was merely odd,
 * and nothing leaked.
 */
function checkAnswer(c: CorpusCase, res: RawResponse): void {
  const where = `${c.file} › ${c.name}: HTTP ${res.status} ${res.body.slice(0, 300)}`;
  expect(res.status, where).toBeLessThan(500);
  expect(asList(c.expect.status), where).toContain(res.status);
  expect(res.body, where).not.toMatch(leaks);
  const body = parseBody(res);
  const errors = body?.errors ?? [];
  for (const e of errors) expect(e.extensions?.code, where).not.toBe("INTERNAL_SERVER_ERROR");
  if (c.expect.code !== undefined) {
    expect(errors.length, where).toBeGreaterThan(0);
    expect(asList(c.expect.code), where).toContain(errors[0]?.extensions?.code);
  } else if (res.status === 200 && c.request.path.startsWith("/graphql") && !c.expect.dataOrError) {
    // Merely odd input: answered normally.
    expect(errors, where).toEqual([]);
    expect(body?.data, where).toBeTruthy();
  }
  if (c.expect.message !== undefined) expect(errors[0]?.message, where).toMatch(new RegExp(c.expect.message, "i"));
  if (c.expect.data !== undefined) expect(body?.data, where).toEqual(c.expect.data);
  for (const h of c.expect.headersAbsent ?? []) expect(res.headers[h], `${where} (header ${h})`).toBeUndefined();
  for (const [h, pattern] of Object.entries(c.expect.headers ?? {})) {
    expect(String(res.headers[h]), `${where} (header ${h})`).toMatch(new RegExp(pattern));
  }
  if (c.expect.bodyNot !== undefined) expect(res.body, where).not.toMatch(new RegExp(c.expect.bodyNot));
  if (c.expect.dataOrError) expect(errors.length > 0 || body?.data != null, `${where} (data or an error)`).toBe(true);
}

function withoutCredentials(req: ExpandedRequest): ExpandedRequest {
  return {
    ...req,
    headers: Object.fromEntries(Object.entries(req.headers).filter(([k]) => !credentialHeaders.test(k))),
  };
}

/**
 * Every case of the hostile corpus (tests/resilience/hostile/*.yaml) against a production
 * server, one at a time, each followed by a health check; the graph's checksum before and
 * after proves none of them changed anything.
 */
export function hostileInputScenario(): void {
  const corpus = loadCorpus();

  describe("hostile input corpus, against a production server", () => {
    let server: ServerProcess;
    let driver: Driver;
    let before: GraphChecksum;
    let clientDist: string;
    const tried: string[] = [];

    beforeAll(async () => {
      driver = await openTestDriver();
      before = await graphChecksum(driver);
      // A stand-in for the built explorer, so the static routes and their headers are exercised.
      clientDist = mkdtempSync(path.join(tmpdir(), "rrn-resilience-client-"));
      writeFileSync(path.join(clientDist, "index.html"), "<!doctype html><title>RRN explorer</title>");
      server = await startServerProcess({
        NODE_ENV: "production",
        NEO4J_URI: neo4jUri,
        CORS_ORIGINS: "https://allowed.example",
        CLIENT_DIST: clientDist,
        // Curation switched on with a secret no one else knows, so forged tokens meet a real verifier.
        CURATOR_JWT_SECRET: randomBytes(32).toString("base64url"),
        LOG_LEVEL: "warn",
      });
    });

    afterAll(async () => {
      await server?.stop();
      await driver?.close();
      rmSync(clientDist, { recursive: true, force: true });
    });

    it("has at least 40 cases, each named once", () => {
      const names = corpus.map((c) => `${c.file} › ${c.name}`);
      expect(new Set(names).size).toBe(names.length);
      expect(corpus.length).toBeGreaterThanOrEqual(40);
    });

    it.each(corpus.map((c) => [`${c.file.replace(/\.yaml$/, "")} › ${c.name}`, c] as const))("%s", async (_name, c) => {
      const req = expandRequest(c);
      const res = await rawRequest(server.url, req);
      checkAnswer(c, res);
      if (c.expect.sameAsAnonymous && res.status === 200) {
        const anonymous = await rawRequest(server.url, withoutCredentials(req));
        expect(parseBody(res), "same answer as without credentials").toEqual(parseBody(anonymous));
      }
      tried.push(c.name);

      // Still healthy: alive, and a real query still answers.
      expect(server.alive(), "server process alive").toBe(true);
      const health = await fetch(`${server.url}/health`);
      expect(health.status).toBe(200);
      const canary = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: '{ node(id: "mersey-care") { id } }' }),
      });
      expect(await canary.json()).toEqual({ data: { node: { id: "mersey-care" } } });
    });

    it("leaves the graph exactly as it was (checksum of every node, relationship and property)", async () => {
      const after = await graphChecksum(driver);
      expect(after).toEqual(before);
      recordFigures("hostile", {
        cases: corpus.length,
        answeredAsExpected: tried.length,
        files: [...new Set(corpus.map((c) => c.file))].length,
        graphChecksumUnchanged: after.sha256 === before.sha256,
        nodes: after.nodes,
        relationships: after.relationships,
      });
    });

    it("serves the explorer with security headers and a CSP that allows only its own origin", async () => {
      const res = await fetch(`${server.url}/node/six-core-strategies`);
      expect(res.status).toBe(200);
      const csp = res.headers.get("content-security-policy") ?? "";
      const directives = new Map(
        csp.split(";").map((d) => {
          const [name = "", ...values] = d.trim().split(/\s+/);
          return [name, values] as const;
        }),
      );
      expect(directives.get("default-src")).toEqual(["'self'"]);
      expect(directives.get("script-src")).toEqual(["'self'"]);
      expect(directives.get("connect-src")).toEqual(["'self'"]);
      expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
      expect(directives.get("object-src")).toEqual(["'none'"]);
      expect(directives.get("script-src-attr")).toEqual(["'none'"]);
      // Style attributes only (the server-rendered HTML's shades and bar widths); never <style> or script.
      expect(directives.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
      // No other origin anywhere: every source is 'self', 'none', a hash, data: or blob:.
      for (const [name, values] of directives) {
        if (name === "style-src-attr") continue;
        for (const v of values) expect(v, name).toMatch(/^('self'|'none'|'sha256-[A-Za-z0-9+/=]+'|data:|blob:)$/);
      }
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(res.headers.get("x-powered-by")).toBeNull();
    });
  });
}
