import { displayKey, LABEL_PLURALS, NODE_LABELS, NODE_RECORD_SCHEMAS, type NodeLabel } from "@rrn/model";
import { z } from "zod";

/**
 * GraphQL fields generated from the model's node record schemas (`@rrn/model`'s node-records.ts),
 * the single definition of each node type's properties: the entity types' property fields and
 * GraphNode's. A property added to a record schema reaches both, then (after `npm run
 * regenerate`) the server's resolver types, the printed schema and the client's types, whose
 * type checks point at the code that must handle it. vocabulary.test.ts checks that the
 * committed schema still says what the model gives.
 */

export interface PropertyField {
  name: string;
  /** The GraphQL type as the entity types declare it. */
  type: string;
  description: string | undefined;
}

interface JsonProperty {
  type?: string;
  items?: JsonProperty;
  description?: string;
}

const jsonSchemaOf = (label: NodeLabel): { properties: Record<string, JsonProperty> } =>
  z.toJSONSchema(NODE_RECORD_SCHEMAS[label]) as { properties: Record<string, JsonProperty> };

/** The GraphQL scalar for a JSON Schema type (enums are strings: kinds stay String in the API). */
function scalarOf(label: NodeLabel, name: string, property: JsonProperty): string {
  switch (property.type) {
    case "string":
      return "String";
    case "integer":
      return "Int";
    case "number":
      return "Float";
    case "boolean":
      return "Boolean";
    default:
      throw new Error(`${label}.${name}: no GraphQL type for JSON Schema type ${String(property.type)}`);
  }
}

/**
 * A label's properties as entity fields, in the record schema's order with the id and the
 * display key (title or name) first; those two are non-null, everything else may be missing on
 * a curator's node. Lists are lists of non-null strings.
 */
export function propertyFields(label: NodeLabel): PropertyField[] {
  const properties = jsonSchemaOf(label).properties;
  const key = displayKey(label);
  const names = ["id", key, ...Object.keys(properties).filter((n) => n !== "id" && n !== key)];
  return names.map((name) => {
    const property = properties[name];
    if (!property) throw new Error(`${label} has no ${name} in its record schema`);
    const type =
      name === "id"
        ? "ID!"
        : property.type === "array"
          ? `[${scalarOf(label, name, property.items ?? {})}!]`
          : `${scalarOf(label, name, property)}${name === key ? "!" : ""}`;
    return { name, type, description: property.description };
  });
}

/** Lower-cases the first letter: "An easy-read …" → "an easy-read …". */
const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * GraphNode's property fields: every property of any label except the id and the display keys
 * (GraphNode has `label` for those), first seen first. Lists are non-null (empty when absent).
 * A property one label alone has says so ("Resources only: …"); a description is kept when
 * every label that has the property describes it alike.
 */
export function graphNodePropertyFields(): PropertyField[] {
  const byName = new Map<
    string,
    { field: PropertyField; labels: NodeLabel[]; descriptions: Set<string | undefined> }
  >();
  for (const label of NODE_LABELS) {
    for (const field of propertyFields(label)) {
      if (field.name === "id" || field.name === displayKey(label)) continue;
      const seen = byName.get(field.name);
      if (seen && seen.field.type !== field.type) {
        throw new Error(`${field.name} is ${seen.field.type} on ${seen.labels[0]} but ${field.type} on ${label}`);
      }
      const entry = seen ?? { field, labels: [], descriptions: new Set() };
      entry.labels.push(label);
      entry.descriptions.add(field.description);
      byName.set(field.name, entry);
    }
  }
  return [...byName.values()].map(({ field, labels, descriptions }) => {
    const shared = descriptions.size === 1 ? [...descriptions][0] : undefined;
    const only = labels.length === 1 ? `${LABEL_PLURALS[labels[0]!]} only` : undefined;
    const description = only ? (shared ? `${only}: ${lowerFirst(shared)}` : `${only}.`) : shared;
    const type = field.type.startsWith("[") ? `${field.type}!` : field.type;
    return { name: field.name, type, description };
  });
}

/** SDL lines for fields, indented for a type body, with their descriptions. */
export function fieldLines(
  fields: readonly PropertyField[],
  suffix: (field: PropertyField) => string = () => "",
): string {
  return fields
    .map((f) => {
      const line = `    ${f.name}: ${f.type}${suffix(f)}`;
      return f.description ? `    ${JSON.stringify(f.description)}\n${line}` : line;
    })
    .join("\n");
}
