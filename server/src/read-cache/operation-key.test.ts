import { describe, expect, it } from "vitest";
import { operationKey, requestKey, sha256Hex, stableJson } from "./operation-key.js";

const query = "query Overview($limit: Int!) { graph(limit: $limit) { total } }";
const hash = sha256Hex(query);
const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };

describe("operation keys", () => {
  it("sort object keys at every level, so variable order does not matter", () => {
    expect(stableJson({ b: 1, a: { d: [1, { f: 2, e: 1 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"e":1,"f":2}]},"b":1}',
    );
    expect(operationKey(hash, "Overview", { limit: 5, filter: null })).toBe(
      operationKey(hash, "Overview", { filter: null, limit: 5 }),
    );
  });

  it("give a GET with the hash only, a GET with the text and a POST of the same operation one key", () => {
    const get = requestKey(
      { operationName: "Overview", variables: '{"limit":5}', extensions: JSON.stringify(extensions) },
      true,
    );
    const getWithText = requestKey(
      { query, operationName: "Overview", variables: '{"limit":5}', extensions: JSON.stringify(extensions) },
      true,
    );
    const post = requestKey({ query, operationName: "Overview", variables: { limit: 5 } }, false);
    expect(get).toBeDefined();
    expect(getWithText).toBe(get);
    expect(post).toBe(get);
    expect(requestKey({ query, operationName: "Overview", variables: { limit: 6 } }, false)).not.toBe(get);
  });

  it("refuse what Apollo would refuse or explain: bad JSON, a hash that does not match its text, no document", () => {
    expect(requestKey({ query, variables: "{not json" }, true)).toBeUndefined();
    expect(requestKey({ query, variables: "[1]" }, true)).toBeUndefined();
    const wrong = { persistedQuery: { version: 1, sha256Hash: sha256Hex("something else") } };
    expect(requestKey({ query, extensions: JSON.stringify(wrong) }, true)).toBeUndefined();
    expect(requestKey({ variables: "{}" }, true)).toBeUndefined();
    expect(requestKey({ extensions: { persistedQuery: { sha256Hash: "not-a-hash" } } }, false)).toBeUndefined();
  });
});
