import { Kind, parse, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { isPublicRead } from "./public-reads.js";

const personal = new Set(["curationStatus", "suggestions"]);

function check(source: string): boolean {
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  return isPublicRead(operation, document, personal);
}

describe("isPublicRead", () => {
  it("accepts queries of public fields only, through fragments too", () => {
    expect(check("{ graph { total } node(id: 1) { id } }")).toBe(true);
    expect(check("query Q { ...F } fragment F on Query { graph { total } }")).toBe(true);
    expect(check('query Q { ... on Query { search(query: "x") { id } } }')).toBe(true);
  });

  it("refuses mutations and any query that touches a personal field, however it is reached", () => {
    expect(check('mutation { suggestResource(input: { title: "x" }) { id } }')).toBe(false);
    expect(check("{ graph { total } curationStatus { signedIn } }")).toBe(false);
    expect(check("query Q { ...F } fragment F on Query { suggestions { id } }")).toBe(false);
    expect(check("query Q { ... on Query { curationStatus { signedIn } } }")).toBe(false);
    expect(check("query Q { ...Missing }")).toBe(false);
  });
});
