/**
 * The entity half of the API (DESIGN.md §2), from which @neo4j/graphql generates the detail
 * queries (`resources`, `organisationsConnection`, …). Every label is an `@node` type with its
 * relationships in both directions, so the detail panel can ask "what did this organisation
 * publish?" as well as "who published this?".
 *
 * - Public callers only read. Curators (a verified token with the `curator` role, see ../auth)
 *   create and update resources, organisations and frameworks through the generated mutations,
 *   and connect or disconnect their outgoing relationships; every such edge needs `evidence` and
 *   `source` (../curation/generated-mutations.ts checks, and records each write in the audit
 *   log). `@authentication`/`@authorization` make @neo4j/graphql refuse the same writes itself,
 *   as a second line. Deleting is soft (`deleteEntity`), so no generated delete exists. Other
 *   labels stay read-only, and incoming relationship fields have no nested operations (but see
 *   `connectable`), so a relationship is written from the node it starts at.
 * - Writable types record who created and last updated them, and when.
 * - Every type has `@limit`, so no list, top-level or nested, is unbounded. The unions exist
 *   only as relationship targets: their top-level queries (which @limit cannot bound) are off.
 */
const provenance = `properties: "Provenance", nestedOperations: []`;
const lineage = `properties: "Derivation", nestedOperations: []`;
/** Outgoing relationships of writable types: curators connect and disconnect them. */
const curatedProvenance = `properties: "Provenance", nestedOperations: [CONNECT, DISCONNECT]`;
const curatedLineage = `properties: "Derivation", nestedOperations: [CONNECT, DISCONNECT]`;
/**
 * The library's nested connect inputs of a read-only label need one connectable field to be
 * valid GraphQL; `referencedBy` is that field (a REFERENCES edge is allowed from any resource).
 */
const connectable = curatedProvenance;
const limit = `@limit(default: 50, max: 200)`;
const writeOperations = `[CREATE, UPDATE, DELETE, CREATE_RELATIONSHIP, DELETE_RELATIONSHIP]`;
const curatorsOnly = `@authentication(operations: ${writeOperations})
  @authorization(validate: [{ operations: ${writeOperations}, where: { jwt: { roles: { includes: "curator" } } } }])`;
const readOnly = `@mutation(operations: []) ${curatorsOnly}`;
const curated = `@mutation(operations: [CREATE, UPDATE]) ${curatorsOnly}`;
/** Authorship of writable types (updated* = the latest write), filled in by the library, never by the caller. */
const authorship = `
    createdBy: String @populatedBy(callback: "curatorName", operations: [CREATE])
    createdAt: DateTime @timestamp(operations: [CREATE])
    updatedBy: String @populatedBy(callback: "curatorName", operations: [CREATE, UPDATE])
    updatedAt: DateTime @timestamp(operations: [CREATE, UPDATE])`;
const fixedId = `@settable(onCreate: true, onUpdate: false)`;

export const entityTypeDefs = /* GraphQL */ `
  "Claims of a verified curator token."
  type JWT @jwt {
    roles: [String!]
  }

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
  type Resource @node ${limit} ${curated} {
    id: ID! ${fixedId}
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
    publishedBy: [Contributor!]! @relationship(type: "PUBLISHED_BY", direction: OUT, ${curatedProvenance})
    commissionedBy: [Organisation!]! @relationship(type: "COMMISSIONED_BY", direction: OUT, ${curatedProvenance})
    developedWith: [Contributor!]! @relationship(type: "DEVELOPED_WITH", direction: OUT, ${curatedProvenance})
    derivesFrom: [LineageTarget!]! @relationship(type: "DERIVES_FROM", direction: OUT, ${curatedLineage})
    derivatives: [Resource!]! @relationship(type: "DERIVES_FROM", direction: IN, ${lineage})
    describes: [Framework!]! @relationship(type: "DESCRIBES", direction: OUT, ${curatedProvenance})
    evaluates: [LineageTarget!]! @relationship(type: "EVALUATES", direction: OUT, ${curatedProvenance})
    evaluatedBy: [Resource!]! @relationship(type: "EVALUATES", direction: IN, ${provenance})
    addresses: [RestraintType!]! @relationship(type: "ADDRESSES", direction: OUT, ${curatedProvenance})
    settings: [Setting!]! @relationship(type: "FOR_SETTING", direction: OUT, ${curatedProvenance})
    audiences: [Audience!]! @relationship(type: "FOR_AUDIENCE", direction: OUT, ${curatedProvenance})
    appliesIn: [Jurisdiction!]! @relationship(type: "APPLIES_IN", direction: OUT, ${curatedProvenance})
    compliesWith: [Legislation!]! @relationship(type: "COMPLIES_WITH", direction: OUT, ${curatedProvenance})
    references: [Entity!]! @relationship(type: "REFERENCES", direction: OUT, ${curatedProvenance})
    referencedBy: [Resource!]! @relationship(type: "REFERENCES", direction: IN, ${provenance})
    partOf: [Resource!]! @relationship(type: "PART_OF", direction: OUT, ${curatedProvenance})
    parts: [Resource!]! @relationship(type: "PART_OF", direction: IN, ${provenance})
    features: [Person!]! @relationship(type: "FEATURES", direction: OUT, ${curatedProvenance})${authorship}
  }

  "A charity, NHS trust, regulator, government body, university, network or other organisation."
  type Organisation @node ${limit} ${curated} {
    id: ID! ${fixedId}
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
    partOf: [Organisation!]! @relationship(type: "PART_OF", direction: OUT, ${curatedProvenance})
    parts: [Organisation!]! @relationship(type: "PART_OF", direction: IN, ${provenance})
    people: [Person!]! @relationship(type: "AFFILIATED_WITH", direction: IN, ${provenance})
    referencedBy: [Resource!]! @relationship(type: "REFERENCES", direction: IN, ${provenance})${authorship}
  }

  "An approach or model such as the Six Core Strategies or the HOPE model."
  type Framework @node ${limit} ${curated} {
    id: ID! ${fixedId}
    name: String!
    summary: String
    aliases: [String!]
    "Where the framework comes from."
    origin: String
    generalKnowledge: [String!]
    developedBy: [Contributor!]! @relationship(type: "DEVELOPED_BY", direction: OUT, ${curatedProvenance})
    derivatives: [Resource!]! @relationship(type: "DERIVES_FROM", direction: IN, ${lineage})
    describedBy: [Resource!]! @relationship(type: "DESCRIBES", direction: IN, ${provenance})
    evaluatedBy: [Resource!]! @relationship(type: "EVALUATES", direction: IN, ${provenance})
    referencedBy: [Resource!]! @relationship(type: "REFERENCES", direction: IN, ${provenance})${authorship}
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
    referencedBy: [Resource!]! @relationship(type: "REFERENCES", direction: IN, ${connectable})
  }

  "A care or education setting, such as schools or mental health inpatient services."
  type Setting @node ${limit} ${readOnly} {
    id: ID!
    name: String!
    summary: String
    aliases: [String!]
    generalKnowledge: [String!]
    resources: [Resource!]! @relationship(type: "FOR_SETTING", direction: IN, ${provenance})
    referencedBy: [Resource!]! @relationship(type: "REFERENCES", direction: IN, ${connectable})
  }

  "Who a resource is for: practitioners, families and carers, school staff, …"
  type Audience @node ${limit} ${readOnly} {
    id: ID!
    name: String!
    summary: String
    aliases: [String!]
    generalKnowledge: [String!]
    resources: [Resource!]! @relationship(type: "FOR_AUDIENCE", direction: IN, ${provenance})
    referencedBy: [Resource!]! @relationship(type: "REFERENCES", direction: IN, ${connectable})
  }

  "Where a resource applies: UK, England, Wales, Scotland, USA, …"
  type Jurisdiction @node ${limit} ${readOnly} {
    id: ID!
    name: String!
    summary: String
    aliases: [String!]
    generalKnowledge: [String!]
    resources: [Resource!]! @relationship(type: "APPLIES_IN", direction: IN, ${provenance})
    referencedBy: [Resource!]! @relationship(type: "REFERENCES", direction: IN, ${connectable})
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
    referencedBy: [Resource!]! @relationship(type: "REFERENCES", direction: IN, ${connectable})
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
    referencedBy: [Resource!]! @relationship(type: "REFERENCES", direction: IN, ${connectable})
  }
`;
