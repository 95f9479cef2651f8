// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { requestKey, staticFetch, UNANSWERABLE } from "./static-fetch";
import { unansweredOperations } from "./unanswered";

const url = "/graphql?operationName=Lineage&variables=%7B%22id%22%3A%22x%22%7D&extensions=%7B%7D";

describe("requestKey", () => {
  it("is the same however the parameters are ordered", () => {
    const a = new URL(url, "http://a.test");
    const b = new URL(
      "/graphql?extensions=%7B%7D&variables=%7B%22id%22%3A%22x%22%7D&operationName=Lineage",
      "http://b.test",
    );
    expect(requestKey(a)).toBe(requestKey(b));
  });
});

describe("staticFetch", () => {
  const answer = { data: { lineage: { nodes: [] } } };
  const fetchStatic = staticFetch(new Map([[requestKey(new URL(url, "http://x.test")), answer]]));

  it("answers a request the page carries", async () => {
    const res = await fetchStatic(url, { method: "GET" });
    expect(await res.json()).toEqual(answer);
    expect(unansweredOperations()).toEqual([]);
  });

  it("says curation is off, without counting it as unanswered", async () => {
    const res = await fetchStatic("/graphql?operationName=CurationStatus&variables=%7B%7D", { method: "GET" });
    expect(await res.json()).toMatchObject({ data: { curationStatus: { enabled: false, signedIn: false } } });
    expect(unansweredOperations()).toEqual([]);
  });

  it("answers anything else with an error saying the static copy cannot, and says so on the page", async () => {
    const res = await fetchStatic("/graphql", { method: "POST", body: "{}" });
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toEqual({ message: UNANSWERABLE, extensions: { code: "STATIC_EXPORT" } });
    expect(unansweredOperations()).toEqual(["(unnamed)"]);
  });
});
