import type { GraphQLResolveInfo } from 'graphql';
import type { Guide } from '@rrn/model';
import type { GraphContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/**
 * The curator's version of a suggestion. NEW_RESOURCE: it becomes a Resource, unset fields taking the suggestion's.
 * LINK_FOR_RESOURCE: only url is read (the link to set; the suggestion's when unset). Other types read nothing.
 */
export type ApproveSuggestionInput = {
  kind?: InputMaybe<Scalars['String']['input']>;
  relationships?: InputMaybe<Array<CuratedRelationshipInput>>;
  /** Kebab-case id; derived from the title when absent. */
  resourceId?: InputMaybe<Scalars['ID']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** One curator write or moderation decision; the log is append-only. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The mutation or decision, e.g. updateResources, approveSuggestion. */
  action: Scalars['String']['output'];
  actor: Scalars['String']['output'];
  /** JSON: the affected entities after the write (null for deletions). */
  after: Maybe<Scalars['String']['output']>;
  at: Scalars['String']['output'];
  /** JSON: the affected entities before the write (null for creations). */
  before: Maybe<Scalars['String']['output']>;
  entityIds: Array<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** JSON: the arguments of the write. */
  input: Maybe<Scalars['String']['output']>;
};

/** How many resources one node of a coverage axis has that no cell counts (see CoverageMatrix.rowsUnrecorded). */
export type AxisUnrecorded = {
  __typename?: 'AxisUnrecorded';
  count: Scalars['Int']['output'];
  /** The row or column node. */
  id: Scalars['ID']['output'];
};

/** A node ranked by how connected it is. */
export type Centrality = {
  __typename?: 'Centrality';
  /**
   * Betweenness centrality, normalised to 0–1, over the whole graph with relationships taken either
   * way. Null when the graph has more than 3000 nodes: it is then not computed per request.
   */
  betweenness: Maybe<Scalars['Float']['output']>;
  /** Relationships the node has in the whole graph (as GraphNode.degree). */
  degree: Scalars['Int']['output'];
  node: GraphNode;
};

/** How the most-connected lists are ranked. */
export type CentralityMeasure =
  /** Betweenness centrality: how often a node lies on the shortest paths between others (a bridge). */
  | 'BETWEENNESS'
  /** Relationships in the whole graph. */
  | 'DEGREE';

/** One node or relationship a change added, changed or removed: `node` for a node, `type`, `from` and `to` for a relationship. */
export type ChangeItem = {
  __typename?: 'ChangeItem';
  /** Whether the change added, changed or removed it. */
  change: ChangeOperation;
  /** The node the relationship goes from, for a relationship; null for a node. */
  from: Maybe<ChangeNode>;
  /** The node, for a node; null for a relationship. */
  node: Maybe<ChangeNode>;
  /** The node the relationship goes to, for a relationship; null for a node. */
  to: Maybe<ChangeNode>;
  /** The relationship's type, for a relationship; null for a node. */
  type: Maybe<RelationshipType>;
};

/** What a change to the public graph was. */
export type ChangeKind =
  /** A curator deleted a node (and with it its relationships). */
  | 'DELETE'
  /** A curator's edit: a node created or updated, a relationship added, changed or removed. */
  | 'EDIT'
  /** A seed import that changed something (an import that changes nothing records nothing). */
  | 'IMPORT'
  /** A curator restored a deleted node with its relationships. */
  | 'RESTORE'
  /** A visitor's suggestion a curator approved: a new resource, or a resource's link. */
  | 'SUGGESTION';

/** A node a change names, as it is called now (a deleted node as it was called when deleted). */
export type ChangeNode = {
  __typename?: 'ChangeNode';
  /** Whether the node is in the public graph now (a deleted one is not), so a link to its page leads somewhere. */
  exists: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  /** Null when the node is not known any more. */
  type: Maybe<NodeType>;
};

/** What happened to one node or relationship in a change. */
export type ChangeOperation =
  /** It was not in the public graph before the change and is now. */
  | 'ADDED'
  /** It was there before and after, with some of its values (a node's properties; a relationship's evidence, basis and the like) different. */
  | 'CHANGED'
  /** It was in the public graph before the change and is not now (a curator removed or deleted it, or the seed no longer has it). */
  | 'REMOVED';

/** References for one or more nodes, as a file's text. */
export type Citation = {
  __typename?: 'Citation';
  /** Media type to save or serve the text as, e.g. application/x-research-info-systems. */
  contentType: Scalars['String']['output'];
  /** A file name for the text, e.g. positive-and-proactive-guidance.ris. */
  filename: Scalars['String']['output'];
  format: CitationFormat;
  /** The references: one entry per node, or a reference list sorted as the style sorts. */
  text: Scalars['String']['output'];
};

/** Reference formats `cite` can produce. */
export type CitationFormat =
  /** APA (7th edition) reference list, as plain text. */
  | 'APA'
  /** BibTeX, for LaTeX. */
  | 'BIBTEX'
  /** CSL-JSON, the Citation Style Language's data format. */
  | 'CSL_JSON'
  /** Harvard (Cite Them Right) reference list, as plain text. */
  | 'HARVARD'
  /** RIS, for reference managers (Zotero, EndNote, Mendeley). */
  | 'RIS';

/** What connects a set of nodes. */
export type Connecting = {
  __typename?: 'Connecting';
  /**
   * Nodes linked to at least two members, ranked: linked directly to the most members first, then
   * to the most members in all (through one intermediate too), then the less-connected node first
   * (it says more about these members than one linked to everything). At most limit of them.
   */
  connectors: Array<Connector>;
  /** Ids asked for that are not in the graph (left out of the set). */
  missing: Array<Scalars['ID']['output']>;
  /**
   * The members, the connectors kept and the intermediates their links go through, with every
   * relationship among them: ready to draw. total is how many connectors were found before limit
   * (truncated is true when limit cut them).
   */
  subgraph: Subgraph;
  /** How many nodes link two members or more, before limit. */
  total: Scalars['Int']['output'];
};

/** A node linked to two or more members of a set, and how. */
export type Connector = {
  __typename?: 'Connector';
  /** Ids of the members it links, in the set's order. */
  members: Array<Scalars['ID']['output']>;
  /** The connecting node (never a member of the set itself). */
  node: GraphNode;
  /**
   * The relationships that link it to those members, each with its type and basis: every direct
   * relationship to a member, and for a member it reaches only through an intermediate, the best
   * pair of relationships through one (stated ones first, then the least-connected intermediate).
   */
  via: Array<GraphEdge>;
};

/** One cell of a coverage matrix: the resources and frameworks linked to both its row and its column node. */
export type CoverageCell = {
  __typename?: 'CoverageCell';
  column: Scalars['ID']['output'];
  /** How many resources and frameworks are linked to both. */
  count: Scalars['Int']['output'];
  /** How many of count are frameworks (the rest are resources). */
  frameworks: Scalars['Int']['output'];
  /** @deprecated Holds the sample only (up to 3 ids), no longer every id: a large graph's matrix carried megabytes of them. Use sample, and coverageCell for a cell's resources. */
  resourceIds: Array<Scalars['ID']['output']>;
  row: Scalars['ID']['output'];
  /** Ids of up to 3 of them, as a taste; all of them come from coverageCell when the cell is opened. */
  sample: Array<Scalars['ID']['output']>;
};

/** The resources and frameworks of one coverage cell, fetched when the cell is opened. */
export type CoverageCellResources = {
  __typename?: 'CoverageCellResources';
  column: Scalars['ID']['output'];
  columnType: NodeType;
  /** How many resources and frameworks are linked to both the row and the column node. */
  count: Scalars['Int']['output'];
  /** Up to limit of them, best-connected first. */
  resources: Array<GraphNode>;
  row: Scalars['ID']['output'];
  rowType: NodeType;
  /** True when limit cut the list. */
  truncated: Scalars['Boolean']['output'];
};

/**
 * Resources and frameworks counted per pair of nodes of two types, e.g. restraint types × settings.
 * Cells with a count of 0 are left out. A cell of 0 means no resource is recorded for the pair, not that none
 * exists: rowsUnrecorded and columnsUnrecorded count the resources no cell can hold because the
 * other axis is not recorded for them.
 */
export type CoverageMatrix = {
  __typename?: 'CoverageMatrix';
  cells: Array<CoverageCell>;
  columnType: NodeType;
  columns: Array<GraphNode>;
  /** Per column node: how many of its resources have no node of the row type recorded. Columns with none are left out. */
  columnsUnrecorded: Array<AxisUnrecorded>;
  rowType: NodeType;
  rows: Array<GraphNode>;
  /** Per row node: how many of its resources have no node of the column type recorded. Rows with none are left out. */
  rowsUnrecorded: Array<AxisUnrecorded>;
  /** Resources with no node of the column type recorded (e.g. no setting). */
  withoutColumnType: Scalars['Int']['output'];
  /** Resources with no node of the row type recorded (e.g. no restraint type). */
  withoutRowType: Scalars['Int']['output'];
};

/** What the cells of the insights coverage matrix are split by. */
export type CoverageSplit =
  /** The audiences the resources are for (FOR_AUDIENCE); a resource for two audiences counts in both. */
  | 'AUDIENCE'
  /** The resources' kind (TOOLKIT, GUIDANCE, …); frameworks, which have no kind, are the part FRAMEWORK. */
  | 'KIND';

/** A relationship a curator adds from a new resource, with the provenance every relationship carries. */
export type CuratedRelationshipInput = {
  /** How the evidence supports the relationship: GENERAL_KNOWLEDGE exactly when source is general-knowledge. */
  basis: EvidenceBasis;
  /** Short quote (at most 300 characters) that justifies the relationship. */
  evidence: Scalars['String']['input'];
  /** For DERIVES_FROM (required there, refused elsewhere): how the resource derives. */
  how?: InputMaybe<DerivationHow>;
  /** INFERRED only (required there, refused elsewhere): why, in one line of at most 200 characters. */
  reasoning?: InputMaybe<Scalars['String']['input']>;
  /** A URL or the title of the document the evidence comes from (general-knowledge for facts from outside any document). */
  source: Scalars['String']['input'];
  targetId: Scalars['ID']['input'];
  type: ResourceRelationshipType;
};

/** What the calling client may do. */
export type CurationStatus = {
  __typename?: 'CurationStatus';
  /** Whom to ask about resources when curation is off (an email address or a web page), if the server names anyone. */
  contact: Maybe<Scalars['String']['output']>;
  curator: Scalars['Boolean']['output'];
  /** Whether this server verifies curator tokens at all; without it no suggestion or write is accepted. */
  enabled: Scalars['Boolean']['output'];
  name: Maybe<Scalars['String']['output']>;
  /** Set when curators sign in with OpenID Connect: where and as whom the Curate page signs in. */
  oidc: Maybe<OidcSignIn>;
  signedIn: Scalars['Boolean']['output'];
  /** Why a token that was sent was refused. */
  tokenProblem: Maybe<Scalars['String']['output']>;
};

/**
 * Something curators changed that the seed files do not say (yet). The seed import keeps every one
 * (it never overwrites or undoes a curator's change) and `npm run seed:pull` writes them to the files.
 */
export type CuratorChange = {
  __typename?: 'CuratorChange';
  /** When (ISO 8601), when known. */
  at: Maybe<Scalars['String']['output']>;
  /** Who made the change, when known. */
  by: Maybe<Scalars['String']['output']>;
  /** True when the seed files have changed the same thing differently since: the import keeps the curator's value and reports it. */
  conflict: Scalars['Boolean']['output'];
  /** JSON: the curator's value (a new node's properties). */
  curatorValue: Maybe<Scalars['String']['output']>;
  /** The node changed, or the node a relationship starts from. */
  entityId: Scalars['ID']['output'];
  /**
   * PROPERTY (a seed node's property), RELATIONSHIP_EDITED (a seed relationship's provenance),
   * RELATIONSHIP_REMOVED (a seed relationship), NODE_DELETED (a seed node), NODE_ADDED or
   * RELATIONSHIP_ADDED (made by a curator).
   */
  kind: Scalars['String']['output'];
  /** PROPERTY and RELATIONSHIP_EDITED: which property. */
  property: Maybe<Scalars['String']['output']>;
  /** The relationship concerned (for a removed one, as the seed last wrote it). */
  relationship: Maybe<GraphEdge>;
  /** JSON: what the seed files say (on a conflict, what they say now). */
  seedValue: Maybe<Scalars['String']['output']>;
};

/** An entity a curator removed; it stays in the database, out of every public query, until restored. */
export type DeletedEntity = {
  __typename?: 'DeletedEntity';
  deletedAt: Scalars['String']['output'];
  deletedBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
};

/** How a resource derives from a framework or another resource (DERIVES_FROM only). */
export type DerivationHow =
  /** Adapts the target to another context. */
  | 'ADAPTS'
  /** Is built on the target. */
  | 'BASED_ON'
  /** Takes in the whole of the target. */
  | 'ENCOMPASSES'
  /** Follows on from the target (a successor or later edition). */
  | 'FOLLOWS_ON'
  /** Puts the target into practice. */
  | 'IMPLEMENTS';

/** How a relationship's evidence quote supports it: stated outright, read from a title, inferred (with reasoning), or general knowledge. */
export type EvidenceBasis =
  /** Known from outside the source document (source general-knowledge); the quote is not from the page. */
  | 'GENERAL_KNOWLEDGE'
  /** A reasonable reading of the quote rather than what it says outright; `reasoning` says why, in a line. */
  | 'INFERRED'
  /** The evidence quote says it. */
  | 'STATED'
  /** Read from a title or name: the quote is a title that names the other end, not a sentence that says it. */
  | 'TITLE';

/**
 * One change to the public graph: the write that moved it to `version`, from the audit log (who made
 * it is for curators only, in `auditLog`).
 */
export type GraphChange = {
  __typename?: 'GraphChange';
  /** When it was made (ISO 8601, UTC). */
  at: Scalars['String']['output'];
  /** Stable: the audit entry's id (a UUID); the Atom feeds' entry ids are urn:uuid:<id>. */
  id: Scalars['ID']['output'];
  /** How many nodes and relationships it added, changed or removed; `items` lists at most 500 of them. */
  itemCount: Scalars['Int']['output'];
  /** The nodes and relationships it added, changed or removed: at most 500 of them (`itemCount` says how many there were), without any relationship whose type the model no longer has. */
  items: Array<ChangeItem>;
  /** What sort of write it was: a seed import, a curator's edit, an approved suggestion, a delete or a restore. */
  kind: ChangeKind;
  /** The graph version the change produced (as Query.graphVersion). */
  version: Scalars['String']['output'];
};

/** A relationship as the canvas draws it, with its provenance. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** Lineage only: true for DESCRIBES/EVALUATES edges shown beside the DERIVES_FROM tree. */
  annotation: Scalars['Boolean']['output'];
  /**
   * How the evidence supports the relationship. A relationship stored without one (written before
   * bases were recorded) reads as INFERRED, with reasoning saying so, never as STATED.
   */
  basis: EvidenceBasis;
  /** Short verbatim quote from the source document that justifies the relationship. */
  evidence: Maybe<Scalars['String']['output']>;
  /** True when the relationship comes from general knowledge, not the source page. */
  generalKnowledge: Scalars['Boolean']['output'];
  /** DERIVES_FROM only: how the resource derives. */
  how: Maybe<DerivationHow>;
  /** Stable id: TYPE:source->target. */
  id: Scalars['ID']['output'];
  /** INFERRED only: why the quote supports the relationship, in one line. */
  reasoning: Maybe<Scalars['String']['output']>;
  /** Id of the node the relationship starts from. */
  source: Scalars['ID']['output'];
  /** Id of the source document the evidence comes from, or general-knowledge. */
  sourceDoc: Maybe<Scalars['String']['output']>;
  /** Id of the node the relationship points to. */
  target: Scalars['ID']['output'];
  type: RelationshipType;
};

/** A facet of GraphFilter that selects resources by what they link to. */
export type GraphFacet =
  /** audiences (FOR_AUDIENCE). */
  | 'AUDIENCES'
  /** jurisdictions (APPLIES_IN). */
  | 'JURISDICTIONS'
  /** organisations (PUBLISHED_BY, COMMISSIONED_BY or DEVELOPED_WITH). */
  | 'ORGANISATIONS'
  /** restraintTypes (ADDRESSES). */
  | 'RESTRAINT_TYPES'
  /** settings (FOR_SETTING). */
  | 'SETTINGS';

/**
 * Facets for the overview graph. The facets select resources: every given facet must hold (AND),
 * values within one facet are alternatives (OR). The result is those resources plus the other
 * (non-resource) nodes they link to, restricted to types. With no facet at all, every node of types is drawn.
 */
export type GraphFilter = {
  /** Resources must be FOR_AUDIENCE one of these audiences (ids). */
  audiences?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Resources must APPLY_IN one of these jurisdictions (ids). */
  jurisdictions?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Resources must be of one of these kinds (TOOLKIT, GUIDANCE, …; see GraphNode.kind). */
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  /**
   * "Not recorded" as one more value of these facets: a resource with no value of the facet at all
   * matches it (alongside the ids given for the facet, if any). notRecorded: [RESTRAINT_TYPES] alone
   * selects the resources with no restraint type recorded; with restraintTypes: ["seclusion"] it
   * selects those about seclusion and those whose restraint type is not recorded.
   */
  notRecorded?: InputMaybe<Array<GraphFacet>>;
  /** Resources must be published by, commissioned by or developed with one of these organisations (ids). */
  organisations?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Resources must ADDRESS one of these restraint types (ids). */
  restraintTypes?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Resources must be FOR_SETTING one of these settings (ids). */
  settings?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Resources must match this full-text query (same matching as search); blank means no text filter. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Node types to draw; default all. */
  types?: InputMaybe<Array<NodeType>>;
  /** Resources must have a year on or after this one. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Resources must have a year on or before this one. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** A node as the canvas draws it, with what the detail panel needs at a glance. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** Other names the node is known by (used by search). */
  aliases: Array<Scalars['String']['output']>;
  /** Organisations only. */
  country: Maybe<Scalars['String']['output']>;
  /** Restraint types only. */
  definition: Maybe<Scalars['String']['output']>;
  /** Number of relationships the node has in the whole graph (both directions). */
  degree: Scalars['Int']['output'];
  /** Resources only: for an item the page gives no title: what it is, in a few of our words, shown under its title. The title then holds only names the page gives (who, which event or body), so searches and citations use them. */
  description: Maybe<Scalars['String']['output']>;
  /** Resources only: the title is ours, describing an item the page gives no title. */
  descriptiveTitle: Maybe<Scalars['Boolean']['output']>;
  /** Neighbourhood, lineage and paths: hops from the focus node (0 for the focus itself). */
  distance: Maybe<Scalars['Int']['output']>;
  /** Resources only: an easy-read version exists. */
  easyRead: Maybe<Scalars['Boolean']['output']>;
  /** Resources only: an editable version exists. */
  editable: Maybe<Scalars['Boolean']['output']>;
  /** Names of properties that come from general knowledge rather than the source page. */
  generalKnowledge: Array<Scalars['String']['output']>;
  /** Stable kebab-case id, unique across all node types. */
  id: Scalars['ID']['output'];
  kind: Maybe<Scalars['String']['output']>;
  /** Display name: the title of a resource, the name of anything else. */
  label: Scalars['String']['output'];
  /** Frameworks only: where the framework comes from. */
  origin: Maybe<Scalars['String']['output']>;
  /** People only: their public or professional role. */
  role: Maybe<Scalars['String']['output']>;
  /** Search only: relevance score, higher is better. */
  score: Maybe<Scalars['Float']['output']>;
  summary: Maybe<Scalars['String']['output']>;
  type: NodeType;
  /** Resources only. */
  url: Maybe<Scalars['String']['output']>;
  year: Maybe<Scalars['Int']['output']>;
};

/** Descriptive statistics of the resource bank. */
export type Insights = {
  __typename?: 'Insights';
  /** False when the graph was too large to compute betweenness (the lists are then ranked by degree). */
  betweennessComputed: Scalars['Boolean']['output'];
  /** Resources per jurisdiction (APPLIES_IN), most first, every jurisdiction included. */
  byJurisdiction: Array<Tally>;
  /** Resources per kind, most first. */
  byKind: Array<Tally>;
  /** The organisations that published, commissioned or helped develop the most resources, most first. */
  byOrganisation: Array<Tally>;
  /** Resources per year, oldest first; years without resources are left out. */
  byYear: Array<YearCount>;
  coverage: SplitCoverage;
  /** The most-connected frameworks, by the chosen measure. */
  mostConnectedFrameworks: Array<Centrality>;
  /** The most-connected resources, by the chosen measure. */
  mostConnectedResources: Array<Centrality>;
  /** Resources in the graph. */
  resourceCount: Scalars['Int']['output'];
  /** Resources without a year. */
  undated: Scalars['Int']['output'];
  /**
   * Per facet of the overview's filter (restraint type, setting, audience, jurisdiction,
   * organisation): how many resources have no value of it recorded. Not "none": the graph does not say.
   */
  unrecorded: Array<UnrecordedMatch>;
  /** Resources that name no jurisdiction. */
  withoutJurisdiction: Scalars['Int']['output'];
};

/** Which way to follow DERIVES_FROM edges from the focus node. */
export type LineageDirection =
  /** Everything that (transitively) derives from the focus node. */
  | 'DOWNSTREAM'
  /** Everything the focus node (transitively) derives from. */
  | 'UPSTREAM';

/** A link for a resource already in the graph, as a visitor knows it. */
export type LinkSuggestionInput = {
  /** An e-mail address or other way to reach you, at most 200 characters; only curators see it. */
  contact?: InputMaybe<Scalars['String']['input']>;
  /** The resource the link is for. */
  resourceId: Scalars['ID']['input'];
  /** An http(s) link, at most 500 characters. */
  url: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Curators only: adds one relationship (refused if the same type already joins the two). */
  addRelationship: GraphEdge;
  /**
   * Curators only, by the suggestion's type: NEW_RESOURCE creates the resource and its relationships;
   * LINK_FOR_RESOURCE sets the resource's url; CHANGED_TEXT and GONE_FROM_PAGE change nothing. Each marks
   * the suggestion approved, with an audit entry.
   */
  approveSuggestion: Suggestion;
  /** Curators only: removes an entity and its relationships from the public graph, recoverably. */
  deleteEntity: DeletedEntity;
  /** Curators only: marks the suggestion rejected, with the reason. */
  rejectSuggestion: Suggestion;
  /** Curators only: removes the relationship of this type between the two. */
  removeRelationship: Scalars['Boolean']['output'];
  /** Curators only: puts a deleted entity back, with the relationships whose other end still exists. */
  restoreEntity: Scalars['ID']['output'];
  /** Open to everyone (rate-limited with suggestResource): proposes a link for an existing resource, as a LINK_FOR_RESOURCE suggestion. */
  suggestLink: Suggestion;
  /** Open to everyone (rate-limited per client): proposes a resource for curators to review. */
  suggestResource: Suggestion;
  /** Curators only: replaces the provenance (how, evidence, source, basis, reasoning) of the relationship of this type between the two. */
  updateRelationship: GraphEdge;
};


export type MutationAddRelationshipArgs = {
  input: RelationshipInput;
};


export type MutationApproveSuggestionArgs = {
  id: Scalars['ID']['input'];
  input?: InputMaybe<ApproveSuggestionInput>;
};


export type MutationDeleteEntityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRejectSuggestionArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRemoveRelationshipArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  type: RelationshipType;
};


export type MutationRestoreEntityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSuggestLinkArgs = {
  input: LinkSuggestionInput;
};


export type MutationSuggestResourceArgs = {
  input: SuggestionInput;
};


export type MutationUpdateRelationshipArgs = {
  input: RelationshipInput;
};

/** The kind of entity a graph node stands for; one per Neo4j label. */
export type NodeType =
  /** Who a resource is for: practitioners, families and carers, school staff, … */
  | 'AUDIENCE'
  /** An approach or model such as the Six Core Strategies or the HOPE model. */
  | 'FRAMEWORK'
  /** Where a resource applies: UK, England, Wales, Scotland, USA, … */
  | 'JURISDICTION'
  /** An Act such as the Mental Health Units (Use of Force) Act 2018. */
  | 'LEGISLATION'
  /** A charity, NHS trust, regulator, government body, university, network or other organisation. */
  | 'ORGANISATION'
  /** An adult named in a public or professional role. */
  | 'PERSON'
  /** A toolkit, guidance document, standard, report, film, podcast or other resource. */
  | 'RESOURCE'
  /** A type of restraint: physical, mechanical, chemical, psychological, environmental, seclusion, … */
  | 'RESTRAINT_TYPE'
  /** A care or education setting, such as schools or mental health inpatient services. */
  | 'SETTING';

/** The OpenID provider curators sign in with (authorization code flow with PKCE, a public client). */
export type OidcSignIn = {
  __typename?: 'OidcSignIn';
  clientId: Scalars['String']['output'];
  issuer: Scalars['String']['output'];
  /** Space-separated scopes to ask for. */
  scope: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Curators only: the audit log, newest first, optionally for one entity or suggestion id. */
  auditLog: Array<AuditEntry>;
  /**
   * What changed in the graph, newest first: every seed import that changed something, curator edit,
   * approved suggestion, delete and restore, each under the graph version it produced. With `node`,
   * only changes that added, changed or removed that node or a relationship touching it (what
   * /feeds/node/:id.atom carries). The same list is the "What's new" page (/changes) and the Atom
   * feed /feeds/changes.atom.
   */
  changes: Array<GraphChange>;
  /**
   * References for resources and legislation, built from the graph: title (in square brackets
   * when it is descriptive), publishers as authors (people split into given and family names;
   * DEVELOPED_WITH partners when no publisher is recorded), year, the kind as a CSL type, the
   * URL when known, and a note naming the source page and anything from general knowledge.
   * Authors come in the order the source page credits them; an organisation credited as a
   * named person's affiliation is in the note, not an author. `accessed` (YYYY-MM-DD, the
   * citer's own date) is given as the accessed date of each reference that has a URL, as
   * Harvard and APA print it; without it no accessed date is given.
   * At most 200 ids; an unknown id, or one that is not a resource or legislation, is refused
   * (BAD_USER_INPUT) naming it.
   */
  cite: Citation;
  /**
   * What connects a set of nodes (ids: 1–50 of them; duplicates count once): the nodes linked to the
   * most members, directly first, then through one intermediate, each with the members it links
   * and the relationships (type and basis) that link them, plus the subgraph among the members
   * and those connectors. The second hop never starts from or passes through a hub (more than
   * 100 relationships), a member, or a restraint type, setting, audience or
   * jurisdiction: two things recorded as for the same setting share context, they are not linked.
   * Fewer than two members found: no connectors. limit: 1–100.
   */
  connecting: Connecting;
  /**
   * Coverage matrix of two node types (not RESOURCE): for each pair, how many resources and frameworks are
   * linked to both (frameworks carry ADDRESSES, FOR_SETTING, FOR_AUDIENCE and APPLIES_IN too), through the
   * relationship that types them (ADDRESSES, FOR_SETTING, FOR_AUDIENCE, APPLIES_IN,
   * COMPLIES_WITH; PUBLISHED_BY/COMMISSIONED_BY/DEVELOPED_WITH for organisations;
   * PUBLISHED_BY/DEVELOPED_WITH/FEATURES for people; DERIVES_FROM/DESCRIBES/EVALUATES for frameworks).
   */
  coverage: CoverageMatrix;
  /** One cell of the coverage matrix of rows × columns: the resources and frameworks linked to both node row and node column. */
  coverageCell: CoverageCellResources;
  /** What the caller may do: curation enabled, signed in, curator. */
  curationStatus: CurationStatus;
  /** Curators only: what curators changed that the seed import keeps, for one entity (either end of a relationship) or, without id, the whole graph. */
  curatorChanges: Array<CuratorChange>;
  /** Curators only: entities removed with deleteEntity. */
  deletedEntities: Array<DeletedEntity>;
  /** Facet-filtered overview of the graph. */
  graph: Subgraph;
  /**
   * The graph's version: it changes with every seed import that changes something, every curator
   * write and every restore. Answers to public reads are cached under it; the same value is in
   * the X-Graph-Version header of every API response.
   */
  graphVersion: Scalars['String']['output'];
  /**
   * Descriptive statistics of the resource bank. split chooses the coverage matrix's third
   * dimension; top how many organisations (default 15) and most-connected nodes (default 10) to list.
   */
  insights: Insights;
  /**
   * The DERIVES_FROM tree below (DOWNSTREAM) or above (UPSTREAM) a node, with DESCRIBES/EVALUATES edges beside it.
   * basis: only relationships of these evidence bases, the tree recomputed over them alone (a node
   * reached only through an inferred link is left out, with everything beyond it); absent means
   * every basis, and [STATED] is the explorer's "stated links only". When nothing remains, the
   * answer is the focus alone.
   */
  lineage: Subgraph;
  /**
   * The node and its neighbours up to depth hops away (traversing any type; types filters what
   * is returned), nearest and most strongly linked first. limit counts the focus node too; when
   * it cuts, truncated is true and moreByType says how many of each type were left out.
   * Depth 1 is every neighbour. Each further hop is ranked and cut before the next: it starts only
   * from the (limit − 1) best-ranked nodes of the hop before, and never from a hub (a node with
   * more than 100 relationships, such as a restraint type or setting shared by many resources):
   * hubs are drawn, their own neighbours are not followed, and notExpanded lists them. So total
   * counts the nodes this search reached, which on a large graph can be fewer than every node
   * within depth hops.
   */
  neighbourhood: Subgraph;
  /** One node by id, or null when there is none. */
  node: Maybe<GraphNode>;
  /**
   * The shortest paths between two nodes (up to maxLength hops, at most limit of them), following
   * relationships either way: every path of the first length that has any, and none longer. A path
   * never passes through a taxonomy hub (a restraint type, setting, audience, jurisdiction or
   * legislation with more than 100 relationships) unless it is one of the two ends: a hub is
   * linked to a large share of all resources, so "both are about physical restraint" says little,
   * and searching through one visits thousands of nodes. throughHubs adds the two-step paths
   * through a taxonomy hub both ends link to directly (they share it); the search still never
   * follows a hub's other relationships, so its cost stays bounded by the two ends' own.
   * throughSharedContext: false leaves out every path through a restraint type, setting, audience or
   * jurisdiction that is not one of the ends: such a step says only that both sides are recorded as
   * for it ("both are for schools"), not that they are linked.
   * basis: only relationships of these evidence bases, the paths recomputed over them alone (so a
   * path may be longer, or there may be none: then the answer has no nodes); absent means every
   * basis, and [STATED] is the explorer's "stated links only".
   */
  paths: Subgraph;
  /**
   * Every relationship between two of the given nodes, with its evidence: the provenance of a
   * drawing whose query sent its edges without it (the canvas needs only their ends and types).
   */
  relationshipsAmong: Array<GraphEdge>;
  /** One guided route by id, or null when there is none. */
  route: Maybe<Route>;
  /** The guided routes, in the order the explorer offers them. */
  routes: Array<Route>;
  /** Full-text search over names, titles, aliases and summaries: exact names first, then prefix and typo-tolerant matches. */
  search: Array<GraphNode>;
  /**
   * Resources most like this one, best first (limit 1–50), ranked by the nodes they share —
   * frameworks in their lineage, restraint types, settings, audiences, jurisdictions,
   * organisations, people, collections — each weighted by how rare it is (Adamic–Adar), plus
   * direct links between the two. Never the resource itself; empty for an unknown id or a
   * node that is not a resource.
   */
  similar: Array<SimilarResource>;
  /** The answer of similar as a graph: the resource, the similar ones, the nodes they share, and the relationships among them. */
  similarGraph: Subgraph;
  /** Curators only: suggestions, newest first. */
  suggestions: Array<Suggestion>;
  /**
   * For each facet the filter narrows by ids (and not already by notRecorded): how many resources
   * match every other part of the filter and have no value of that facet recorded. They might
   * belong to the values asked for; the graph does not say. An empty result with such resources
   * is "not recorded", not "none".
   */
  unrecordedMatches: Array<UnrecordedMatch>;
  /** Versions of the API and the Neo4j server it talks to. */
  version: ServerVersion;
  /** Later and earlier versions of a resource (both empty for an unknown id or when none is recorded). */
  versions: ResourceVersions;
};


export type QueryAuditLogArgs = {
  entityId?: InputMaybe<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChangesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  node?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCiteArgs = {
  accessed?: InputMaybe<Scalars['String']['input']>;
  format: CitationFormat;
  ids: Array<Scalars['ID']['input']>;
};


export type QueryConnectingArgs = {
  ids: Array<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCoverageArgs = {
  columns?: InputMaybe<NodeType>;
  rows?: InputMaybe<NodeType>;
};


export type QueryCoverageCellArgs = {
  column: Scalars['ID']['input'];
  columns?: InputMaybe<NodeType>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  row: Scalars['ID']['input'];
  rows?: InputMaybe<NodeType>;
};


export type QueryCuratorChangesArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryDeletedEntitiesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryGraphArgs = {
  filter?: InputMaybe<GraphFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInsightsArgs = {
  rankBy?: InputMaybe<CentralityMeasure>;
  split?: InputMaybe<CoverageSplit>;
  top?: InputMaybe<Scalars['Int']['input']>;
  topOrganisations?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLineageArgs = {
  basis?: InputMaybe<Array<EvidenceBasis>>;
  direction?: InputMaybe<LineageDirection>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNeighbourhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<NodeType>>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPathsArgs = {
  basis?: InputMaybe<Array<EvidenceBasis>>;
  from: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  throughHubs?: InputMaybe<Scalars['Boolean']['input']>;
  throughSharedContext?: InputMaybe<Scalars['Boolean']['input']>;
  to: Scalars['ID']['input'];
};


export type QueryRelationshipsAmongArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryRouteArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<NodeType>>;
};


export type QuerySimilarArgs = {
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySimilarGraphArgs = {
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySuggestionsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<SuggestionStatus>;
};


export type QueryUnrecordedMatchesArgs = {
  filter: GraphFilter;
};


export type QueryVersionsArgs = {
  id: Scalars['ID']['input'];
};

/** One relationship a curator adds or changes, named by its type and the ids of its ends, with the provenance every relationship carries. */
export type RelationshipInput = {
  /** How the evidence supports the relationship: GENERAL_KNOWLEDGE exactly when source is general-knowledge. */
  basis: EvidenceBasis;
  /** Short quote (at most 300 characters) that justifies the relationship. */
  evidence: Scalars['String']['input'];
  /** id of the node the relationship starts from */
  from: Scalars['ID']['input'];
  /** For DERIVES_FROM (required there, refused elsewhere): how the resource derives. */
  how?: InputMaybe<DerivationHow>;
  /** INFERRED only (required there, refused elsewhere): why, in one line of at most 200 characters. */
  reasoning?: InputMaybe<Scalars['String']['input']>;
  /** A URL or the title of the document the evidence comes from (general-knowledge for facts from outside any document). */
  source: Scalars['String']['input'];
  /** id of the node it points to */
  to: Scalars['ID']['input'];
  type: RelationshipType;
};

/** Every type of relationship in the graph; each carries its evidence quote and source. */
export type RelationshipType =
  /** The resource or framework is about this type of restraint. (Resource → RestraintType, Framework → RestraintType) */
  | 'ADDRESSES'
  /** The person works with or for the organisation. (Person → Organisation) */
  | 'AFFILIATED_WITH'
  /** The resource or framework applies in this jurisdiction. (Resource → Jurisdiction, Framework → Jurisdiction) */
  | 'APPLIES_IN'
  /** Paid for or asked for the resource. (Resource → Organisation) */
  | 'COMMISSIONED_BY'
  /** The resource complies with this legislation. (Resource → Legislation) */
  | 'COMPLIES_WITH'
  /** The resource was made together with people from this group (co-production), not only for them. (Resource → Audience) */
  | 'CO_PRODUCED_WITH'
  /** Lineage: the resource adapts, encompasses, implements, is based on or follows on from the target (`how`). (Resource → Framework, Resource → Resource) */
  | 'DERIVES_FROM'
  /** The document that sets the framework out. (Resource → Framework) */
  | 'DESCRIBES'
  /** Developed the framework. (Framework → Organisation, Framework → Person) */
  | 'DEVELOPED_BY'
  /** The resource or framework was developed or produced in this jurisdiction (not necessarily where it applies). (Resource → Jurisdiction, Framework → Jurisdiction) */
  | 'DEVELOPED_IN'
  /** A partner, co-producer or adapter of the resource. (Resource → Organisation, Resource → Person) */
  | 'DEVELOPED_WITH'
  /** Studies the target's effect. (Resource → Resource, Resource → Framework) */
  | 'EVALUATES'
  /** The resource features this person. (Resource → Person) */
  | 'FEATURES'
  /** The resource or framework is for this audience. (Resource → Audience, Framework → Audience) */
  | 'FOR_AUDIENCE'
  /** The resource or framework is for, or used in, this setting. (Resource → Setting, Framework → Setting) */
  | 'FOR_SETTING'
  /** The target pays for the organisation's work (a resource's funder is COMMISSIONED_BY). (Organisation → Organisation) */
  | 'FUNDED_BY'
  /** Part of a larger resource (a tool within a set, a video of a conference), of a programme or initiative, or of an organisation. (Resource → Resource, Resource → Framework, Organisation → Organisation) */
  | 'PART_OF'
  /** Produced or published the resource. (Resource → Organisation, Resource → Person) */
  | 'PUBLISHED_BY'
  /** The resource mentions the target. (Resource → Resource, Resource → Organisation, Resource → Framework, Resource → RestraintType, Resource → Setting, Resource → Audience, Resource → Jurisdiction, Resource → Legislation, Resource → Person) */
  | 'REFERENCES'
  /** Another version of the same work that neither replaces nor is replaced by the target, such as an editable copy (a later edition DERIVES_FROM it with how FOLLOWS_ON). (Resource → Resource) */
  | 'VERSION_OF';

/** The relationship types that can start at a resource: what a curator may add from a new resource. */
export type ResourceRelationshipType =
  /** The resource or framework is about this type of restraint. */
  | 'ADDRESSES'
  /** The resource or framework applies in this jurisdiction. */
  | 'APPLIES_IN'
  /** Paid for or asked for the resource. */
  | 'COMMISSIONED_BY'
  /** The resource complies with this legislation. */
  | 'COMPLIES_WITH'
  /** The resource was made together with people from this group (co-production), not only for them. */
  | 'CO_PRODUCED_WITH'
  /** Lineage: the resource adapts, encompasses, implements, is based on or follows on from the target (`how`). */
  | 'DERIVES_FROM'
  /** The document that sets the framework out. */
  | 'DESCRIBES'
  /** The resource or framework was developed or produced in this jurisdiction (not necessarily where it applies). */
  | 'DEVELOPED_IN'
  /** A partner, co-producer or adapter of the resource. */
  | 'DEVELOPED_WITH'
  /** Studies the target's effect. */
  | 'EVALUATES'
  /** The resource features this person. */
  | 'FEATURES'
  /** The resource or framework is for this audience. */
  | 'FOR_AUDIENCE'
  /** The resource or framework is for, or used in, this setting. */
  | 'FOR_SETTING'
  /** Part of a larger resource (a tool within a set, a video of a conference), of a programme or initiative, or of an organisation. */
  | 'PART_OF'
  /** Produced or published the resource. */
  | 'PUBLISHED_BY'
  /** The resource mentions the target. */
  | 'REFERENCES'
  /** Another version of the same work that neither replaces nor is replaced by the target, such as an editable copy (a later edition DERIVES_FROM it with how FOLLOWS_ON). */
  | 'VERSION_OF';

/** A resource's later and earlier versions, as far as the graph states them. */
export type ResourceVersions = {
  __typename?: 'ResourceVersions';
  /** Versions that replace it, nearest first. Not empty means a newer version exists. */
  newer: Array<VersionLink>;
  /** Versions it replaces, nearest first. */
  older: Array<VersionLink>;
};

/** A guided route: questions one kind of visitor often asks, each answered by resources chosen from the graph. */
export type Route = {
  __typename?: 'Route';
  /** Who the route is for, in plain words. */
  audience: Scalars['String']['output'];
  /** Stable kebab-case id, used in the route's URL. */
  id: Scalars['ID']['output'];
  /** A short welcome that says what the route covers, in plain English. */
  intro: Scalars['String']['output'];
  /** The steps' questions alone, in order: what a list of routes shows, without resolving any step. */
  questions: Array<Scalars['String']['output']>;
  /** The questions, in the order the route asks them. */
  steps: Array<RouteStep>;
  title: Scalars['String']['output'];
};

/** A resource as a route shows it, with why it answers the step. */
export type RouteCard = {
  __typename?: 'RouteCard';
  resource: GraphNode;
  /** What in the graph put it here: its audience, setting, lineage, … or the route's own reason. */
  why: Scalars['String']['output'];
};

/** One question of a guided route and the resources that answer it. */
export type RouteStep = {
  __typename?: 'RouteStep';
  /** The same resources, in the same order, each with the reason it is here. */
  cards: Array<RouteCard>;
  /** Why these resources answer the question, in plain English. */
  explanation: Scalars['String']['output'];
  /** Stable kebab-case id, unique within its route. */
  id: Scalars['ID']['output'];
  /** The question as a visitor would ask it. */
  question: Scalars['String']['output'];
  /**
   * The resources that answer the question: easy-read versions first where the route's audience
   * needs them, then in the order the route's selections list them. At most 12; total
   * says how many the selection matched.
   */
  resources: Array<GraphNode>;
  /** How many resources the step's selection matched in the graph. */
  total: Scalars['Int']['output'];
};

/** Versions of the running API and the database behind it. */
export type ServerVersion = {
  __typename?: 'ServerVersion';
  api: Scalars['String']['output'];
  apoc: Maybe<Scalars['String']['output']>;
  neo4j: Scalars['String']['output'];
};

/** A resource like another, with what they share and why, in words. */
export type SimilarResource = {
  __typename?: 'SimilarResource';
  node: GraphNode;
  /** Why, in plain language: 'Both address seclusion', 'Both published by NHS England', … */
  reasons: Array<Scalars['String']['output']>;
  /**
   * Adamic–Adar score: the sum, over the nodes both link to, of 1 / ln(how many resources link
   * to that node), plus 1 / ln 2 when the two are linked directly. Higher is more alike.
   */
  score: Scalars['Float']['output'];
  /** The nodes both resources link to, rarest first. */
  shared: Array<GraphNode>;
};

/** Restraint types (rows, ADDRESSES) × settings (columns, FOR_SETTING), counting resources and frameworks, each cell split by kind or audience. */
export type SplitCoverage = {
  __typename?: 'SplitCoverage';
  /** Cells with at least one resource. */
  cells: Array<SplitCoverageCell>;
  /** Every setting, with the resources and frameworks for it. */
  columns: Array<Tally>;
  /** Per setting: its resources with no restraint type recorded (no cell of its column counts them); only non-zero ones. */
  columnsUnrecorded: Array<Tally>;
  /** The values cells are split by, most resources first, with their totals over the matrix. */
  parts: Array<Tally>;
  /** Every restraint type, with the resources and frameworks that address it. */
  rows: Array<Tally>;
  /** Per restraint type: its resources with no setting recorded (no cell of its row counts them); only non-zero ones. */
  rowsUnrecorded: Array<Tally>;
  splitBy: CoverageSplit;
};

/** One cell of the split coverage matrix: the resources and frameworks addressing the row's restraint type in the column's setting. */
export type SplitCoverageCell = {
  __typename?: 'SplitCoverageCell';
  column: Scalars['ID']['output'];
  /** Distinct resources and frameworks in the cell. */
  count: Scalars['Int']['output'];
  /** The cell's resources and frameworks per kind (frameworks as FRAMEWORK) or audience (keys as in SplitCoverage.parts); these can add up to more than count. */
  parts: Array<Tally>;
  row: Scalars['ID']['output'];
};

/** A set of nodes and the edges among them, ready to draw. */
export type Subgraph = {
  __typename?: 'Subgraph';
  edges: Array<GraphEdge>;
  /** Neighbourhood only: per type, how many neighbours the search reached but left out by the limit. */
  moreByType: Maybe<Array<TypeCount>>;
  nodes: Array<GraphNode>;
  /**
   * Neighbourhood at depth 2 or more: ids of the hubs in the answer whose own neighbours were not
   * followed (each one's degree says how many relationships it has). Empty when none was cut.
   */
  notExpanded: Maybe<Array<Scalars['ID']['output']>>;
  /** How many matched before the limit was applied: nodes (focus included), or for paths, paths. */
  total: Maybe<Scalars['Int']['output']>;
  /** True when the result was cut to the requested limit. */
  truncated: Scalars['Boolean']['output'];
};

/** A resource, or a change to one, proposed by a visitor or by the page sync, waiting for a curator's decision. Never part of the public graph. */
export type Suggestion = {
  __typename?: 'Suggestion';
  /** How to reach the visitor; shown to curators only. */
  contact: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** TOOLKIT, GUIDANCE, REPORT, … as the visitor saw it. */
  kind: Maybe<Scalars['String']['output']>;
  /** page-sync only: the source page's text for the item, as the sync read it. */
  pageText: Maybe<Scalars['String']['output']>;
  /** Why a curator rejected it. */
  reason: Maybe<Scalars['String']['output']>;
  /** Ids of entities the visitor thinks the resource relates to. */
  relatedIds: Array<Scalars['ID']['output']>;
  /** The resource created on approval. */
  resourceId: Maybe<Scalars['ID']['output']>;
  reviewedAt: Maybe<Scalars['String']['output']>;
  reviewedBy: Maybe<Scalars['String']['output']>;
  /** Who filed it: visitor (the explorer's forms) or page-sync (npm run source:sync -- --apply). */
  source: Scalars['String']['output'];
  status: SuggestionStatus;
  submittedAt: Scalars['String']['output'];
  summary: Maybe<Scalars['String']['output']>;
  /** The existing resource a LINK_FOR_RESOURCE, CHANGED_TEXT or GONE_FROM_PAGE suggestion is about. */
  targetId: Maybe<Scalars['ID']['output']>;
  /** The resource's title (for a suggestion about an existing resource, its title when suggested). */
  title: Scalars['String']['output'];
  /** What is proposed; suggestions made before there were types are NEW_RESOURCE. */
  type: SuggestionType;
  url: Maybe<Scalars['String']['output']>;
  year: Maybe<Scalars['Int']['output']>;
};

/** What a visitor may propose. Sizes are bounded; anything longer is refused. */
export type SuggestionInput = {
  /** An e-mail address or other way to reach you, at most 200 characters; only curators see it. */
  contact?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  /** Up to 10 ids of existing entities. */
  relatedIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** At most 2000 characters. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** At most 200 characters. */
  title: Scalars['String']['input'];
  /** An http(s) link, at most 500 characters. */
  url?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type SuggestionStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

/**
 * What a suggestion proposes. Visitors send NEW_RESOURCE (the form at /suggest) and LINK_FOR_RESOURCE
 * ("Suggest the link" on a resource's page); `npm run source:sync -- --apply` files all four.
 */
export type SuggestionType =
  /** The source page describes an existing resource (targetId) differently now; approving records that a curator has dealt with it and changes nothing. */
  | 'CHANGED_TEXT'
  /** An existing resource (targetId) is no longer on the source page; approving records that a curator has dealt with it and changes (and deletes) nothing. */
  | 'GONE_FROM_PAGE'
  /** A link (url) for an existing resource (targetId); approving sets the resource's url, audited. */
  | 'LINK_FOR_RESOURCE'
  /** A resource the graph does not have; approving creates it. */
  | 'NEW_RESOURCE';

/** How many resources have one value: a kind, a jurisdiction, an organisation, a row or column of the matrix. */
export type Tally = {
  __typename?: 'Tally';
  count: Scalars['Int']['output'];
  /** The value: an entity id, or a kind such as TOOLKIT (empty when the resources state none). */
  key: Scalars['String']['output'];
  /** What to call it: the entity's name, or the kind. */
  label: Scalars['String']['output'];
};

/** How many nodes of one type were left out of a truncated result. */
export type TypeCount = {
  __typename?: 'TypeCount';
  count: Scalars['Int']['output'];
  type: NodeType;
};

/**
 * How many resources would match a filter if one of its facets were "not recorded" instead of the
 * values asked for: they match every other part of the filter and have no value of that facet at all.
 */
export type UnrecordedMatch = {
  __typename?: 'UnrecordedMatch';
  count: Scalars['Int']['output'];
  facet: GraphFacet;
};

/** Another version of a resource. */
export type VersionLink = {
  __typename?: 'VersionLink';
  /** What the graph says, in a sentence where 'it' is this version and 'this one' the resource asked about: 'It follows on from this one.' */
  explanation: Scalars['String']['output'];
  node: GraphNode;
  relation: VersionRelation;
};

/** How the graph knows one resource is a later or earlier version of another. */
export type VersionRelation =
  /** DERIVES_FROM with how FOLLOWS_ON, directly or along a chain of them. */
  | 'FOLLOWS_ON'
  /** Same publisher and kind, both with a year, and the same title once years are left out. */
  | 'LATER_IN_SERIES'
  /** The resource is PART_OF a collection that a newer collection follows on from. */
  | 'NEWER_COLLECTION';

/** How many resources have this year. */
export type YearCount = {
  __typename?: 'YearCount';
  count: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ApproveSuggestionInput: ApproveSuggestionInput;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  AxisUnrecorded: ResolverTypeWrapper<AxisUnrecorded>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Centrality: ResolverTypeWrapper<Centrality>;
  CentralityMeasure: CentralityMeasure;
  ChangeItem: ResolverTypeWrapper<ChangeItem>;
  ChangeKind: ChangeKind;
  ChangeNode: ResolverTypeWrapper<ChangeNode>;
  ChangeOperation: ChangeOperation;
  Citation: ResolverTypeWrapper<Citation>;
  CitationFormat: CitationFormat;
  Connecting: ResolverTypeWrapper<Connecting>;
  Connector: ResolverTypeWrapper<Connector>;
  CoverageCell: ResolverTypeWrapper<CoverageCell>;
  CoverageCellResources: ResolverTypeWrapper<CoverageCellResources>;
  CoverageMatrix: ResolverTypeWrapper<CoverageMatrix>;
  CoverageSplit: CoverageSplit;
  CuratedRelationshipInput: CuratedRelationshipInput;
  CurationStatus: ResolverTypeWrapper<CurationStatus>;
  CuratorChange: ResolverTypeWrapper<CuratorChange>;
  DeletedEntity: ResolverTypeWrapper<DeletedEntity>;
  DerivationHow: DerivationHow;
  EvidenceBasis: EvidenceBasis;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphChange: ResolverTypeWrapper<GraphChange>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphFacet: GraphFacet;
  GraphFilter: GraphFilter;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Insights: ResolverTypeWrapper<Insights>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LineageDirection: LineageDirection;
  LinkSuggestionInput: LinkSuggestionInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NodeType: NodeType;
  OidcSignIn: ResolverTypeWrapper<OidcSignIn>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelationshipInput: RelationshipInput;
  RelationshipType: RelationshipType;
  ResourceRelationshipType: ResourceRelationshipType;
  ResourceVersions: ResolverTypeWrapper<ResourceVersions>;
  Route: ResolverTypeWrapper<Guide>;
  RouteCard: ResolverTypeWrapper<RouteCard>;
  RouteStep: ResolverTypeWrapper<RouteStep>;
  ServerVersion: ResolverTypeWrapper<ServerVersion>;
  SimilarResource: ResolverTypeWrapper<SimilarResource>;
  SplitCoverage: ResolverTypeWrapper<SplitCoverage>;
  SplitCoverageCell: ResolverTypeWrapper<SplitCoverageCell>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<Subgraph>;
  Suggestion: ResolverTypeWrapper<Suggestion>;
  SuggestionInput: SuggestionInput;
  SuggestionStatus: SuggestionStatus;
  SuggestionType: SuggestionType;
  Tally: ResolverTypeWrapper<Tally>;
  TypeCount: ResolverTypeWrapper<TypeCount>;
  UnrecordedMatch: ResolverTypeWrapper<UnrecordedMatch>;
  VersionLink: ResolverTypeWrapper<VersionLink>;
  VersionRelation: VersionRelation;
  YearCount: ResolverTypeWrapper<YearCount>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ApproveSuggestionInput: ApproveSuggestionInput;
  AuditEntry: AuditEntry;
  AxisUnrecorded: AxisUnrecorded;
  Boolean: Scalars['Boolean']['output'];
  Centrality: Centrality;
  ChangeItem: ChangeItem;
  ChangeNode: ChangeNode;
  Citation: Citation;
  Connecting: Connecting;
  Connector: Connector;
  CoverageCell: CoverageCell;
  CoverageCellResources: CoverageCellResources;
  CoverageMatrix: CoverageMatrix;
  CuratedRelationshipInput: CuratedRelationshipInput;
  CurationStatus: CurationStatus;
  CuratorChange: CuratorChange;
  DeletedEntity: DeletedEntity;
  Float: Scalars['Float']['output'];
  GraphChange: GraphChange;
  GraphEdge: GraphEdge;
  GraphFilter: GraphFilter;
  GraphNode: GraphNode;
  ID: Scalars['ID']['output'];
  Insights: Insights;
  Int: Scalars['Int']['output'];
  LinkSuggestionInput: LinkSuggestionInput;
  Mutation: Record<PropertyKey, never>;
  OidcSignIn: OidcSignIn;
  Query: Record<PropertyKey, never>;
  RelationshipInput: RelationshipInput;
  ResourceVersions: ResourceVersions;
  Route: Guide;
  RouteCard: RouteCard;
  RouteStep: RouteStep;
  ServerVersion: ServerVersion;
  SimilarResource: SimilarResource;
  SplitCoverage: SplitCoverage;
  SplitCoverageCell: SplitCoverageCell;
  String: Scalars['String']['output'];
  Subgraph: Subgraph;
  Suggestion: Suggestion;
  SuggestionInput: SuggestionInput;
  Tally: Tally;
  TypeCount: TypeCount;
  UnrecordedMatch: UnrecordedMatch;
  VersionLink: VersionLink;
  YearCount: YearCount;
};

export type AuditEntryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  input?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AxisUnrecordedResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AxisUnrecorded'] = ResolversParentTypes['AxisUnrecorded']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CentralityResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Centrality'] = ResolversParentTypes['Centrality']> = {
  betweenness?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
};

export type ChangeItemResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChangeItem'] = ResolversParentTypes['ChangeItem']> = {
  change?: Resolver<ResolversTypes['ChangeOperation'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['ChangeNode']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ChangeNode']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['ChangeNode']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['RelationshipType']>, ParentType, ContextType>;
};

export type ChangeNodeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ChangeNode'] = ResolversParentTypes['ChangeNode']> = {
  exists?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['NodeType']>, ParentType, ContextType>;
};

export type CitationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = {
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['CitationFormat'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConnectingResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Connecting'] = ResolversParentTypes['Connecting']> = {
  connectors?: Resolver<Array<ResolversTypes['Connector']>, ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConnectorResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Connector'] = ResolversParentTypes['Connector']> = {
  members?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  via?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
};

export type CoverageCellResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CoverageCell'] = ResolversParentTypes['CoverageCell']> = {
  column?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  frameworks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resourceIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  row?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sample?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type CoverageCellResourcesResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CoverageCellResources'] = ResolversParentTypes['CoverageCellResources']> = {
  column?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  columnType?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resources?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  row?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rowType?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CoverageMatrixResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CoverageMatrix'] = ResolversParentTypes['CoverageMatrix']> = {
  cells?: Resolver<Array<ResolversTypes['CoverageCell']>, ParentType, ContextType>;
  columnType?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  columns?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  columnsUnrecorded?: Resolver<Array<ResolversTypes['AxisUnrecorded']>, ParentType, ContextType>;
  rowType?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  rowsUnrecorded?: Resolver<Array<ResolversTypes['AxisUnrecorded']>, ParentType, ContextType>;
  withoutColumnType?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withoutRowType?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CurationStatusResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CurationStatus'] = ResolversParentTypes['CurationStatus']> = {
  contact?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  curator?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  oidc?: Resolver<Maybe<ResolversTypes['OidcSignIn']>, ParentType, ContextType>;
  signedIn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  tokenProblem?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CuratorChangeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CuratorChange'] = ResolversParentTypes['CuratorChange']> = {
  at?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  conflict?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  curatorValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  property?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  seedValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DeletedEntityResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DeletedEntity'] = ResolversParentTypes['DeletedEntity']> = {
  deletedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deletedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphChangeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['GraphChange'] = ResolversParentTypes['GraphChange']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['ChangeItem']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  annotation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['EvidenceBasis'], ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  generalKnowledge?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  how?: Resolver<Maybe<ResolversTypes['DerivationHow']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reasoning?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sourceDoc?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  definition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  descriptiveTitle?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  distance?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  easyRead?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  editable?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  generalKnowledge?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  origin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type InsightsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Insights'] = ResolversParentTypes['Insights']> = {
  betweennessComputed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  byJurisdiction?: Resolver<Array<ResolversTypes['Tally']>, ParentType, ContextType>;
  byKind?: Resolver<Array<ResolversTypes['Tally']>, ParentType, ContextType>;
  byOrganisation?: Resolver<Array<ResolversTypes['Tally']>, ParentType, ContextType>;
  byYear?: Resolver<Array<ResolversTypes['YearCount']>, ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['SplitCoverage'], ParentType, ContextType>;
  mostConnectedFrameworks?: Resolver<Array<ResolversTypes['Centrality']>, ParentType, ContextType>;
  mostConnectedResources?: Resolver<Array<ResolversTypes['Centrality']>, ParentType, ContextType>;
  resourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  undated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unrecorded?: Resolver<Array<ResolversTypes['UnrecordedMatch']>, ParentType, ContextType>;
  withoutJurisdiction?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addRelationship?: Resolver<ResolversTypes['GraphEdge'], ParentType, ContextType, RequireFields<MutationAddRelationshipArgs, 'input'>>;
  approveSuggestion?: Resolver<ResolversTypes['Suggestion'], ParentType, ContextType, RequireFields<MutationApproveSuggestionArgs, 'id'>>;
  deleteEntity?: Resolver<ResolversTypes['DeletedEntity'], ParentType, ContextType, RequireFields<MutationDeleteEntityArgs, 'id'>>;
  rejectSuggestion?: Resolver<ResolversTypes['Suggestion'], ParentType, ContextType, RequireFields<MutationRejectSuggestionArgs, 'id' | 'reason'>>;
  removeRelationship?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveRelationshipArgs, 'from' | 'to' | 'type'>>;
  restoreEntity?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationRestoreEntityArgs, 'id'>>;
  suggestLink?: Resolver<ResolversTypes['Suggestion'], ParentType, ContextType, RequireFields<MutationSuggestLinkArgs, 'input'>>;
  suggestResource?: Resolver<ResolversTypes['Suggestion'], ParentType, ContextType, RequireFields<MutationSuggestResourceArgs, 'input'>>;
  updateRelationship?: Resolver<ResolversTypes['GraphEdge'], ParentType, ContextType, RequireFields<MutationUpdateRelationshipArgs, 'input'>>;
};

export type OidcSignInResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['OidcSignIn'] = ResolversParentTypes['OidcSignIn']> = {
  clientId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  auditLog?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'limit'>>;
  changes?: Resolver<Array<ResolversTypes['GraphChange']>, ParentType, ContextType, RequireFields<QueryChangesArgs, 'limit'>>;
  cite?: Resolver<ResolversTypes['Citation'], ParentType, ContextType, RequireFields<QueryCiteArgs, 'format' | 'ids'>>;
  connecting?: Resolver<ResolversTypes['Connecting'], ParentType, ContextType, RequireFields<QueryConnectingArgs, 'ids' | 'limit'>>;
  coverage?: Resolver<ResolversTypes['CoverageMatrix'], ParentType, ContextType, RequireFields<QueryCoverageArgs, 'columns' | 'rows'>>;
  coverageCell?: Resolver<ResolversTypes['CoverageCellResources'], ParentType, ContextType, RequireFields<QueryCoverageCellArgs, 'column' | 'columns' | 'limit' | 'row' | 'rows'>>;
  curationStatus?: Resolver<ResolversTypes['CurationStatus'], ParentType, ContextType>;
  curatorChanges?: Resolver<Array<ResolversTypes['CuratorChange']>, ParentType, ContextType, Partial<QueryCuratorChangesArgs>>;
  deletedEntities?: Resolver<Array<ResolversTypes['DeletedEntity']>, ParentType, ContextType, RequireFields<QueryDeletedEntitiesArgs, 'limit'>>;
  graph?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryGraphArgs, 'limit'>>;
  graphVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  insights?: Resolver<ResolversTypes['Insights'], ParentType, ContextType, RequireFields<QueryInsightsArgs, 'rankBy' | 'split' | 'top' | 'topOrganisations'>>;
  lineage?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryLineageArgs, 'direction' | 'id' | 'limit' | 'maxDepth'>>;
  neighbourhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'depth' | 'id' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['GraphNode']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  paths?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'limit' | 'maxLength' | 'throughHubs' | 'throughSharedContext' | 'to'>>;
  relationshipsAmong?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType, RequireFields<QueryRelationshipsAmongArgs, 'ids'>>;
  route?: Resolver<Maybe<ResolversTypes['Route']>, ParentType, ContextType, RequireFields<QueryRouteArgs, 'id'>>;
  routes?: Resolver<Array<ResolversTypes['Route']>, ParentType, ContextType>;
  search?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'limit' | 'query'>>;
  similar?: Resolver<Array<ResolversTypes['SimilarResource']>, ParentType, ContextType, RequireFields<QuerySimilarArgs, 'id' | 'limit'>>;
  similarGraph?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QuerySimilarGraphArgs, 'id' | 'limit'>>;
  suggestions?: Resolver<Array<ResolversTypes['Suggestion']>, ParentType, ContextType, RequireFields<QuerySuggestionsArgs, 'limit' | 'status'>>;
  unrecordedMatches?: Resolver<Array<ResolversTypes['UnrecordedMatch']>, ParentType, ContextType, RequireFields<QueryUnrecordedMatchesArgs, 'filter'>>;
  version?: Resolver<ResolversTypes['ServerVersion'], ParentType, ContextType>;
  versions?: Resolver<ResolversTypes['ResourceVersions'], ParentType, ContextType, RequireFields<QueryVersionsArgs, 'id'>>;
};

export type ResourceVersionsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ResourceVersions'] = ResolversParentTypes['ResourceVersions']> = {
  newer?: Resolver<Array<ResolversTypes['VersionLink']>, ParentType, ContextType>;
  older?: Resolver<Array<ResolversTypes['VersionLink']>, ParentType, ContextType>;
};

export type RouteResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Route'] = ResolversParentTypes['Route']> = {
  audience?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intro?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['RouteStep']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RouteCardResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['RouteCard'] = ResolversParentTypes['RouteCard']> = {
  resource?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  why?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RouteStepResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['RouteStep'] = ResolversParentTypes['RouteStep']> = {
  cards?: Resolver<Array<ResolversTypes['RouteCard']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resources?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServerVersionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ServerVersion'] = ResolversParentTypes['ServerVersion']> = {
  api?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  apoc?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  neo4j?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SimilarResourceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SimilarResource'] = ResolversParentTypes['SimilarResource']> = {
  node?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shared?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
};

export type SplitCoverageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SplitCoverage'] = ResolversParentTypes['SplitCoverage']> = {
  cells?: Resolver<Array<ResolversTypes['SplitCoverageCell']>, ParentType, ContextType>;
  columns?: Resolver<Array<ResolversTypes['Tally']>, ParentType, ContextType>;
  columnsUnrecorded?: Resolver<Array<ResolversTypes['Tally']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['Tally']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['Tally']>, ParentType, ContextType>;
  rowsUnrecorded?: Resolver<Array<ResolversTypes['Tally']>, ParentType, ContextType>;
  splitBy?: Resolver<ResolversTypes['CoverageSplit'], ParentType, ContextType>;
};

export type SplitCoverageCellResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SplitCoverageCell'] = ResolversParentTypes['SplitCoverageCell']> = {
  column?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['Tally']>, ParentType, ContextType>;
  row?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  moreByType?: Resolver<Maybe<Array<ResolversTypes['TypeCount']>>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  notExpanded?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SuggestionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Suggestion'] = ResolversParentTypes['Suggestion']> = {
  contact?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pageText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relatedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  resourceId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SuggestionStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SuggestionType'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TallyResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Tally'] = ResolversParentTypes['Tally']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TypeCountResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TypeCount'] = ResolversParentTypes['TypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
};

export type UnrecordedMatchResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['UnrecordedMatch'] = ResolversParentTypes['UnrecordedMatch']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  facet?: Resolver<ResolversTypes['GraphFacet'], ParentType, ContextType>;
};

export type VersionLinkResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['VersionLink'] = ResolversParentTypes['VersionLink']> = {
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['VersionRelation'], ParentType, ContextType>;
};

export type YearCountResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['YearCount'] = ResolversParentTypes['YearCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphContext> = {
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AxisUnrecorded?: AxisUnrecordedResolvers<ContextType>;
  Centrality?: CentralityResolvers<ContextType>;
  ChangeItem?: ChangeItemResolvers<ContextType>;
  ChangeNode?: ChangeNodeResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  Connecting?: ConnectingResolvers<ContextType>;
  Connector?: ConnectorResolvers<ContextType>;
  CoverageCell?: CoverageCellResolvers<ContextType>;
  CoverageCellResources?: CoverageCellResourcesResolvers<ContextType>;
  CoverageMatrix?: CoverageMatrixResolvers<ContextType>;
  CurationStatus?: CurationStatusResolvers<ContextType>;
  CuratorChange?: CuratorChangeResolvers<ContextType>;
  DeletedEntity?: DeletedEntityResolvers<ContextType>;
  GraphChange?: GraphChangeResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  Insights?: InsightsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OidcSignIn?: OidcSignInResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ResourceVersions?: ResourceVersionsResolvers<ContextType>;
  Route?: RouteResolvers<ContextType>;
  RouteCard?: RouteCardResolvers<ContextType>;
  RouteStep?: RouteStepResolvers<ContextType>;
  ServerVersion?: ServerVersionResolvers<ContextType>;
  SimilarResource?: SimilarResourceResolvers<ContextType>;
  SplitCoverage?: SplitCoverageResolvers<ContextType>;
  SplitCoverageCell?: SplitCoverageCellResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Suggestion?: SuggestionResolvers<ContextType>;
  Tally?: TallyResolvers<ContextType>;
  TypeCount?: TypeCountResolvers<ContextType>;
  UnrecordedMatch?: UnrecordedMatchResolvers<ContextType>;
  VersionLink?: VersionLinkResolvers<ContextType>;
  YearCount?: YearCountResolvers<ContextType>;
};

