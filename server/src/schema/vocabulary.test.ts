import { readFileSync } from "node:fs";
import path from "node:path";
import {
  DERIVATION_HOWS,
  EVIDENCE_BASES,
  NODE_TYPES,
  RELATIONSHIP_TYPES,
  RELATIONSHIPS,
  RESOURCE_RELATIONSHIP_TYPES,
} from "@rrn/model";
import { buildSchema, isEnumType, type GraphQLSchema } from "graphql";
import { describe, expect, it } from "vitest";

// The committed schema is what the client's types are generated from (npm run schema:print).
const committed = buildSchema(readFileSync(path.resolve(import.meta.dirname, "../../schema.graphql"), "utf8"));

function enumValues(schema: GraphQLSchema, name: string): string[] {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum in the schema`);
  return type.getValues().map((v) => v.name);
}

describe("the schema's vocabulary (regenerate with npm run schema:print && npm run codegen)", () => {
  it("has the model's node types, relationship types, derivation hows and evidence bases as enums", () => {
    expect(enumValues(committed, "NodeType")).toEqual(NODE_TYPES);
    expect(enumValues(committed, "RelationshipType")).toEqual(RELATIONSHIP_TYPES);
    expect(enumValues(committed, "ResourceRelationshipType")).toEqual(RESOURCE_RELATIONSHIP_TYPES);
    expect(enumValues(committed, "DerivationHow")).toEqual([...DERIVATION_HOWS]);
    expect(enumValues(committed, "EvidenceBasis")).toEqual([...EVIDENCE_BASES]);
  });

  it("types GraphEdge and curation inputs by those enums", () => {
    const edge = committed.getType("GraphEdge");
    const input = committed.getType("CuratedRelationshipInput");
    expect(edge && "getFields" in edge ? String(edge.getFields().type?.type) : null).toBe("RelationshipType!");
    expect(edge && "getFields" in edge ? String(edge.getFields().how?.type) : null).toBe("DerivationHow");
    expect(input && "getFields" in input ? String(input.getFields().type?.type) : null).toBe(
      "ResourceRelationshipType!",
    );
    expect(edge && "getFields" in edge ? String(edge.getFields().basis?.type) : null).toBe("EvidenceBasis!");
    expect(input && "getFields" in input ? String(input.getFields().basis?.type) : null).toBe("EvidenceBasis!");
    for (const name of ["Provenance", "Derivation"]) {
      const props = committed.getType(name);
      expect(props && "getFields" in props ? String(props.getFields().basis?.type) : null, name).toBe("EvidenceBasis");
    }
  });

  it("gives every relationship type its entity fields on both ends", () => {
    const resource = committed.getType("Resource");
    const fields = resource && "getFields" in resource ? Object.keys(resource.getFields()) : [];
    for (const type of RESOURCE_RELATIONSHIP_TYPES) expect(fields).toContain(RELATIONSHIPS[type].fields.out);
  });
});
