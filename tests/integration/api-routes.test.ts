import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { MAX_STEP_RESOURCES, type Guide as GuideRoute } from "@rrn/model";
import { indexSeed, loadGuides as loadGuideRoutes, loadSeed, selectFromSeed, type SeedIndex } from "@rrn/graph-seed";
import type { Driver } from "neo4j-driver";
import { GuidedRouteDocument, GuidedRoutesDocument } from "@rrn/client/operations";
import { gql, gqlData } from "@rrn/testkit/graphql";
import { startTestServer, type TestServer } from "@rrn/testkit/in-process-server";
import { testDriver } from "@rrn/testkit/neo4j";

/**
 * Every step's selection and its cards, for comparison with the seed's own resolution: the
 * explorer's guided-route page asks for the cards only (GuidedRouteDocument, used below).
 */
const ROUTE_SELECTIONS = /* GraphQL */ `
  {
    routes {
      id
      steps {
        id
        total
        resources {
          id
          type
        }
        cards {
          why
          resource {
            id
          }
        }
      }
    }
  }
`;
interface RouteSelections {
  routes: {
    id: string;
    steps: {
      id: string;
      total: number;
      resources: { id: string; type: string }[];
      cards: { why: string; resource: { id: string } }[];
    }[];
  }[];
}

/**
 * The guided routes over GraphQL, checked against the validator's own in-memory resolution of
 * routes.yaml over the seed files: both must select the same resources in the same order.
 */
describe("guided routes", () => {
  let server: TestServer;
  let driver: Driver;
  let index: SeedIndex;
  let defined: GuideRoute[];

  beforeAll(async () => {
    server = await startTestServer(inject("neo4jUri"));
    driver = testDriver(inject("neo4jUri"));
    const seed = await loadSeed();
    index = indexSeed(seed.nodes, seed.relationships);
    defined = loadGuideRoutes();
  });
  afterAll(async () => {
    await driver.close();
    await server.close();
  });

  it("lists every route of routes.yaml, in order, without resolving any step it was not asked for", async () => {
    const data = await gqlData(server.url, GuidedRoutesDocument);
    expect(defined.length).toBeGreaterThanOrEqual(6);
    expect(data.routes.map(({ id, title, audience, intro }) => ({ id, title, audience, intro }))).toEqual(
      defined.map(({ id, title, audience, intro }) => ({ id, title, audience, intro })),
    );
    expect(data.routes.map((r) => r.questions)).toEqual(defined.map((r) => r.steps.map((s) => s.question)));
  });

  it("answers each route's steps with the resources the seed's own resolution selects", async () => {
    const data = await gqlData<RouteSelections>(server.url, ROUTE_SELECTIONS);
    for (const route of defined) {
      const served = data.routes.find((r) => r.id === route.id);
      expect(served?.steps.map((s) => s.id)).toEqual(route.steps.map((s) => s.id));
      for (const step of route.steps) {
        const answer = served?.steps.find((s) => s.id === step.id);
        const expected = selectFromSeed(index, step, route.easyReadFirst === true);
        const where = `${route.id}/${step.id}`;
        expect(answer?.total, where).toBe(expected.length);
        expect(
          answer?.resources.map((r) => r.id),
          where,
        ).toEqual(expected.slice(0, MAX_STEP_RESOURCES).map((r) => r.id));
        expect(answer?.resources.length, where).toBeGreaterThan(0);
        expect(new Set(answer?.resources.map((r) => r.type))).toEqual(new Set(["RESOURCE"]));
        expect(
          answer?.cards.map((c) => c.resource.id),
          where,
        ).toEqual(answer?.resources.map((r) => r.id));
        for (const card of answer?.cards ?? []) expect(card.why, `${where} ${card.resource.id}`).not.toBe("");
      }
    }
  });

  it("puts easy-read resources first on routes for audiences who need them", async () => {
    const easyRoutes = defined.filter((r) => r.easyReadFirst);
    expect(easyRoutes.length).toBeGreaterThan(0);
    let seen = 0;
    for (const route of easyRoutes) {
      const { route: served } = await gqlData(server.url, GuidedRouteDocument, { id: route.id });
      for (const step of served?.steps ?? []) {
        const flags = step.cards.map((c) => c.resource.easyRead === true);
        // Once a card is not easy read, none after it is.
        expect(flags.indexOf(false) === -1 || !flags.slice(flags.indexOf(false)).includes(true), step.id).toBe(true);
        seen += flags.filter(Boolean).length;
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it("explains a card by what matched in the graph: the lineage chain, or the route's own reason", async () => {
    const { route } = await gqlData(server.url, GuidedRouteDocument, { id: "ward-staff" });
    const ideas = route?.steps.find((s) => s.id === "where-ideas-come-from");
    const nz = ideas?.cards.find((c) => c.resource.id === "nz-six-core-strategies-checklist");
    // Its shortest chain: the page's title says it implements the framework itself (one hop; it
    // also adapts the US checklist, a longer way to the same framework).
    expect(nz?.why).toBe("Puts Six Core Strategies into practice");
    const defined = loadGuideRoutes().find((r) => r.id === "family-or-carer");
    const named = defined?.steps.find((s) => s.select.some((c) => c.resources));
    expect(named).toBeDefined();
    const { route: family } = await gqlData(server.url, GuidedRouteDocument, { id: "family-or-carer" });
    const why = named?.select.find((c) => c.resources)?.why;
    expect(family?.steps.find((s) => s.id === named?.id)?.cards.every((c) => c.why === why)).toBe(true);
  });

  it("answers null for an unknown route, and refuses an absurd id", async () => {
    const data = await gqlData(server.url, GuidedRouteDocument, { id: "no-such-route" });
    expect(data.route).toBeNull();
    const res = await gql(server.url, `query ($id: ID!) { route(id: $id) { id } }`, { id: "x".repeat(500) });
    expect(res.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("selects from the live graph: a curator's new resource joins every step its facets match", async () => {
    const run = `route-test-${randomUUID()}`;
    try {
      await driver.executeQuery(
        `MATCH (s:Setting {id: "schools"})
         CREATE (r:Resource {id: $run, title: "A curator's school guide", kind: "GUIDANCE", summary: "Test."})
         CREATE (r)-[:FOR_SETTING {evidence: "test", source: "test"}]->(s)`,
        { run },
      );
      const { route } = await gqlData(server.url, GuidedRouteDocument, { id: "school-staff" });
      const cardIds = (stepId: string) =>
        route?.steps.find((s) => s.id === stepId)?.cards.map((c) => c.resource.id) ?? [];
      expect(cardIds("good-practice")).toContain(run);
      const step = route?.steps.find((s) => s.id === "good-practice");
      expect(step?.cards.find((c) => c.resource.id === run)?.why).toBe("In schools and education settings");
      // Not a video, so not in the step that selects school videos.
      expect(cardIds("schools-that-changed")).not.toContain(run);
    } finally {
      await driver.executeQuery("MATCH (r:Resource {id: $run}) DETACH DELETE r", { run });
    }
  });
});
