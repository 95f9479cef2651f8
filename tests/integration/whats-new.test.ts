import { randomUUID } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Driver } from "neo4j-driver";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { defaultDataDir, importSeed, loadSeed } from "@rrn/graph-seed";
import { gqlAsData, useCuratorSession } from "@rrn/testkit/curation";
import type { TestServer } from "@rrn/testkit/in-process-server";

/**
 * "What's new": every write that changes the public graph is recorded once, under the graph
 * version it produced, with what it added, changed or removed (Query.changes), and the same
 * changes are served as Atom feeds — the site's and each node's — that a feed parser reads.
 */
const uri = inject("neo4jUri");
const run = `wnew-${randomUUID().slice(0, 8)}`;
const toolkit = `${run}-toolkit`;
const approved = `${run}-approved`;
const framework = "six-core-strategies";

interface ChangeNode {
  id: string;
  label: string;
  exists: boolean;
}
interface Change {
  id: string;
  version: string;
  at: string;
  kind: string;
  itemCount: number;
  items: {
    change: string;
    type: string | null;
    node: ChangeNode | null;
    from: ChangeNode | null;
    to: ChangeNode | null;
  }[];
}
const CHANGES = `query ($node: ID, $limit: Int) { changes(node: $node, limit: $limit) {
  id version at kind itemCount
  items { change type node { id label exists } from { id label exists } to { id label exists } }
} }`;

describe("what's new", () => {
  let server: TestServer;
  let driver: Driver;
  let token: string;
  /** Versioned audit entries before this file ran: any seed-import entry made after them is this file's to remove. */
  let before: Set<string>;
  useCuratorSession(
    {
      uri,
      run,
      curator: "News Curator",
      cleanUp: (d) =>
        d.executeQuery(`MATCH (a:AuditEntry {action: "seedImport"}) WHERE NOT a.id IN $before DETACH DELETE a`, {
          before: [...before],
        }),
    },
    (s) => ({ server, driver, token } = s),
  );
  beforeAll(async () => {
    const res = await driver.executeQuery(`MATCH (a:AuditEntry) WHERE a.version IS NOT NULL RETURN a.id AS id`);
    before = new Set(res.records.map((r) => r.get("id") as string));
  });

  const changes = async (node?: string): Promise<Change[]> =>
    (await gqlAsData<{ changes: Change[] }>(server.url, null, CHANGES, { node: node ?? null, limit: 200 })).changes;
  const served = async (): Promise<string> =>
    (await gqlAsData<{ graphVersion: string }>(server.url, null, "{ graphVersion }")).graphVersion;
  /** The changes naming `id`, as kind and what happened to which node or relationship. */
  const about = async (id: string) =>
    (await changes(id)).map((c) => ({
      kind: c.kind,
      items: c.items.map((i) =>
        i.node ? `${i.change} ${i.node.id}` : `${i.change} ${i.type} ${i.from?.id}->${i.to?.id}`,
      ),
    }));

  it("records a curator's edits once each, under the version they produced, with what they changed", async () => {
    await gqlAsData(
      server.url,
      token,
      `mutation ($input: [ResourceCreateInput!]!) { createResources(input: $input) { resources { id } } }`,
      { input: [{ id: toolkit, title: `${run} News Toolkit`, kind: "TOOLKIT", summary: "A test resource." }] },
    );
    const created = await served();
    await gqlAsData(
      server.url,
      token,
      `mutation ($input: RelationshipInput!) { addRelationship(input: $input) { id } }`,
      {
        input: {
          type: "DERIVES_FROM",
          from: toolkit,
          to: framework,
          how: "ADAPTS",
          evidence: "adapts the Six Core Strategies",
          source: "https://example.org/news-toolkit",
          basis: "STATED",
        },
      },
    );
    const linked = await served();
    await gqlAsData(
      server.url,
      token,
      `mutation ($id: ID!) { updateResources(where: { id: { eq: $id } }, update: { summary: { set: "Now summarised." } }) { resources { id } } }`,
      { id: toolkit },
    );

    expect(await about(toolkit)).toEqual([
      { kind: "EDIT", items: [`CHANGED ${toolkit}`] },
      { kind: "EDIT", items: [`ADDED DERIVES_FROM ${toolkit}->${framework}`] },
      { kind: "EDIT", items: [`ADDED ${toolkit}`] },
    ]);
    const all = await changes();
    expect(all.find((c) => c.items.some((i) => i.node?.id === toolkit && i.change === "ADDED"))?.version).toBe(created);
    const link = all.find((c) => c.items.some((i) => i.type === "DERIVES_FROM" && i.from?.id === toolkit))!;
    expect(link.version).toBe(linked);
    expect(link.items[0]).toMatchObject({
      from: { id: toolkit, label: `${run} News Toolkit`, exists: true },
      to: { id: framework, label: "Six Core Strategies", exists: true },
    });
    // The framework's own list has the new link to it, and not the toolkit's other edits.
    expect((await about(framework)).filter((c) => c.items.some((i) => i.includes(toolkit)))).toEqual([
      { kind: "EDIT", items: [`ADDED DERIVES_FROM ${toolkit}->${framework}`] },
    ]);
    // Newest first.
    expect([...all.map((c) => c.at)].sort().reverse()).toEqual(all.map((c) => c.at));
  });

  it("records an approved suggestion once, and neither the suggestion nor a rejection", async () => {
    const suggest = `mutation S($t: String!) { suggestResource(input: { title: $t }) { id } }`;
    const count = (await changes()).length;
    const one = await gqlAsData<{ suggestResource: { id: string } }>(server.url, null, suggest, { t: `${run} one` });
    const two = await gqlAsData<{ suggestResource: { id: string } }>(server.url, null, suggest, { t: `${run} two` });
    await gqlAsData(
      server.url,
      token,
      `mutation R($id: ID!) { rejectSuggestion(id: $id, reason: "Out of scope") { id } }`,
      {
        id: two.suggestResource.id,
      },
    );
    expect(await changes()).toHaveLength(count);
    await gqlAsData(
      server.url,
      token,
      `mutation A($id: ID!, $input: ApproveSuggestionInput) { approveSuggestion(id: $id, input: $input) { id } }`,
      { id: one.suggestResource.id, input: { resourceId: approved } },
    );
    expect(await changes()).toHaveLength(count + 1);
    expect(await about(approved)).toEqual([{ kind: "SUGGESTION", items: [`ADDED ${approved}`] }]);
  });

  it("records a delete and a restore once each, with the relationships they took away and brought back", async () => {
    await gqlAsData(server.url, token, `mutation D($id: ID!) { deleteEntity(id: $id) { id } }`, { id: toolkit });
    const afterDelete = await changes(toolkit);
    expect(afterDelete[0]).toMatchObject({ kind: "DELETE" });
    expect(afterDelete[0]!.items.map((i) => `${i.change} ${i.node?.id ?? i.type}`).sort()).toEqual(
      [`REMOVED ${toolkit}`, "REMOVED DERIVES_FROM"].sort(),
    );
    // Deleted, it keeps its name but is no longer linked.
    expect(afterDelete[0]!.items.find((i) => i.node)?.node).toEqual({
      id: toolkit,
      label: `${run} News Toolkit`,
      exists: false,
    });
    await gqlAsData(server.url, token, `mutation R($id: ID!) { restoreEntity(id: $id) }`, { id: toolkit });
    const kinds = (await about(toolkit)).map((c) => c.kind);
    expect(kinds).toEqual(["RESTORE", "DELETE", "EDIT", "EDIT", "EDIT"]);
    expect((await about(toolkit))[0]!.items.sort()).toEqual(
      [`ADDED ${toolkit}`, `ADDED DERIVES_FROM ${toolkit}->${framework}`].sort(),
    );
  });

  it("records a seed import that changes something, and nothing for a re-import of the same seed", async () => {
    const seed = await loadSeed();
    await importSeed(driver, seed);
    const settled = (await changes()).length;
    const again = await importSeed(driver, seed);
    expect(again.graphVersion).toBeUndefined();
    expect(await changes()).toHaveLength(settled);

    const dir = mkdtempSync(path.join(tmpdir(), "whats-new-"));
    cpSync(defaultDataDir, dir, { recursive: true });
    const settings = path.join(dir, "settings.yaml");
    const summary = "summary: Schools, including special education settings, and the wider education sector.";
    expect(readFileSync(settings, "utf8")).toContain(summary);
    writeFileSync(settings, readFileSync(settings, "utf8").replace(summary, `${summary} (edited)`));
    try {
      const edited = await importSeed(driver, await loadSeed(dir));
      await expect.poll(served, { timeout: 5_000, interval: 100 }).toBe(edited.graphVersion);
      const [latest] = await changes();
      expect(latest).toMatchObject({ kind: "IMPORT", version: edited.graphVersion, itemCount: 1 });
      expect(latest!.items).toEqual([
        {
          change: "CHANGED",
          type: null,
          node: { id: "schools", label: "Schools and education settings", exists: true },
          from: null,
          to: null,
        },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const repaired = await importSeed(driver, seed);
    // Written by another process: the server's answers follow once its poll has seen the version.
    await expect.poll(served, { timeout: 5_000, interval: 100 }).toBe(repaired.graphVersion);
    expect(await changes()).toHaveLength(settled + 2);
  });

  describe("Atom feeds", () => {
    const get = (p: string, headers: Record<string, string> = {}) => fetch(`${server.url}${p}`, { headers });
    /** Well-formed XML, Atom's required elements (RFC 4287 §4.1), and what a feed reader's parser reads. */
    const read = async (res: Response) => {
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
      const xml = await res.text();
      expect(XMLValidator.validate(xml)).toBe(true);
      const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" }).parse(xml) as {
        feed: {
          "@_xmlns": string;
          id: string;
          title: unknown;
          updated: string;
          author?: unknown;
          entry?: Record<string, unknown>[];
        };
      };
      expect(doc.feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
      expect(doc.feed.id).toBeTruthy();
      expect(doc.feed.title).toBeTruthy();
      expect(Number.isNaN(Date.parse(doc.feed.updated))).toBe(false);
      expect(doc.feed.author).toBeTruthy();
      for (const entry of doc.feed.entry ?? []) {
        expect(entry.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
        expect(entry.title).toBeTruthy();
        expect(Number.isNaN(Date.parse(entry.updated as string))).toBe(false);
      }
      const feed = parseFeed(xml);
      expect(feed.meta.type).toBe("atom");
      return { feed, etag: res.headers.get("etag") };
    };

    it("carries every change in the site feed with stable ids, and answers 304 until the version moves", async () => {
      const list = await changes();
      const first = await read(await get("/feeds/changes.atom"));
      expect(first.feed.items.map((i) => i.id)).toEqual(list.slice(0, 50).map((c) => `urn:uuid:${c.id}`));
      const link = first.feed.items.find(
        (i) => i.title?.includes(`derives from Six Core Strategies`) && i.title.includes(run),
      );
      expect(link?.title).toBe(`Curator edit: New relationship: ${run} News Toolkit derives from Six Core Strategies`);
      expect(link?.url).toBe(`${server.url}/node/${toolkit}`);
      expect(link?.content).toContain(`<a href="${server.url}/node/${framework}">Six Core Strategies</a>`);
      const again = await read(await get("/feeds/changes.atom"));
      expect(again.feed.items.map((i) => i.id)).toEqual(first.feed.items.map((i) => i.id));
      expect(first.etag).toContain(await served());
      expect((await get("/feeds/changes.atom", { "if-none-match": first.etag! })).status).toBe(304);
      await gqlAsData(
        server.url,
        token,
        `mutation ($id: ID!) { updateResources(where: { id: { eq: $id } }, update: { summary: { set: "Summarised again." } }) { resources { id } } }`,
        { id: approved },
      );
      const moved = await get("/feeds/changes.atom", { "if-none-match": first.etag! });
      const next = await read(moved);
      expect(next.etag).not.toBe(first.etag);
      expect(next.feed.items[0]?.title).toBe(`Curator edit: Changed resource: ${run} one`);
    });

    it("gives each node a feed of the changes touching it", async () => {
      const { feed } = await read(await get(`/feeds/node/${framework}.atom`));
      expect(feed.title).toBe("Six Core Strategies: what's new · Restraint Reduction Explorer");
      const titles = feed.items.map((i) => i.title);
      expect(titles).toContain(`Curator edit: New relationship: ${run} News Toolkit derives from Six Core Strategies`);
      // Only what touches the framework: the toolkit's summary edit is not in it.
      expect(titles.filter((t) => t?.includes(run))).not.toContain(
        `Curator edit: Changed resource: ${run} News Toolkit`,
      );
      const own = await read(await get(`/feeds/node/${toolkit}.atom`));
      expect(own.feed.items.map((i) => i.title?.split(":")[0])).toEqual([
        "Restored",
        "Deleted",
        "Curator edit",
        "Curator edit",
        "Curator edit",
      ]);
      expect((await get("/feeds/node/no-such-node-anywhere.atom")).status).toBe(404);

      // The pages' head links need the client's server build, which this tier does not make:
      // tests/e2e/whats-new.test.ts reads them.
    });
  });
});
