/**
 * The node labels of the graph (DESIGN.md §2) and, per label, the YAML file that holds its
 * records and the property that names a node. This is the single list the validator, the
 * importer, the schema and the report all read, so adding a label happens here only.
 */
export const NODE_LABELS = [
  "Resource",
  "Organisation",
  "Framework",
  "RestraintType",
  "Setting",
  "Audience",
  "Jurisdiction",
  "Legislation",
  "Person",
] as const;

export type NodeLabel = (typeof NODE_LABELS)[number];

/** One human-editable file per label, in `graph-seed/data/`. */
export const LABEL_FILES: Record<NodeLabel, string> = {
  Resource: "resources.yaml",
  Organisation: "organisations.yaml",
  Framework: "frameworks.yaml",
  RestraintType: "restraint-types.yaml",
  Setting: "settings.yaml",
  Audience: "audiences.yaml",
  Jurisdiction: "jurisdictions.yaml",
  Legislation: "legislation.yaml",
  Person: "people.yaml",
};

/** Resources have a `title`; every other node a `name`. */
export function displayKey(label: NodeLabel): "title" | "name" {
  return label === "Resource" ? "title" : "name";
}

export function isNodeLabel(value: string): value is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(value);
}

/** Constraint names follow `resource_id_unique`, `restraint_type_id_unique`, … */
export function idConstraintName(label: NodeLabel): string {
  return `${label.replace(/(?<=[a-z])(?=[A-Z])/g, "_").toLowerCase()}_id_unique`;
}

/** The full-text index the API's search queries by name (`db.index.fulltext.queryNodes`). */
export const FULLTEXT_INDEX = "entity_search";
export const FULLTEXT_PROPERTIES = ["title", "name", "summary", "aliasText"] as const;

/** Marks what the seed owns; curators' nodes and relationships never carry it. */
export const MANAGED_BY = "managedBy";
export const SEED_OWNER = "seed";
