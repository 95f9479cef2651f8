import { parse as parseGexf } from "graphology-gexf";
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { LineageDocument, OverviewDocument } from "@rrn/client/operations";
import { gqlData } from "@rrn/testkit/graphql";
import { baseUrl, openView } from "./support/app.js";
import { withBrowserPage } from "./support/with-browser-page.js";

/**
 * The graph by URL, for other tools (server/src/graph-files/): each file holds what the view's
 * own GraphQL answer holds, a GEXF reads back in graphology-gexf's parser (what Gephi Lite
 * uses), files are revalidated by ETag per graph version, any origin may read them, and a bad
 * `url` is a 400 that says why. Against the real server and the seeded graph.
 */
const LINEAGE = "/node/six-core-strategies/lineage";
const viewFile = (ext: string, url: string) => `${baseUrl()}/exports/view.${ext}?url=${encodeURIComponent(url)}`;

/**
 * A file, asked for again after a 503 (at most 4 times): on a loaded test machine a view's query
 * can time out, which the server rightly answers 503 with Retry-After rather than a broken file.
 */
async function fetchFile(url: string, init?: RequestInit): Promise<Response> {
  for (let attempt = 1; ; attempt += 1) {
    const res = await fetch(url, init);
    if (res.status !== 503 || attempt === 4) return res;
    await res.arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 1000 * Number(res.headers.get("retry-after") ?? 1)));
  }
}

/** The view's own answer: its nodes, the edges it can draw (both ends present) and its positions. */
async function lineageAnswer() {
  const data = await gqlData(baseUrl(), LineageDocument, { id: "six-core-strategies", direction: "DOWNSTREAM" });
  const ids = new Set(data.lineage.nodes.map((n) => n.id));
  return {
    nodes: ids,
    types: new Map(data.lineage.nodes.map((n) => [n.id, n.type])),
    edges: new Set(data.lineage.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e) => e.id)),
    layout: new Map((data.lineage.layout ?? []).map((p) => [p.id, p])),
  };
}

describe("graph files by URL", () => {
  it("a view's GEXF reads back in a GEXF parser with the view's nodes, edges, colours and positions", async () => {
    const expected = await lineageAnswer();
    const res = await fetchFile(viewFile("gexf", LINEAGE));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/gexf\+xml/);
    const text = await res.text();
    expect(text).toContain('version="1.3"');
    const graph = parseGexf(MultiDirectedGraph, text);
    expect(new Set(graph.nodes())).toEqual(expected.nodes);
    expect(graph.size).toBe(expected.edges.size);
    expect(new Set(graph.edges())).toEqual(expected.edges);

    // Positions: the API's hierarchy layout, the one the view draws.
    expect(expected.layout.size).toBe(expected.nodes.size);
    for (const [id, at] of expected.layout) {
      expect(graph.getNodeAttribute(id, "x")).toBeCloseTo(at.x, 6);
      expect(graph.getNodeAttribute(id, "y")).toBeCloseTo(at.y, 6);
    }
    // Colours: one per node type, as the canvas key gives them.
    const colourOf = new Map<string, string>();
    for (const id of graph.nodes()) {
      const colour = graph.getNodeAttribute(id, "color") as string;
      expect(colour).toMatch(/^#[0-9a-f]{6}$/i);
      const type = expected.types.get(id)!;
      expect(graph.getNodeAttribute(id, "type")).toBe(type);
      expect(colourOf.get(type) ?? colour).toBe(colour);
      colourOf.set(type, colour);
    }
    expect(new Set(colourOf.values()).size).toBe(colourOf.size);
    // Edges carry their relationship type and basis.
    for (const id of graph.edges()) {
      expect(graph.getEdgeAttribute(id, "relationship")).toBe(id.split(":")[0]);
      expect(graph.getEdgeAttribute(id, "basis")).toMatch(/^(STATED|TITLE|INFERRED|GENERAL_KNOWLEDGE)$/);
    }
  });

  it("JSON has the same nodes and links and the graph version; GraphML the same counts", async () => {
    const expected = await lineageAnswer();
    const res = await fetchFile(viewFile("json", LINEAGE));
    expect(res.status).toBe(200);
    const json = (await res.json()) as {
      graphVersion: string;
      view: string;
      nodes: { id: string }[];
      links: { id: string; type: string; basis: string }[];
    };
    expect(json.graphVersion).toBe(res.headers.get("x-graph-version"));
    expect(json.view.startsWith(LINEAGE)).toBe(true);
    expect(new Set(json.nodes.map((n) => n.id))).toEqual(expected.nodes);
    expect(new Set(json.links.map((l) => l.id))).toEqual(expected.edges);

    const graphml = await (await fetchFile(viewFile("graphml", LINEAGE))).text();
    expect((graphml.match(/<node /g) ?? []).length).toBe(expected.nodes.size);
    expect((graphml.match(/<edge /g) ?? []).length).toBe(expected.edges.size);
  });

  it("the whole graph: the overview's answer at the API's largest limit", async () => {
    const data = await gqlData(baseUrl(), OverviewDocument, { filter: null, limit: 1000 });
    const ids = new Set(data.graph.nodes.map((n) => n.id));
    const edges = data.graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
    const res = await fetchFile(`${baseUrl()}/exports/graph.gexf`);
    expect(res.status).toBe(200);
    const graph = parseGexf(MultiDirectedGraph, await res.text());
    expect(graph.order).toBe(ids.size);
    expect(graph.size).toBe(edges.length);
    const json = (await (await fetchFile(`${baseUrl()}/exports/graph.json`)).json()) as { nodes: unknown[] };
    expect(json.nodes).toHaveLength(ids.size);
  });

  it.each([
    ["/node/hope-model", true],
    ["/node/restrain-yourself-toolkit/similar", false],
    ["/org/mersey-care", true],
    ["/path?from=six-core-strategies&to=mersey-care&context=include", true],
    ["/timeline", true],
    ["/?setting=schools", true],
  ])("every graph view has its file: %s", async (url, positioned) => {
    const res = await fetchFile(viewFile("gexf", url));
    expect(res.status).toBe(200);
    const graph = parseGexf(MultiDirectedGraph, await res.text());
    expect(graph.order).toBeGreaterThan(1);
    const placed = graph.filterNodes((_id, a) => typeof a.x === "number" && typeof a.y === "number");
    // The views the API lays out carry every position; the similar view has none to give.
    expect(placed.length).toBe(positioned ? graph.order : 0);
    const json = (await (await fetchFile(viewFile("json", url))).json()) as { nodes: unknown[]; links: unknown[] };
    expect([json.nodes.length, json.links.length]).toEqual([graph.order, graph.size]);
  });

  it("is revalidated per graph version: the same ETag, 304 on If-None-Match", async () => {
    const url = viewFile("gexf", LINEAGE);
    const first = await fetchFile(url, { headers: { "accept-encoding": "br" } });
    await first.arrayBuffer();
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[^"]+"$/);
    expect(first.headers.get("cache-control")).toBe("no-cache");
    const again = await fetch(url, { headers: { "accept-encoding": "br" } });
    await again.arrayBuffer();
    expect(again.headers.get("etag")).toBe(etag);
    const revalidated = await fetch(url, { headers: { "accept-encoding": "br", "if-none-match": etag! } });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");
  });

  it("is readable from any origin (these files only), preflight included", async () => {
    const origin = { origin: "https://elsewhere.example" };
    const file = await fetchFile(viewFile("json", LINEAGE), { headers: origin });
    await file.arrayBuffer();
    expect(file.headers.get("access-control-allow-origin")).toBe("*");
    expect(file.headers.get("access-control-expose-headers")).toMatch(/ETag/i);
    const preflight = await fetch(viewFile("gexf", LINEAGE), {
      method: "OPTIONS",
      headers: { ...origin, "access-control-request-method": "GET", "access-control-request-headers": "if-none-match" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/if-none-match/i);
    // A page of the explorer is not opened to other origins.
    const page = await fetch(`${baseUrl()}${LINEAGE}`, { headers: origin });
    await page.arrayBuffer();
    expect(page.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("says why a url is refused (400), and 404 for a node the graph lacks", async () => {
    const cases: [string, number, RegExp][] = [
      [`${baseUrl()}/exports/view.gexf`, 400, /url=/],
      [viewFile("gexf", "https://elsewhere.example/node/hope-model"), 400, /path of this explorer/],
      [viewFile("gexf", "//elsewhere.example/node/hope-model"), 400, /path of this explorer/],
      [viewFile("gexf", "/coverage"), 400, /not a view that draws a graph/],
      [viewFile("gexf", "/no/such/view"), 400, /not a view that draws a graph/],
      [viewFile("json", "/path?from=six-core-strategies"), 400, /both ends/],
      [viewFile("gexf", "/node/no-such-node-anywhere/lineage"), 404, /no-such-node-anywhere/],
      [viewFile("json", "/path?from=six-core-strategies&to=no-such-node-anywhere"), 404, /no-such-node-anywhere/],
      [viewFile("pdf", LINEAGE), 404, /gexf, graphml or json/],
    ];
    for (const [url, status, message] of cases) {
      const res = await fetch(url);
      const body = (await res.json()) as { error: string };
      expect({ url, status: res.status }).toEqual({ url, status });
      expect(body.error).toMatch(message);
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
    }
  });
});

describe("journey: the Export menu's graph files by URL", () => {
  const browser = withBrowserPage();

  it("links this view's files, which resolve, and Gephi Lite to the GEXF", async () => {
    const page = browser.page();
    await openView(page, LINEAGE);
    await page.getByTestId("export-menu").locator("summary").click();
    const links = await page
      .locator("[data-graph-file]")
      .evaluateAll((as) => as.map((a) => [a.getAttribute("data-graph-file"), (a as HTMLAnchorElement).href]));
    const hrefs = new Map(links as [string, string][]);
    expect([...hrefs.keys()].sort()).toEqual(["gephi-lite", "gexf", "graphml", "json"]);

    const expected = await lineageAnswer();
    const gexf = parseGexf(MultiDirectedGraph, await (await fetchFile(hrefs.get("gexf")!)).text());
    expect(gexf.order).toBe(expected.nodes.size);
    const json = (await (await fetchFile(hrefs.get("json")!)).json()) as { nodes: unknown[]; links: unknown[] };
    expect([json.nodes.length, json.links.length]).toEqual([expected.nodes.size, expected.edges.size]);
    // GraphML through the browser's own XML parser, as a desktop tool would read it.
    const graphml = await (await fetchFile(hrefs.get("graphml")!)).text();
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      return {
        error: doc.getElementsByTagName("parsererror").length > 0,
        nodes: doc.getElementsByTagName("node").length,
        edges: doc.getElementsByTagName("edge").length,
      };
    }, graphml);
    expect(parsed).toEqual({ error: false, nodes: expected.nodes.size, edges: expected.edges.size });

    // Gephi Lite opens ?file=<URL>, taking the format from the text after the last "/" and ".".
    const gephi = new URL(hrefs.get("gephi-lite")!);
    expect(gephi.origin + gephi.pathname).toBe("https://gephi.org/gephi-lite/");
    const file = gephi.searchParams.get("file")!;
    expect(file.split("/").pop()!.split(".").pop()).toBe("gexf");
    const fromGephi = await fetchFile(file);
    expect(fromGephi.status).toBe(200);
    expect(parseGexf(MultiDirectedGraph, await fromGephi.text()).order).toBe(expected.nodes.size);
    expect(browser.session().cspViolations()).toEqual([]);
  });
});
