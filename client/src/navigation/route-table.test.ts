import { describe, expect, it } from "vitest";
import { pageTitle, routeFor, ROUTE_TABLE } from "./route-table";
import { routes } from "./routes";

describe("route table", () => {
  it("titles every view, and anything unknown as not found", () => {
    const titles = Object.fromEntries(
      [
        routes.overview(),
        routes.node("six-core-strategies"),
        routes.lineage("six-core-strategies", "UPSTREAM"),
        routes.similar("post-incident-debriefing-and-support-toolkit"),
        routes.org("mersey-care"),
        routes.path("a", "b"),
        routes.coverage(),
        routes.set(["a", "b"]),
        routes.search("restraint"),
        routes.guides(),
        routes.guide("ward-staff", 2),
        routes.timeline(),
        routes.insights(),
        "/suggest",
        "/curate",
        "/no-such-page",
      ].map((url) => [url, pageTitle(new URL(url, "http://x").pathname)]),
    );
    expect(titles).toEqual({
      "/": "Overview · Restraint Reduction Explorer",
      "/node/six-core-strategies": "Neighbourhood · Restraint Reduction Explorer",
      "/node/six-core-strategies/lineage?direction=up": "Lineage · Restraint Reduction Explorer",
      "/node/post-incident-debriefing-and-support-toolkit/similar": "Similar resources · Restraint Reduction Explorer",
      "/org/mersey-care": "Organisation · Restraint Reduction Explorer",
      "/path?from=a&to=b": "Find a path · Restraint Reduction Explorer",
      "/coverage": "Coverage · Restraint Reduction Explorer",
      "/set?ids=a,b": "A set and what connects it · Restraint Reduction Explorer",
      "/search?q=restraint": "Search · Restraint Reduction Explorer",
      "/routes": "Guided routes · Restraint Reduction Explorer",
      "/routes/ward-staff?step=2": "Guided route · Restraint Reduction Explorer",
      "/timeline": "Timeline · Restraint Reduction Explorer",
      "/insights": "Insights · Restraint Reduction Explorer",
      "/suggest": "Suggest a resource · Restraint Reduction Explorer",
      "/curate": "Curation · Restraint Reduction Explorer",
      "/no-such-page": "Not found · Restraint Reduction Explorer",
    });
  });

  it("matches ids with encoded characters, and only whole paths", () => {
    expect(routeFor(routes.node("a/b c"))?.title).toBe("Neighbourhood");
    expect(routeFor("/node/x/lineage/more")?.title).toBe("Not found");
  });

  it("preloads the graph chunk for the graph views only", () => {
    const preloaded = ROUTE_TABLE.filter((r) => r.preloadGraph).map((r) => r.path);
    expect(preloaded).toEqual([
      "/",
      "/node/:id",
      "/node/:id/lineage",
      "/node/:id/similar",
      "/org/:id",
      "/path",
      "/set",
      "/timeline",
    ]);
  });

  it("keeps only the overview and the not-found page in the entry chunk", () => {
    const eager = ROUTE_TABLE.filter((r) => "component" in r.view).map((r) => r.path);
    expect(eager).toEqual(["/", "*"]);
  });
});
