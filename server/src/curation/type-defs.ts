import { GENERAL_KNOWLEDGE, MAX_EVIDENCE_LENGTH, MAX_REASONING_LENGTH } from "@rrn/model";

/**
 * The curation half of the API: anonymous suggestions, the curators' moderation
 * queue, soft delete and restore, and the audit log. These are plain types (no `@node`), so
 * @neo4j/graphql generates nothing for them and no public query can reach a suggestion or an
 * audit entry; curators' node and relationship edits go through the generated mutations of
 * ../schema/entity-type-defs.ts instead.
 */
export const curationTypeDefs = /* GraphQL */ `
  enum SuggestionStatus {
    PENDING
    APPROVED
    REJECTED
  }

  """
  What a suggestion proposes. Visitors send NEW_RESOURCE (the form at /suggest) and LINK_FOR_RESOURCE
  ("Suggest the link" on a resource's page); \`npm run source:sync -- --apply\` files all four.
  """
  enum SuggestionType {
    "A resource the graph does not have; approving creates it."
    NEW_RESOURCE
    "A link (url) for an existing resource (targetId); approving sets the resource's url, audited."
    LINK_FOR_RESOURCE
    "The source page describes an existing resource (targetId) differently now; approving records that a curator has dealt with it and changes nothing."
    CHANGED_TEXT
    "An existing resource (targetId) is no longer on the source page; approving records that a curator has dealt with it and changes (and deletes) nothing."
    GONE_FROM_PAGE
  }

  "A resource, or a change to one, proposed by a visitor or by the page sync, waiting for a curator's decision. Never part of the public graph."
  type Suggestion {
    id: ID!
    status: SuggestionStatus!
    "What is proposed; suggestions made before there were types are NEW_RESOURCE."
    type: SuggestionType!
    "The existing resource a LINK_FOR_RESOURCE, CHANGED_TEXT or GONE_FROM_PAGE suggestion is about."
    targetId: ID
    "Who filed it: visitor (the explorer's forms) or page-sync (npm run source:sync -- --apply)."
    source: String!
    "page-sync only: the source page's text for the item, as the sync read it."
    pageText: String
    "The resource's title (for a suggestion about an existing resource, its title when suggested)."
    title: String!
    url: String
    summary: String
    "TOOLKIT, GUIDANCE, REPORT, … as the visitor saw it."
    kind: String
    year: Int
    "Ids of entities the visitor thinks the resource relates to."
    relatedIds: [ID!]!
    "How to reach the visitor; shown to curators only."
    contact: String
    submittedAt: String!
    reviewedBy: String
    reviewedAt: String
    "Why a curator rejected it."
    reason: String
    "The resource created on approval."
    resourceId: ID
  }

  "What a visitor may propose. Sizes are bounded; anything longer is refused."
  input SuggestionInput {
    "At most 200 characters."
    title: String!
    "An http(s) link, at most 500 characters."
    url: String
    "At most 2000 characters."
    summary: String
    kind: String
    year: Int
    "Up to 10 ids of existing entities."
    relatedIds: [ID!]
    "An e-mail address or other way to reach you, at most 200 characters; only curators see it."
    contact: String
  }

  "A link for a resource already in the graph, as a visitor knows it."
  input LinkSuggestionInput {
    "The resource the link is for."
    resourceId: ID!
    "An http(s) link, at most 500 characters."
    url: String!
    "An e-mail address or other way to reach you, at most 200 characters; only curators see it."
    contact: String
  }

  "A relationship a curator adds from a new resource, with the provenance every relationship carries."
  input CuratedRelationshipInput {
    type: ResourceRelationshipType!
    targetId: ID!
    "For DERIVES_FROM (required there, refused elsewhere): how the resource derives."
    how: DerivationHow
    "Short quote (at most ${MAX_EVIDENCE_LENGTH} characters) that justifies the relationship."
    evidence: String!
    "A URL or the title of the document the evidence comes from (${GENERAL_KNOWLEDGE} for facts from outside any document)."
    source: String!
    "How the evidence supports the relationship: GENERAL_KNOWLEDGE exactly when source is ${GENERAL_KNOWLEDGE}."
    basis: EvidenceBasis!
    "INFERRED only (required there, refused elsewhere): why, in one line of at most ${MAX_REASONING_LENGTH} characters."
    reasoning: String
  }

  """
  The curator's version of a suggestion. NEW_RESOURCE: it becomes a Resource, unset fields taking the suggestion's.
  LINK_FOR_RESOURCE: only url is read (the link to set; the suggestion's when unset). Other types read nothing.
  """
  input ApproveSuggestionInput {
    "Kebab-case id; derived from the title when absent."
    resourceId: ID
    title: String
    summary: String
    kind: String
    year: Int
    url: String
    relationships: [CuratedRelationshipInput!]
  }

  "One curator write or moderation decision; the log is append-only."
  type AuditEntry {
    id: ID!
    at: String!
    actor: String!
    "The mutation or decision, e.g. updateResources, approveSuggestion."
    action: String!
    entityIds: [ID!]!
    "JSON: the arguments of the write."
    input: String
    "JSON: the affected entities before the write (null for creations)."
    before: String
    "JSON: the affected entities after the write (null for deletions)."
    after: String
  }

  "What the calling client may do."
  type CurationStatus {
    "Whether this server verifies curator tokens at all; without it no suggestion or write is accepted."
    enabled: Boolean!
    signedIn: Boolean!
    curator: Boolean!
    name: String
    "Why a token that was sent was refused."
    tokenProblem: String
    "Set when curators sign in with OpenID Connect: where and as whom the Curate page signs in."
    oidc: OidcSignIn
    "Whom to ask about resources when curation is off (an email address or a web page), if the server names anyone."
    contact: String
  }

  "The OpenID provider curators sign in with (authorization code flow with PKCE, a public client)."
  type OidcSignIn {
    issuer: String!
    clientId: String!
    "Space-separated scopes to ask for."
    scope: String!
  }

  "An entity a curator removed; it stays in the database, out of every public query, until restored."
  type DeletedEntity {
    id: ID!
    label: String!
    deletedAt: String!
    deletedBy: String!
  }

  "One relationship a curator adds or changes, named by its type and the ids of its ends, with the provenance every relationship carries."
  input RelationshipInput {
    type: RelationshipType!
    "id of the node the relationship starts from"
    from: ID!
    "id of the node it points to"
    to: ID!
    "For DERIVES_FROM (required there, refused elsewhere): how the resource derives."
    how: DerivationHow
    "Short quote (at most ${MAX_EVIDENCE_LENGTH} characters) that justifies the relationship."
    evidence: String!
    "A URL or the title of the document the evidence comes from (${GENERAL_KNOWLEDGE} for facts from outside any document)."
    source: String!
    "How the evidence supports the relationship: GENERAL_KNOWLEDGE exactly when source is ${GENERAL_KNOWLEDGE}."
    basis: EvidenceBasis!
    "INFERRED only (required there, refused elsewhere): why, in one line of at most ${MAX_REASONING_LENGTH} characters."
    reasoning: String
  }

  """
  Something curators changed that the seed files do not say (yet). The seed import keeps every one
  (it never overwrites or undoes a curator's change) and \`npm run seed:pull\` writes them to the files.
  """
  type CuratorChange {
    """
    PROPERTY (a seed node's property), RELATIONSHIP_EDITED (a seed relationship's provenance),
    RELATIONSHIP_REMOVED (a seed relationship), NODE_DELETED (a seed node), NODE_ADDED or
    RELATIONSHIP_ADDED (made by a curator).
    """
    kind: String!
    "The node changed, or the node a relationship starts from."
    entityId: ID!
    "PROPERTY and RELATIONSHIP_EDITED: which property."
    property: String
    "The relationship concerned (for a removed one, as the seed last wrote it)."
    relationship: GraphEdge
    "JSON: the curator's value (a new node's properties)."
    curatorValue: String
    "JSON: what the seed files say (on a conflict, what they say now)."
    seedValue: String
    "True when the seed files have changed the same thing differently since: the import keeps the curator's value and reports it."
    conflict: Boolean!
    "Who made the change, when known."
    by: String
    "When (ISO 8601), when known."
    at: String
  }

  type Query {
    "What the caller may do: curation enabled, signed in, curator."
    curationStatus: CurationStatus!
    "Curators only: suggestions, newest first."
    suggestions(status: SuggestionStatus = PENDING, limit: Int = 50): [Suggestion!]!
    "Curators only: the audit log, newest first, optionally for one entity or suggestion id."
    auditLog(entityId: ID, limit: Int = 50): [AuditEntry!]!
    "Curators only: entities removed with deleteEntity."
    deletedEntities(limit: Int = 50): [DeletedEntity!]!
    "Curators only: what curators changed that the seed import keeps, for one entity (either end of a relationship) or, without id, the whole graph."
    curatorChanges(id: ID): [CuratorChange!]!
  }

  type Mutation {
    "Open to everyone (rate-limited per client): proposes a resource for curators to review."
    suggestResource(input: SuggestionInput!): Suggestion!
    "Open to everyone (rate-limited with suggestResource): proposes a link for an existing resource, as a LINK_FOR_RESOURCE suggestion."
    suggestLink(input: LinkSuggestionInput!): Suggestion!
    """
    Curators only, by the suggestion's type: NEW_RESOURCE creates the resource and its relationships;
    LINK_FOR_RESOURCE sets the resource's url; CHANGED_TEXT and GONE_FROM_PAGE change nothing. Each marks
    the suggestion approved, with an audit entry.
    """
    approveSuggestion(id: ID!, input: ApproveSuggestionInput): Suggestion!
    "Curators only: marks the suggestion rejected, with the reason."
    rejectSuggestion(id: ID!, reason: String!): Suggestion!
    "Curators only: removes an entity and its relationships from the public graph, recoverably."
    deleteEntity(id: ID!): DeletedEntity!
    "Curators only: puts a deleted entity back, with the relationships whose other end still exists."
    restoreEntity(id: ID!): ID!
    "Curators only: adds one relationship (refused if the same type already joins the two)."
    addRelationship(input: RelationshipInput!): GraphEdge!
    "Curators only: replaces the provenance (how, evidence, source, basis, reasoning) of the relationship of this type between the two."
    updateRelationship(input: RelationshipInput!): GraphEdge!
    "Curators only: removes the relationship of this type between the two."
    removeRelationship(type: RelationshipType!, from: ID!, to: ID!): Boolean!
  }
`;
