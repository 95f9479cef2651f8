/**
 * The entity half of the API (DESIGN.md §2), from which @neo4j/graphql generates the detail
 * queries (`resources`, `organisationsConnection`, …). Every label is an `@node` type with its
 * relationships in both directions, so the detail panel can ask "what did this organisation
 * publish?" as well as "who published this?".
 *
 * - Public callers only read: `@mutation(operations: [])` removes every generated mutation until
 *   curation (with `@authentication`) arrives. Nested relationship fields have no nested write
 *   operations either, so no input type can smuggle a write in.
 * - Every type has `@limit`, so no list, top-level or nested, is unbounded. The unions exist
 *   only as relationship targets: their top-level queries (which @limit cannot bound) are off.
 */
const provenance = `properties: "Provenance", nestedOperations: []`;
const lineage = `properties: "Derivation", nestedOperations: []`;
const limit = `@limit(default: 50, max: 200)`;
const readOnly = `@mutation(operations: [])`;

export const entityTypeDefs = /* GraphQL */ `
  "Provenance carried by every relationship: the quote that justifies it and where it comes from."
  type Provenance @relationshipProperties {
    "Short verbatim quote from the source document."
    evidence: String
    "Id of the source document, or general-knowledge."
    source: String
  }

  "Provenance of a DERIVES_FROM relationship, with how the resource derives."
  type Derivation @relationshipProperties {
    "ADAPTS, ENCOMPASSES, IMPLEMENTS, BASED_ON or FOLLOWS_ON."
    how: String
    evidence: String
    source: String
  }

  "Who can publish, develop or co-produce something."
  union Contributor @query(read: false) = Organisation | Person

  "What a resource can derive from or evaluate."
  union LineageTarget @query(read: false) = Framework | Resource

  "Any entity in the graph."
  union Entity @query(read: false) = Resource | Organisation | Framework | RestraintType | Setting | Audience | Jurisdiction | Legislation | Person

  "A toolkit, guidance document, standard, report, film, podcast or other resource."
  type Resource @node ${limit} ${readOnly} {
    id: ID!
    title: String!
    summary: String
    aliases: [String!]
    "TOOLKIT, GUIDANCE, STANDARD, REPORT, CHECKLIST, VIDEO, …"
    kind: String
    year: Int
    url: String
    easyRead: Boolean
    editable: Boolean
    "True when the title is ours, describing an untitled item."
    descriptiveTitle: Boolean
    "Properties that come from general knowledge rather than the source page."
    generalKnowledge: [String!]
    publishedBy: [Contributor!]! @relationship(type: "PUBLISHED_BY", direction: OUT, ${provenance})
    commissionedBy: [Organisation!]! @relationship(type: "COMMISSIONED_BY", direction: OUT, ${provenance})
    developedWith: [Contributor!]! @relationship(type: "DEVELOPED_WITH", direction: OUT, ${provenance})
    derivesFrom: [LineageTarget!]! @relationship(type: "DERIVES_FROM", direction: OUT, ${lineage})
    derivatives: [Resource!]! @relationship(type: "DERIVES_FROM", direction: IN, ${lineage})
    describes: [Framework!]! @relationship(type: "DESCRIBES", direction: OUT, ${provenance})
    evaluates: [LineageTarget!]! @relationship(type: "EVALUATES", direction: OUT, ${provenance})
    evaluatedBy: [Resource!]! @relationship(type: "EVALUATES", direction: IN, ${provenance})
    addresses: [RestraintType!]! @relationship(type: "ADDRESSES", direction: OUT, ${provenance})
    settings: [Setting!]! @relationship(type: "FOR_SETTING", direction: OUT, ${provenance})
    audiences: [Audience!]! @relationship(type: "FOR_AUDIENCE", direction: OUT, ${provenance})
    appliesIn: [Jurisdiction!]! @relationship(type: "APPLIES_IN", direction: OUT, ${provenance})
    compliesWith: [Legislation!]! @relationship(type: "COMPLIES_WITH", direction: OUT, ${provenance})
    references: [Entity!]! @relationship(type: "REFERENCES", direction: OUT, ${provenance})
    referencedBy: [Resource!]! @relationship(type: "REFERENCES", direction: IN, ${provenance})
    partOf: [Resource!]! @relationship(type: "PART_OF", direction: OUT, ${provenance})
    parts: [Resource!]! @relationship(type: "PART_OF", direction: IN, ${provenance})
    features: [Person!]! @relationship(type: "FEATURES", direction: OUT, ${provenance})
  }

  "A charity, NHS trust, regulator, government body, university, network or other organisation."
  type Organisation @node ${limit} ${readOnly} {
    id: ID!
    name: String!
    summary: String
    aliases: [String!]
    kind: String
    country: String
    generalKnowledge: [String!]
    published: [Resource!]! @relationship(type: "PUBLISHED_BY", direction: IN, ${provenance})
    commissioned: [Resource!]! @relationship(type: "COMMISSIONED_BY", direction: IN, ${provenance})
    developedWith: [Resource!]! @relationship(type: "DEVELOPED_WITH", direction: IN, ${provenance})
    frameworksDeveloped: [Framework!]! @relationship(type: "DEVELOPED_BY", direction: IN, ${provenance})
    partOf: [Organisation!]! @relationship(type: "PART_OF", direction: OUT, ${provenance})
    parts: [Organisation!]! @relationship(type: "PART_OF", direction: IN, ${provenance})
    people: [Person!]! @relationship(type: "AFFILIATED_WITH", direction: IN, ${provenance})
    referencedBy: [Resource!]! @relationship(type: "REFERENCES", direction: IN, ${provenance})
  }

  "An approach or model such as the Six Core Strategies or the HOPE model."
  type Framework @node ${limit} ${readOnly} {
    id: ID!
    name: String!
    summary: String
    aliases: [String!]
    "Where the framework comes from."
    origin: String
    generalKnowledge: [String!]
    developedBy: [Contributor!]! @relationship(type: "DEVELOPED_BY", direction: OUT, ${provenance})
    derivatives: [Resource!]! @relationship(type: "DERIVES_FROM", direction: IN, ${lineage})
    describedBy: [Resource!]! @relationship(type: "DESCRIBES", direction: IN, ${provenance})
    evaluatedBy: [Resource!]! @relationship(type: "EVALUATES", direction: IN, ${provenance})
    referencedBy: [Resource!]! @relationship(type: "REFERENCES", direction: IN, ${provenance})
  }

  "A type of restraint: physical, mechanical, chemical, psychological, environmental, seclusion, …"
  type RestraintType @node ${limit} ${readOnly} {
    id: ID!
    name: String!
    summary: String
    aliases: [String!]
    definition: String
    generalKnowledge: [String!]
    addressedBy: [Resource!]! @relationship(type: "ADDRESSES", direction: IN, ${provenance})
    referencedBy: [Resource!]! @relationship(type: "REFERENCES", direction: IN, ${provenance})
  }

  "A care or education setting, such as schools or mental health inpatient services."
  type Setting @node ${limit} ${readOnly} {
    id: ID!
    name: String!
    summary: String
    aliases: [String!]
    generalKnowledge: [String!]
    resources: [Resource!]! @relationship(type: "FOR_SETTING", direction: IN, ${provenance})
    referencedBy: [Resource!]! @relationship(type: "REFERENCES", direction: IN, ${provenance})
  }

  "Who a resource is for: practitioners, families and carers, school staff, …"
  type Audience @node ${limit} ${readOnly} {
    id: ID!
    name: String!
    summary: String
    aliases: [String!]
    generalKnowledge: [String!]
    resources: [Resource!]! @relationship(type: "FOR_AUDIENCE", direction: IN, ${provenance})
    referencedBy: [Resource!]! @relationship(type: "REFERENCES", direction: IN, ${provenance})
  }

  "Where a resource applies: UK, England, Wales, Scotland, USA, …"
  type Jurisdiction @node ${limit} ${readOnly} {
    id: ID!
    name: String!
    summary: String
    aliases: [String!]
    generalKnowledge: [String!]
    resources: [Resource!]! @relationship(type: "APPLIES_IN", direction: IN, ${provenance})
    referencedBy: [Resource!]! @relationship(type: "REFERENCES", direction: IN, ${provenance})
  }

  "An Act such as the Mental Health Units (Use of Force) Act 2018."
  type Legislation @node ${limit} ${readOnly} {
    id: ID!
    name: String!
    summary: String
    aliases: [String!]
    year: Int
    generalKnowledge: [String!]
    compliantResources: [Resource!]! @relationship(type: "COMPLIES_WITH", direction: IN, ${provenance})
    referencedBy: [Resource!]! @relationship(type: "REFERENCES", direction: IN, ${provenance})
  }

  "An adult named in a public or professional role."
  type Person @node ${limit} ${readOnly} {
    id: ID!
    name: String!
    summary: String
    aliases: [String!]
    role: String
    generalKnowledge: [String!]
    published: [Resource!]! @relationship(type: "PUBLISHED_BY", direction: IN, ${provenance})
    developedWith: [Resource!]! @relationship(type: "DEVELOPED_WITH", direction: IN, ${provenance})
    frameworksDeveloped: [Framework!]! @relationship(type: "DEVELOPED_BY", direction: IN, ${provenance})
    featuredIn: [Resource!]! @relationship(type: "FEATURES", direction: IN, ${provenance})
    affiliatedWith: [Organisation!]! @relationship(type: "AFFILIATED_WITH", direction: OUT, ${provenance})
    referencedBy: [Resource!]! @relationship(type: "REFERENCES", direction: IN, ${provenance})
  }
`;
