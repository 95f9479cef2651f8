import { readFileSync } from "node:fs";
import path from "node:path";
import { NODE_LABELS, NODE_RECORD_SCHEMAS } from "@rrn/model";
import { buildSchema, isObjectType, type GraphQLSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { graphNodePropertyFields, propertyFields, type PropertyField } from "./model-fields.js";

// The checked-in outputs of `npm run regenerate`: the printed schema and the server's resolver types.
const committed = buildSchema(readFileSync(path.resolve(import.meta.dirname, "../../schema.graphql"), "utf8"));
const resolverTypes = readFileSync(path.resolve(import.meta.dirname, "../__generated__/resolvers-types.ts"), "utf8");

function fieldsOf(schema: GraphQLSchema, typeName: string, names: readonly string[]): PropertyField[] {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type in the schema`);
  const fields = type.getFields();
  return names.map((name) => ({
    name,
    type: fields[name] ? String(fields[name].type) : "(missing)",
    description: fields[name]?.description ?? undefined,
  }));
}

describe("fields generated from the model (regenerate with npm run regenerate)", () => {
  it("gives every entity type exactly its record schema's properties, id and display key first", () => {
    for (const label of NODE_LABELS) {
      const fields = propertyFields(label);
      expect(fields.map((f) => f.name).sort(), label).toEqual(Object.keys(NODE_RECORD_SCHEMAS[label].shape).sort());
      expect(fields[0]?.type, label).toBe("ID!");
      expect(fields[1]?.type, label).toBe("String!");
    }
  });

  it("matches the committed schema's entity types", () => {
    for (const label of NODE_LABELS) {
      const fields = propertyFields(label);
      expect(
        fieldsOf(
          committed,
          label,
          fields.map((f) => f.name),
        ),
        label,
      ).toEqual(fields);
    }
  });

  it("matches the committed schema's GraphNode and the server's resolver types", () => {
    const fields = graphNodePropertyFields();
    expect(fields.map((f) => f.name)).toContain("descriptiveTitle");
    expect(
      fieldsOf(
        committed,
        "GraphNode",
        fields.map((f) => f.name),
      ),
    ).toEqual(fields);
    const graphNodeType = /export type GraphNode = \{([^}]*)\}/.exec(resolverTypes)?.[1] ?? "";
    for (const f of fields) expect(graphNodeType, f.name).toMatch(new RegExp(`^\\s+${f.name}: `, "m"));
  });

  it("marks a property one label alone has, and lists as never null", () => {
    const byName = new Map(graphNodePropertyFields().map((f) => [f.name, f]));
    expect(byName.get("role")?.description).toBe("People only: their public or professional role.");
    expect(byName.get("definition")?.description).toBe("Restraint types only.");
    expect(byName.get("aliases")?.type).toBe("[String!]!");
    expect(byName.get("kind")).toEqual({ name: "kind", type: "String", description: undefined });
  });
});
