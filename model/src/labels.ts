/**
 * The node labels of the graph and, per label, the API's node type, the YAML file that holds its
 * records and the property that names a node. This is the single list the validator, the
 * importer, the API's schema and queries, and the report all read, so adding a label happens
 * here only.
 */
export const NODE_TYPE_OF_LABEL = {
  Resource: "RESOURCE",
  Organisation: "ORGANISATION",
  Framework: "FRAMEWORK",
  RestraintType: "RESTRAINT_TYPE",
  Setting: "SETTING",
  Audience: "AUDIENCE",
  Jurisdiction: "JURISDICTION",
  Legislation: "LEGISLATION",
  Person: "PERSON",
} as const;

export type NodeLabel = keyof typeof NODE_TYPE_OF_LABEL;
/** The API's name for a label (`enum NodeType`): RESOURCE, RESTRAINT_TYPE, … */
export type NodeType = (typeof NODE_TYPE_OF_LABEL)[NodeLabel];

export const NODE_LABELS = Object.keys(NODE_TYPE_OF_LABEL) as NodeLabel[];
export const NODE_TYPES = Object.values(NODE_TYPE_OF_LABEL) as NodeType[];

export const LABEL_OF_NODE_TYPE = Object.fromEntries(
  Object.entries(NODE_TYPE_OF_LABEL).map(([label, type]) => [type, label]),
) as { [L in NodeLabel as (typeof NODE_TYPE_OF_LABEL)[L]]: L };

/** What each label stands for, in the API's descriptions. */
export const LABEL_DESCRIPTIONS: Record<NodeLabel, string> = {
  Resource: "A toolkit, guidance document, standard, report, film, podcast or other resource.",
  Organisation: "A charity, NHS trust, regulator, government body, university, network or other organisation.",
  Framework: "An approach or model such as the Six Core Strategies or the HOPE model.",
  RestraintType: "A type of restraint: physical, mechanical, chemical, psychological, environmental, seclusion, …",
  Setting: "A care or education setting, such as schools or mental health inpatient services.",
  Audience: "Who a resource is for: practitioners, families and carers, school staff, …",
  Jurisdiction: "Where a resource applies: UK, England, Wales, Scotland, USA, …",
  Legislation: "An Act such as the Mental Health Units (Use of Force) Act 2018.",
  Person: "An adult named in a public or professional role.",
};

/** Nodes of each label, in words ("Restraint types only: …" in the API's descriptions). */
export const LABEL_PLURALS: Record<NodeLabel, string> = {
  Resource: "Resources",
  Organisation: "Organisations",
  Framework: "Frameworks",
  RestraintType: "Restraint types",
  Setting: "Settings",
  Audience: "Audiences",
  Jurisdiction: "Jurisdictions",
  Legislation: "Legislation",
  Person: "People",
};

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
  return Object.hasOwn(NODE_TYPE_OF_LABEL, value);
}

/** Constraint names follow `resource_id_unique`, `restraint_type_id_unique`, … */
export function idConstraintName(label: NodeLabel): string {
  return `${label.replace(/(?<=[a-z])(?=[A-Z])/g, "_").toLowerCase()}_id_unique`;
}

/** The full-text index the importer creates and the API's search queries, by name. */
export const FULLTEXT_INDEX = "entity_search";
export const FULLTEXT_PROPERTIES = ["title", "name", "summary", "aliasText"] as const;

/** Marks what the seed owns; curators' nodes and relationships never carry it. */
export const MANAGED_BY = "managedBy";
export const SEED_OWNER = "seed";
