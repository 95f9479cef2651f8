/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/**
 * The curator's version of a suggestion. NEW_RESOURCE: it becomes a Resource, unset fields taking the suggestion's.
 * LINK_FOR_RESOURCE: only url is read (the link to set; the suggestion's when unset). Other types read nothing.
 */
export type ApproveSuggestionInput = {
  kind?: string | null | undefined;
  relationships?: Array<CuratedRelationshipInput> | null | undefined;
  /** Kebab-case id; derived from the title when absent. */
  resourceId?: string | null | undefined;
  summary?: string | null | undefined;
  title?: string | null | undefined;
  url?: string | null | undefined;
  year?: number | null | undefined;
};

export type AudienceCoProducedConnectionAggregateInput = {
  AND?: Array<AudienceCoProducedConnectionAggregateInput> | null | undefined;
  NOT?: AudienceCoProducedConnectionAggregateInput | null | undefined;
  OR?: Array<AudienceCoProducedConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: AudienceCoProducedNodeAggregationWhereInput | null | undefined;
};

export type AudienceCoProducedConnectionFilters = {
  /** Filter Audiences by aggregating results on related AudienceCoProducedConnections */
  aggregate?: AudienceCoProducedConnectionAggregateInput | null | undefined;
  /** Return Audiences where all of the related AudienceCoProducedConnections match this filter */
  all?: AudienceCoProducedConnectionWhere | null | undefined;
  /** Return Audiences where none of the related AudienceCoProducedConnections match this filter */
  none?: AudienceCoProducedConnectionWhere | null | undefined;
  /** Return Audiences where one of the related AudienceCoProducedConnections match this filter */
  single?: AudienceCoProducedConnectionWhere | null | undefined;
  /** Return Audiences where some of the related AudienceCoProducedConnections match this filter */
  some?: AudienceCoProducedConnectionWhere | null | undefined;
};

export type AudienceCoProducedConnectionWhere = {
  AND?: Array<AudienceCoProducedConnectionWhere> | null | undefined;
  NOT?: AudienceCoProducedConnectionWhere | null | undefined;
  OR?: Array<AudienceCoProducedConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type AudienceCoProducedNodeAggregationWhereInput = {
  AND?: Array<AudienceCoProducedNodeAggregationWhereInput> | null | undefined;
  NOT?: AudienceCoProducedNodeAggregationWhereInput | null | undefined;
  OR?: Array<AudienceCoProducedNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  url?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type AudienceConnectInput = {
  referencedBy?: Array<AudienceReferencedByConnectFieldInput> | null | undefined;
};

export type AudienceConnectWhere = {
  node: AudienceWhere;
};

export type AudienceCreateInput = {
  aliases?: Array<string> | null | undefined;
  generalKnowledge?: Array<string> | null | undefined;
  id: string;
  name: string;
  referencedBy?: AudienceReferencedByFieldInput | null | undefined;
  summary?: string | null | undefined;
};

export type AudienceDisconnectInput = {
  referencedBy?: Array<AudienceReferencedByDisconnectFieldInput> | null | undefined;
};

export type AudienceReferencedByConnectFieldInput = {
  connect?: Array<ResourceConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: ResourceConnectWhere | null | undefined;
};

export type AudienceReferencedByConnectionAggregateInput = {
  AND?: Array<AudienceReferencedByConnectionAggregateInput> | null | undefined;
  NOT?: AudienceReferencedByConnectionAggregateInput | null | undefined;
  OR?: Array<AudienceReferencedByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: AudienceReferencedByNodeAggregationWhereInput | null | undefined;
};

export type AudienceReferencedByConnectionFilters = {
  /** Filter Audiences by aggregating results on related AudienceReferencedByConnections */
  aggregate?: AudienceReferencedByConnectionAggregateInput | null | undefined;
  /** Return Audiences where all of the related AudienceReferencedByConnections match this filter */
  all?: AudienceReferencedByConnectionWhere | null | undefined;
  /** Return Audiences where none of the related AudienceReferencedByConnections match this filter */
  none?: AudienceReferencedByConnectionWhere | null | undefined;
  /** Return Audiences where one of the related AudienceReferencedByConnections match this filter */
  single?: AudienceReferencedByConnectionWhere | null | undefined;
  /** Return Audiences where some of the related AudienceReferencedByConnections match this filter */
  some?: AudienceReferencedByConnectionWhere | null | undefined;
};

export type AudienceReferencedByConnectionWhere = {
  AND?: Array<AudienceReferencedByConnectionWhere> | null | undefined;
  NOT?: AudienceReferencedByConnectionWhere | null | undefined;
  OR?: Array<AudienceReferencedByConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type AudienceReferencedByDisconnectFieldInput = {
  disconnect?: ResourceDisconnectInput | null | undefined;
  where?: AudienceReferencedByConnectionWhere | null | undefined;
};

export type AudienceReferencedByFieldInput = {
  connect?: Array<AudienceReferencedByConnectFieldInput> | null | undefined;
};

export type AudienceReferencedByNodeAggregationWhereInput = {
  AND?: Array<AudienceReferencedByNodeAggregationWhereInput> | null | undefined;
  NOT?: AudienceReferencedByNodeAggregationWhereInput | null | undefined;
  OR?: Array<AudienceReferencedByNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  url?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type AudienceReferencedByUpdateFieldInput = {
  connect?: Array<AudienceReferencedByConnectFieldInput> | null | undefined;
  disconnect?: Array<AudienceReferencedByDisconnectFieldInput> | null | undefined;
};

export type AudienceRelationshipFilters = {
  /** Filter type where all of the related Audiences match this filter */
  all?: AudienceWhere | null | undefined;
  /** Filter type where none of the related Audiences match this filter */
  none?: AudienceWhere | null | undefined;
  /** Filter type where one of the related Audiences match this filter */
  single?: AudienceWhere | null | undefined;
  /** Filter type where some of the related Audiences match this filter */
  some?: AudienceWhere | null | undefined;
};

export type AudienceResourcesConnectionFilters = {
  /** Return Audiences where all of the related AudienceResourcesConnections match this filter */
  all?: AudienceResourcesConnectionWhere | null | undefined;
  /** Return Audiences where none of the related AudienceResourcesConnections match this filter */
  none?: AudienceResourcesConnectionWhere | null | undefined;
  /** Return Audiences where one of the related AudienceResourcesConnections match this filter */
  single?: AudienceResourcesConnectionWhere | null | undefined;
  /** Return Audiences where some of the related AudienceResourcesConnections match this filter */
  some?: AudienceResourcesConnectionWhere | null | undefined;
};

export type AudienceResourcesConnectionWhere = {
  Framework?: AudienceResourcesFrameworkConnectionWhere | null | undefined;
  Resource?: AudienceResourcesResourceConnectionWhere | null | undefined;
};

export type AudienceResourcesFrameworkConnectionWhere = {
  AND?: Array<AudienceResourcesFrameworkConnectionWhere> | null | undefined;
  NOT?: AudienceResourcesFrameworkConnectionWhere | null | undefined;
  OR?: Array<AudienceResourcesFrameworkConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: FrameworkWhere | null | undefined;
};

export type AudienceResourcesResourceConnectionWhere = {
  AND?: Array<AudienceResourcesResourceConnectionWhere> | null | undefined;
  NOT?: AudienceResourcesResourceConnectionWhere | null | undefined;
  OR?: Array<AudienceResourcesResourceConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type AudienceUpdateInput = {
  aliases?: ListStringMutations | null | undefined;
  createdAt?: DateTimeScalarMutations | null | undefined;
  createdBy?: StringScalarMutations | null | undefined;
  generalKnowledge?: ListStringMutations | null | undefined;
  name?: StringScalarMutations | null | undefined;
  referencedBy?: Array<AudienceReferencedByUpdateFieldInput> | null | undefined;
  summary?: StringScalarMutations | null | undefined;
};

export type AudienceWhere = {
  AND?: Array<AudienceWhere> | null | undefined;
  NOT?: AudienceWhere | null | undefined;
  OR?: Array<AudienceWhere> | null | undefined;
  aliases?: StringListFilters | null | undefined;
  coProduced?: ResourceRelationshipFilters | null | undefined;
  coProducedConnection?: AudienceCoProducedConnectionFilters | null | undefined;
  createdAt?: DateTimeScalarFilters | null | undefined;
  createdBy?: StringScalarFilters | null | undefined;
  generalKnowledge?: StringListFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  referencedBy?: ResourceRelationshipFilters | null | undefined;
  referencedByConnection?: AudienceReferencedByConnectionFilters | null | undefined;
  resources?: LineageTargetRelationshipFilters | null | undefined;
  resourcesConnection?: AudienceResourcesConnectionFilters | null | undefined;
  summary?: StringScalarFilters | null | undefined;
  updatedAt?: DateTimeScalarFilters | null | undefined;
  updatedBy?: StringScalarFilters | null | undefined;
};

/** Boolean filters */
export type BooleanScalarFilters = {
  eq?: boolean | null | undefined;
};

/** Boolean mutations */
export type BooleanScalarMutations = {
  set?: boolean | null | undefined;
};

/** How the most-connected lists are ranked. */
export const CentralityMeasure = {
  /** Betweenness centrality: how often a node lies on the shortest paths between others (a bridge). */
  Betweenness: 'BETWEENNESS',
  /** Relationships in the whole graph. */
  Degree: 'DEGREE'
} as const;

export type CentralityMeasure = typeof CentralityMeasure[keyof typeof CentralityMeasure];
/** What a change to the public graph was. */
export const ChangeKind = {
  /** A curator deleted a node (and with it its relationships). */
  Delete: 'DELETE',
  /** A curator's edit: a node created or updated, a relationship added, changed or removed. */
  Edit: 'EDIT',
  /** A seed import that changed something (an import that changes nothing records nothing). */
  Import: 'IMPORT',
  /** A curator restored a deleted node with its relationships. */
  Restore: 'RESTORE',
  /** A visitor's suggestion a curator approved: a new resource, or a resource's link. */
  Suggestion: 'SUGGESTION'
} as const;

export type ChangeKind = typeof ChangeKind[keyof typeof ChangeKind];
/** What happened to one node or relationship in a change. */
export const ChangeOperation = {
  /** It was not in the public graph before the change and is now. */
  Added: 'ADDED',
  /** It was there before and after, with some of its values (a node's properties; a relationship's evidence, basis and the like) different. */
  Changed: 'CHANGED',
  /** It was in the public graph before the change and is not now (a curator removed or deleted it, or the seed no longer has it). */
  Removed: 'REMOVED'
} as const;

export type ChangeOperation = typeof ChangeOperation[keyof typeof ChangeOperation];
/** Reference formats `cite` can produce. */
export const CitationFormat = {
  /** APA (7th edition) reference list, as plain text. */
  Apa: 'APA',
  /** BibTeX, for LaTeX. */
  Bibtex: 'BIBTEX',
  /** CSL-JSON, the Citation Style Language's data format. */
  CslJson: 'CSL_JSON',
  /** Harvard (Cite Them Right) reference list, as plain text. */
  Harvard: 'HARVARD',
  /** RIS, for reference managers (Zotero, EndNote, Mendeley). */
  Ris: 'RIS'
} as const;

export type CitationFormat = typeof CitationFormat[keyof typeof CitationFormat];
export type ConnectionAggregationCountFilterInput = {
  edges?: IntScalarFilters | null | undefined;
  nodes?: IntScalarFilters | null | undefined;
};

export type ContributorRelationshipFilters = {
  /** Filter type where all of the related Contributors match this filter */
  all?: ContributorWhere | null | undefined;
  /** Filter type where none of the related Contributors match this filter */
  none?: ContributorWhere | null | undefined;
  /** Filter type where one of the related Contributors match this filter */
  single?: ContributorWhere | null | undefined;
  /** Filter type where some of the related Contributors match this filter */
  some?: ContributorWhere | null | undefined;
};

export type ContributorWhere = {
  Organisation?: OrganisationWhere | null | undefined;
  Person?: PersonWhere | null | undefined;
};

/** What the cells of the insights coverage matrix are split by. */
export const CoverageSplit = {
  /** The audiences the resources are for (FOR_AUDIENCE); a resource for two audiences counts in both. */
  Audience: 'AUDIENCE',
  /** The resources' kind (TOOLKIT, GUIDANCE, …); frameworks, which have no kind, are the part FRAMEWORK. */
  Kind: 'KIND'
} as const;

export type CoverageSplit = typeof CoverageSplit[keyof typeof CoverageSplit];
/** A relationship a curator adds from a new resource, with the provenance every relationship carries. */
export type CuratedRelationshipInput = {
  /** How the evidence supports the relationship: GENERAL_KNOWLEDGE exactly when source is general-knowledge. */
  basis: EvidenceBasis;
  /** Short quote (at most 300 characters) that justifies the relationship. */
  evidence: string;
  /** For DERIVES_FROM (required there, refused elsewhere): how the resource derives. */
  how?: DerivationHow | null | undefined;
  /** INFERRED only (required there, refused elsewhere): why, in one line of at most 200 characters. */
  reasoning?: string | null | undefined;
  /** A URL or the title of the document the evidence comes from (general-knowledge for facts from outside any document). */
  source: string;
  targetId: string;
  type: ResourceRelationshipType;
};

/** Filters for an aggregation of an DateTime input field */
export type DateTimeScalarAggregationFilters = {
  max?: DateTimeScalarFilters | null | undefined;
  min?: DateTimeScalarFilters | null | undefined;
};

/** DateTime filters */
export type DateTimeScalarFilters = {
  eq?: unknown;
  gt?: unknown;
  gte?: unknown;
  in?: Array<unknown> | null | undefined;
  lt?: unknown;
  lte?: unknown;
};

/** DateTime mutations */
export type DateTimeScalarMutations = {
  set?: unknown;
};

export type DerivationAggregationWhereInput = {
  AND?: Array<DerivationAggregationWhereInput> | null | undefined;
  NOT?: DerivationAggregationWhereInput | null | undefined;
  OR?: Array<DerivationAggregationWhereInput> | null | undefined;
  evidence?: StringScalarAggregationFilters | null | undefined;
  reasoning?: StringScalarAggregationFilters | null | undefined;
  source?: StringScalarAggregationFilters | null | undefined;
};

export type DerivationCreateInput = {
  basis?: EvidenceBasis | null | undefined;
  evidence?: string | null | undefined;
  how?: DerivationHow | null | undefined;
  reasoning?: string | null | undefined;
  source?: string | null | undefined;
};

/** How a resource derives from a framework or another resource (DERIVES_FROM only). */
export const DerivationHow = {
  /** Adapts the target to another context. */
  Adapts: 'ADAPTS',
  /** Is built on the target. */
  BasedOn: 'BASED_ON',
  /** Takes in the whole of the target. */
  Encompasses: 'ENCOMPASSES',
  /** Follows on from the target (a successor or later edition). */
  FollowsOn: 'FOLLOWS_ON',
  /** Puts the target into practice. */
  Implements: 'IMPLEMENTS'
} as const;

export type DerivationHow = typeof DerivationHow[keyof typeof DerivationHow];
/** DerivationHow filters */
export type DerivationHowEnumScalarFilters = {
  eq?: DerivationHow | null | undefined;
  in?: Array<DerivationHow> | null | undefined;
};

export type DerivationWhere = {
  AND?: Array<DerivationWhere> | null | undefined;
  NOT?: DerivationWhere | null | undefined;
  OR?: Array<DerivationWhere> | null | undefined;
  basis?: EvidenceBasisEnumScalarFilters | null | undefined;
  evidence?: StringScalarFilters | null | undefined;
  how?: DerivationHowEnumScalarFilters | null | undefined;
  reasoning?: StringScalarFilters | null | undefined;
  source?: StringScalarFilters | null | undefined;
};

export type EntityRelationshipFilters = {
  /** Filter type where all of the related Entities match this filter */
  all?: EntityWhere | null | undefined;
  /** Filter type where none of the related Entities match this filter */
  none?: EntityWhere | null | undefined;
  /** Filter type where one of the related Entities match this filter */
  single?: EntityWhere | null | undefined;
  /** Filter type where some of the related Entities match this filter */
  some?: EntityWhere | null | undefined;
};

export type EntityWhere = {
  Audience?: AudienceWhere | null | undefined;
  Framework?: FrameworkWhere | null | undefined;
  Jurisdiction?: JurisdictionWhere | null | undefined;
  Legislation?: LegislationWhere | null | undefined;
  Organisation?: OrganisationWhere | null | undefined;
  Person?: PersonWhere | null | undefined;
  Resource?: ResourceWhere | null | undefined;
  RestraintType?: RestraintTypeWhere | null | undefined;
  Setting?: SettingWhere | null | undefined;
};

/** How a relationship's evidence quote supports it: stated outright, read from a title, inferred (with reasoning), or general knowledge. */
export const EvidenceBasis = {
  /** Known from outside the source document (source general-knowledge); the quote is not from the page. */
  GeneralKnowledge: 'GENERAL_KNOWLEDGE',
  /** A reasonable reading of the quote rather than what it says outright; `reasoning` says why, in a line. */
  Inferred: 'INFERRED',
  /** The evidence quote says it. */
  Stated: 'STATED',
  /** Read from a title or name: the quote is a title that names the other end, not a sentence that says it. */
  Title: 'TITLE'
} as const;

export type EvidenceBasis = typeof EvidenceBasis[keyof typeof EvidenceBasis];
/** EvidenceBasis filters */
export type EvidenceBasisEnumScalarFilters = {
  eq?: EvidenceBasis | null | undefined;
  in?: Array<EvidenceBasis> | null | undefined;
};

/** Float filters */
export type FloatScalarFilters = {
  eq?: number | null | undefined;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  in?: Array<number> | null | undefined;
  lt?: number | null | undefined;
  lte?: number | null | undefined;
};

export type FrameworkAddressesConnectFieldInput = {
  connect?: Array<RestraintTypeConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: RestraintTypeConnectWhere | null | undefined;
};

export type FrameworkAddressesConnectionAggregateInput = {
  AND?: Array<FrameworkAddressesConnectionAggregateInput> | null | undefined;
  NOT?: FrameworkAddressesConnectionAggregateInput | null | undefined;
  OR?: Array<FrameworkAddressesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: FrameworkAddressesNodeAggregationWhereInput | null | undefined;
};

export type FrameworkAddressesConnectionFilters = {
  /** Filter Frameworks by aggregating results on related FrameworkAddressesConnections */
  aggregate?: FrameworkAddressesConnectionAggregateInput | null | undefined;
  /** Return Frameworks where all of the related FrameworkAddressesConnections match this filter */
  all?: FrameworkAddressesConnectionWhere | null | undefined;
  /** Return Frameworks where none of the related FrameworkAddressesConnections match this filter */
  none?: FrameworkAddressesConnectionWhere | null | undefined;
  /** Return Frameworks where one of the related FrameworkAddressesConnections match this filter */
  single?: FrameworkAddressesConnectionWhere | null | undefined;
  /** Return Frameworks where some of the related FrameworkAddressesConnections match this filter */
  some?: FrameworkAddressesConnectionWhere | null | undefined;
};

export type FrameworkAddressesConnectionWhere = {
  AND?: Array<FrameworkAddressesConnectionWhere> | null | undefined;
  NOT?: FrameworkAddressesConnectionWhere | null | undefined;
  OR?: Array<FrameworkAddressesConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: RestraintTypeWhere | null | undefined;
};

export type FrameworkAddressesDisconnectFieldInput = {
  disconnect?: RestraintTypeDisconnectInput | null | undefined;
  where?: FrameworkAddressesConnectionWhere | null | undefined;
};

export type FrameworkAddressesFieldInput = {
  connect?: Array<FrameworkAddressesConnectFieldInput> | null | undefined;
};

export type FrameworkAddressesNodeAggregationWhereInput = {
  AND?: Array<FrameworkAddressesNodeAggregationWhereInput> | null | undefined;
  NOT?: FrameworkAddressesNodeAggregationWhereInput | null | undefined;
  OR?: Array<FrameworkAddressesNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  definition?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
};

export type FrameworkAddressesUpdateFieldInput = {
  connect?: Array<FrameworkAddressesConnectFieldInput> | null | undefined;
  disconnect?: Array<FrameworkAddressesDisconnectFieldInput> | null | undefined;
};

export type FrameworkAppliesInConnectFieldInput = {
  connect?: Array<JurisdictionConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: JurisdictionConnectWhere | null | undefined;
};

export type FrameworkAppliesInConnectionAggregateInput = {
  AND?: Array<FrameworkAppliesInConnectionAggregateInput> | null | undefined;
  NOT?: FrameworkAppliesInConnectionAggregateInput | null | undefined;
  OR?: Array<FrameworkAppliesInConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: FrameworkAppliesInNodeAggregationWhereInput | null | undefined;
};

export type FrameworkAppliesInConnectionFilters = {
  /** Filter Frameworks by aggregating results on related FrameworkAppliesInConnections */
  aggregate?: FrameworkAppliesInConnectionAggregateInput | null | undefined;
  /** Return Frameworks where all of the related FrameworkAppliesInConnections match this filter */
  all?: FrameworkAppliesInConnectionWhere | null | undefined;
  /** Return Frameworks where none of the related FrameworkAppliesInConnections match this filter */
  none?: FrameworkAppliesInConnectionWhere | null | undefined;
  /** Return Frameworks where one of the related FrameworkAppliesInConnections match this filter */
  single?: FrameworkAppliesInConnectionWhere | null | undefined;
  /** Return Frameworks where some of the related FrameworkAppliesInConnections match this filter */
  some?: FrameworkAppliesInConnectionWhere | null | undefined;
};

export type FrameworkAppliesInConnectionWhere = {
  AND?: Array<FrameworkAppliesInConnectionWhere> | null | undefined;
  NOT?: FrameworkAppliesInConnectionWhere | null | undefined;
  OR?: Array<FrameworkAppliesInConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: JurisdictionWhere | null | undefined;
};

export type FrameworkAppliesInDisconnectFieldInput = {
  disconnect?: JurisdictionDisconnectInput | null | undefined;
  where?: FrameworkAppliesInConnectionWhere | null | undefined;
};

export type FrameworkAppliesInFieldInput = {
  connect?: Array<FrameworkAppliesInConnectFieldInput> | null | undefined;
};

export type FrameworkAppliesInNodeAggregationWhereInput = {
  AND?: Array<FrameworkAppliesInNodeAggregationWhereInput> | null | undefined;
  NOT?: FrameworkAppliesInNodeAggregationWhereInput | null | undefined;
  OR?: Array<FrameworkAppliesInNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
};

export type FrameworkAppliesInUpdateFieldInput = {
  connect?: Array<FrameworkAppliesInConnectFieldInput> | null | undefined;
  disconnect?: Array<FrameworkAppliesInDisconnectFieldInput> | null | undefined;
};

export type FrameworkAudiencesConnectFieldInput = {
  connect?: Array<AudienceConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: AudienceConnectWhere | null | undefined;
};

export type FrameworkAudiencesConnectionAggregateInput = {
  AND?: Array<FrameworkAudiencesConnectionAggregateInput> | null | undefined;
  NOT?: FrameworkAudiencesConnectionAggregateInput | null | undefined;
  OR?: Array<FrameworkAudiencesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: FrameworkAudiencesNodeAggregationWhereInput | null | undefined;
};

export type FrameworkAudiencesConnectionFilters = {
  /** Filter Frameworks by aggregating results on related FrameworkAudiencesConnections */
  aggregate?: FrameworkAudiencesConnectionAggregateInput | null | undefined;
  /** Return Frameworks where all of the related FrameworkAudiencesConnections match this filter */
  all?: FrameworkAudiencesConnectionWhere | null | undefined;
  /** Return Frameworks where none of the related FrameworkAudiencesConnections match this filter */
  none?: FrameworkAudiencesConnectionWhere | null | undefined;
  /** Return Frameworks where one of the related FrameworkAudiencesConnections match this filter */
  single?: FrameworkAudiencesConnectionWhere | null | undefined;
  /** Return Frameworks where some of the related FrameworkAudiencesConnections match this filter */
  some?: FrameworkAudiencesConnectionWhere | null | undefined;
};

export type FrameworkAudiencesConnectionWhere = {
  AND?: Array<FrameworkAudiencesConnectionWhere> | null | undefined;
  NOT?: FrameworkAudiencesConnectionWhere | null | undefined;
  OR?: Array<FrameworkAudiencesConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: AudienceWhere | null | undefined;
};

export type FrameworkAudiencesDisconnectFieldInput = {
  disconnect?: AudienceDisconnectInput | null | undefined;
  where?: FrameworkAudiencesConnectionWhere | null | undefined;
};

export type FrameworkAudiencesFieldInput = {
  connect?: Array<FrameworkAudiencesConnectFieldInput> | null | undefined;
};

export type FrameworkAudiencesNodeAggregationWhereInput = {
  AND?: Array<FrameworkAudiencesNodeAggregationWhereInput> | null | undefined;
  NOT?: FrameworkAudiencesNodeAggregationWhereInput | null | undefined;
  OR?: Array<FrameworkAudiencesNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
};

export type FrameworkAudiencesUpdateFieldInput = {
  connect?: Array<FrameworkAudiencesConnectFieldInput> | null | undefined;
  disconnect?: Array<FrameworkAudiencesDisconnectFieldInput> | null | undefined;
};

export type FrameworkConnectInput = {
  addresses?: Array<FrameworkAddressesConnectFieldInput> | null | undefined;
  appliesIn?: Array<FrameworkAppliesInConnectFieldInput> | null | undefined;
  audiences?: Array<FrameworkAudiencesConnectFieldInput> | null | undefined;
  developedBy?: FrameworkDevelopedByConnectInput | null | undefined;
  developedIn?: Array<FrameworkDevelopedInConnectFieldInput> | null | undefined;
  settings?: Array<FrameworkSettingsConnectFieldInput> | null | undefined;
};

export type FrameworkConnectWhere = {
  node: FrameworkWhere;
};

export type FrameworkCreateInput = {
  addresses?: FrameworkAddressesFieldInput | null | undefined;
  aliases?: Array<string> | null | undefined;
  appliesIn?: FrameworkAppliesInFieldInput | null | undefined;
  audiences?: FrameworkAudiencesFieldInput | null | undefined;
  developedBy?: FrameworkDevelopedByCreateInput | null | undefined;
  developedIn?: FrameworkDevelopedInFieldInput | null | undefined;
  generalKnowledge?: Array<string> | null | undefined;
  id: string;
  name: string;
  origin?: string | null | undefined;
  settings?: FrameworkSettingsFieldInput | null | undefined;
  summary?: string | null | undefined;
};

export type FrameworkDerivativesConnectionAggregateInput = {
  AND?: Array<FrameworkDerivativesConnectionAggregateInput> | null | undefined;
  NOT?: FrameworkDerivativesConnectionAggregateInput | null | undefined;
  OR?: Array<FrameworkDerivativesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: DerivationAggregationWhereInput | null | undefined;
  node?: FrameworkDerivativesNodeAggregationWhereInput | null | undefined;
};

export type FrameworkDerivativesConnectionFilters = {
  /** Filter Frameworks by aggregating results on related FrameworkDerivativesConnections */
  aggregate?: FrameworkDerivativesConnectionAggregateInput | null | undefined;
  /** Return Frameworks where all of the related FrameworkDerivativesConnections match this filter */
  all?: FrameworkDerivativesConnectionWhere | null | undefined;
  /** Return Frameworks where none of the related FrameworkDerivativesConnections match this filter */
  none?: FrameworkDerivativesConnectionWhere | null | undefined;
  /** Return Frameworks where one of the related FrameworkDerivativesConnections match this filter */
  single?: FrameworkDerivativesConnectionWhere | null | undefined;
  /** Return Frameworks where some of the related FrameworkDerivativesConnections match this filter */
  some?: FrameworkDerivativesConnectionWhere | null | undefined;
};

export type FrameworkDerivativesConnectionWhere = {
  AND?: Array<FrameworkDerivativesConnectionWhere> | null | undefined;
  NOT?: FrameworkDerivativesConnectionWhere | null | undefined;
  OR?: Array<FrameworkDerivativesConnectionWhere> | null | undefined;
  edge?: DerivationWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type FrameworkDerivativesNodeAggregationWhereInput = {
  AND?: Array<FrameworkDerivativesNodeAggregationWhereInput> | null | undefined;
  NOT?: FrameworkDerivativesNodeAggregationWhereInput | null | undefined;
  OR?: Array<FrameworkDerivativesNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  url?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type FrameworkDescribedByConnectionAggregateInput = {
  AND?: Array<FrameworkDescribedByConnectionAggregateInput> | null | undefined;
  NOT?: FrameworkDescribedByConnectionAggregateInput | null | undefined;
  OR?: Array<FrameworkDescribedByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: FrameworkDescribedByNodeAggregationWhereInput | null | undefined;
};

export type FrameworkDescribedByConnectionFilters = {
  /** Filter Frameworks by aggregating results on related FrameworkDescribedByConnections */
  aggregate?: FrameworkDescribedByConnectionAggregateInput | null | undefined;
  /** Return Frameworks where all of the related FrameworkDescribedByConnections match this filter */
  all?: FrameworkDescribedByConnectionWhere | null | undefined;
  /** Return Frameworks where none of the related FrameworkDescribedByConnections match this filter */
  none?: FrameworkDescribedByConnectionWhere | null | undefined;
  /** Return Frameworks where one of the related FrameworkDescribedByConnections match this filter */
  single?: FrameworkDescribedByConnectionWhere | null | undefined;
  /** Return Frameworks where some of the related FrameworkDescribedByConnections match this filter */
  some?: FrameworkDescribedByConnectionWhere | null | undefined;
};

export type FrameworkDescribedByConnectionWhere = {
  AND?: Array<FrameworkDescribedByConnectionWhere> | null | undefined;
  NOT?: FrameworkDescribedByConnectionWhere | null | undefined;
  OR?: Array<FrameworkDescribedByConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type FrameworkDescribedByNodeAggregationWhereInput = {
  AND?: Array<FrameworkDescribedByNodeAggregationWhereInput> | null | undefined;
  NOT?: FrameworkDescribedByNodeAggregationWhereInput | null | undefined;
  OR?: Array<FrameworkDescribedByNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  url?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type FrameworkDevelopedByConnectInput = {
  Organisation?: Array<FrameworkDevelopedByOrganisationConnectFieldInput> | null | undefined;
  Person?: Array<FrameworkDevelopedByPersonConnectFieldInput> | null | undefined;
};

export type FrameworkDevelopedByConnectionFilters = {
  /** Return Frameworks where all of the related FrameworkDevelopedByConnections match this filter */
  all?: FrameworkDevelopedByConnectionWhere | null | undefined;
  /** Return Frameworks where none of the related FrameworkDevelopedByConnections match this filter */
  none?: FrameworkDevelopedByConnectionWhere | null | undefined;
  /** Return Frameworks where one of the related FrameworkDevelopedByConnections match this filter */
  single?: FrameworkDevelopedByConnectionWhere | null | undefined;
  /** Return Frameworks where some of the related FrameworkDevelopedByConnections match this filter */
  some?: FrameworkDevelopedByConnectionWhere | null | undefined;
};

export type FrameworkDevelopedByConnectionWhere = {
  Organisation?: FrameworkDevelopedByOrganisationConnectionWhere | null | undefined;
  Person?: FrameworkDevelopedByPersonConnectionWhere | null | undefined;
};

export type FrameworkDevelopedByCreateInput = {
  Organisation?: FrameworkDevelopedByOrganisationFieldInput | null | undefined;
  Person?: FrameworkDevelopedByPersonFieldInput | null | undefined;
};

export type FrameworkDevelopedByDisconnectInput = {
  Organisation?: Array<FrameworkDevelopedByOrganisationDisconnectFieldInput> | null | undefined;
  Person?: Array<FrameworkDevelopedByPersonDisconnectFieldInput> | null | undefined;
};

export type FrameworkDevelopedByOrganisationConnectFieldInput = {
  connect?: Array<OrganisationConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: OrganisationConnectWhere | null | undefined;
};

export type FrameworkDevelopedByOrganisationConnectionWhere = {
  AND?: Array<FrameworkDevelopedByOrganisationConnectionWhere> | null | undefined;
  NOT?: FrameworkDevelopedByOrganisationConnectionWhere | null | undefined;
  OR?: Array<FrameworkDevelopedByOrganisationConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: OrganisationWhere | null | undefined;
};

export type FrameworkDevelopedByOrganisationDisconnectFieldInput = {
  disconnect?: OrganisationDisconnectInput | null | undefined;
  where?: FrameworkDevelopedByOrganisationConnectionWhere | null | undefined;
};

export type FrameworkDevelopedByOrganisationFieldInput = {
  connect?: Array<FrameworkDevelopedByOrganisationConnectFieldInput> | null | undefined;
};

export type FrameworkDevelopedByOrganisationUpdateFieldInput = {
  connect?: Array<FrameworkDevelopedByOrganisationConnectFieldInput> | null | undefined;
  disconnect?: Array<FrameworkDevelopedByOrganisationDisconnectFieldInput> | null | undefined;
};

export type FrameworkDevelopedByPersonConnectFieldInput = {
  connect?: Array<PersonConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: PersonConnectWhere | null | undefined;
};

export type FrameworkDevelopedByPersonConnectionWhere = {
  AND?: Array<FrameworkDevelopedByPersonConnectionWhere> | null | undefined;
  NOT?: FrameworkDevelopedByPersonConnectionWhere | null | undefined;
  OR?: Array<FrameworkDevelopedByPersonConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: PersonWhere | null | undefined;
};

export type FrameworkDevelopedByPersonDisconnectFieldInput = {
  disconnect?: PersonDisconnectInput | null | undefined;
  where?: FrameworkDevelopedByPersonConnectionWhere | null | undefined;
};

export type FrameworkDevelopedByPersonFieldInput = {
  connect?: Array<FrameworkDevelopedByPersonConnectFieldInput> | null | undefined;
};

export type FrameworkDevelopedByPersonUpdateFieldInput = {
  connect?: Array<FrameworkDevelopedByPersonConnectFieldInput> | null | undefined;
  disconnect?: Array<FrameworkDevelopedByPersonDisconnectFieldInput> | null | undefined;
};

export type FrameworkDevelopedByUpdateInput = {
  Organisation?: Array<FrameworkDevelopedByOrganisationUpdateFieldInput> | null | undefined;
  Person?: Array<FrameworkDevelopedByPersonUpdateFieldInput> | null | undefined;
};

export type FrameworkDevelopedInConnectFieldInput = {
  connect?: Array<JurisdictionConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: JurisdictionConnectWhere | null | undefined;
};

export type FrameworkDevelopedInConnectionAggregateInput = {
  AND?: Array<FrameworkDevelopedInConnectionAggregateInput> | null | undefined;
  NOT?: FrameworkDevelopedInConnectionAggregateInput | null | undefined;
  OR?: Array<FrameworkDevelopedInConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: FrameworkDevelopedInNodeAggregationWhereInput | null | undefined;
};

export type FrameworkDevelopedInConnectionFilters = {
  /** Filter Frameworks by aggregating results on related FrameworkDevelopedInConnections */
  aggregate?: FrameworkDevelopedInConnectionAggregateInput | null | undefined;
  /** Return Frameworks where all of the related FrameworkDevelopedInConnections match this filter */
  all?: FrameworkDevelopedInConnectionWhere | null | undefined;
  /** Return Frameworks where none of the related FrameworkDevelopedInConnections match this filter */
  none?: FrameworkDevelopedInConnectionWhere | null | undefined;
  /** Return Frameworks where one of the related FrameworkDevelopedInConnections match this filter */
  single?: FrameworkDevelopedInConnectionWhere | null | undefined;
  /** Return Frameworks where some of the related FrameworkDevelopedInConnections match this filter */
  some?: FrameworkDevelopedInConnectionWhere | null | undefined;
};

export type FrameworkDevelopedInConnectionWhere = {
  AND?: Array<FrameworkDevelopedInConnectionWhere> | null | undefined;
  NOT?: FrameworkDevelopedInConnectionWhere | null | undefined;
  OR?: Array<FrameworkDevelopedInConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: JurisdictionWhere | null | undefined;
};

export type FrameworkDevelopedInDisconnectFieldInput = {
  disconnect?: JurisdictionDisconnectInput | null | undefined;
  where?: FrameworkDevelopedInConnectionWhere | null | undefined;
};

export type FrameworkDevelopedInFieldInput = {
  connect?: Array<FrameworkDevelopedInConnectFieldInput> | null | undefined;
};

export type FrameworkDevelopedInNodeAggregationWhereInput = {
  AND?: Array<FrameworkDevelopedInNodeAggregationWhereInput> | null | undefined;
  NOT?: FrameworkDevelopedInNodeAggregationWhereInput | null | undefined;
  OR?: Array<FrameworkDevelopedInNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
};

export type FrameworkDevelopedInUpdateFieldInput = {
  connect?: Array<FrameworkDevelopedInConnectFieldInput> | null | undefined;
  disconnect?: Array<FrameworkDevelopedInDisconnectFieldInput> | null | undefined;
};

export type FrameworkDisconnectInput = {
  addresses?: Array<FrameworkAddressesDisconnectFieldInput> | null | undefined;
  appliesIn?: Array<FrameworkAppliesInDisconnectFieldInput> | null | undefined;
  audiences?: Array<FrameworkAudiencesDisconnectFieldInput> | null | undefined;
  developedBy?: FrameworkDevelopedByDisconnectInput | null | undefined;
  developedIn?: Array<FrameworkDevelopedInDisconnectFieldInput> | null | undefined;
  settings?: Array<FrameworkSettingsDisconnectFieldInput> | null | undefined;
};

export type FrameworkEvaluatedByConnectionAggregateInput = {
  AND?: Array<FrameworkEvaluatedByConnectionAggregateInput> | null | undefined;
  NOT?: FrameworkEvaluatedByConnectionAggregateInput | null | undefined;
  OR?: Array<FrameworkEvaluatedByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: FrameworkEvaluatedByNodeAggregationWhereInput | null | undefined;
};

export type FrameworkEvaluatedByConnectionFilters = {
  /** Filter Frameworks by aggregating results on related FrameworkEvaluatedByConnections */
  aggregate?: FrameworkEvaluatedByConnectionAggregateInput | null | undefined;
  /** Return Frameworks where all of the related FrameworkEvaluatedByConnections match this filter */
  all?: FrameworkEvaluatedByConnectionWhere | null | undefined;
  /** Return Frameworks where none of the related FrameworkEvaluatedByConnections match this filter */
  none?: FrameworkEvaluatedByConnectionWhere | null | undefined;
  /** Return Frameworks where one of the related FrameworkEvaluatedByConnections match this filter */
  single?: FrameworkEvaluatedByConnectionWhere | null | undefined;
  /** Return Frameworks where some of the related FrameworkEvaluatedByConnections match this filter */
  some?: FrameworkEvaluatedByConnectionWhere | null | undefined;
};

export type FrameworkEvaluatedByConnectionWhere = {
  AND?: Array<FrameworkEvaluatedByConnectionWhere> | null | undefined;
  NOT?: FrameworkEvaluatedByConnectionWhere | null | undefined;
  OR?: Array<FrameworkEvaluatedByConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type FrameworkEvaluatedByNodeAggregationWhereInput = {
  AND?: Array<FrameworkEvaluatedByNodeAggregationWhereInput> | null | undefined;
  NOT?: FrameworkEvaluatedByNodeAggregationWhereInput | null | undefined;
  OR?: Array<FrameworkEvaluatedByNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  url?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type FrameworkPartsConnectionAggregateInput = {
  AND?: Array<FrameworkPartsConnectionAggregateInput> | null | undefined;
  NOT?: FrameworkPartsConnectionAggregateInput | null | undefined;
  OR?: Array<FrameworkPartsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: FrameworkPartsNodeAggregationWhereInput | null | undefined;
};

export type FrameworkPartsConnectionFilters = {
  /** Filter Frameworks by aggregating results on related FrameworkPartsConnections */
  aggregate?: FrameworkPartsConnectionAggregateInput | null | undefined;
  /** Return Frameworks where all of the related FrameworkPartsConnections match this filter */
  all?: FrameworkPartsConnectionWhere | null | undefined;
  /** Return Frameworks where none of the related FrameworkPartsConnections match this filter */
  none?: FrameworkPartsConnectionWhere | null | undefined;
  /** Return Frameworks where one of the related FrameworkPartsConnections match this filter */
  single?: FrameworkPartsConnectionWhere | null | undefined;
  /** Return Frameworks where some of the related FrameworkPartsConnections match this filter */
  some?: FrameworkPartsConnectionWhere | null | undefined;
};

export type FrameworkPartsConnectionWhere = {
  AND?: Array<FrameworkPartsConnectionWhere> | null | undefined;
  NOT?: FrameworkPartsConnectionWhere | null | undefined;
  OR?: Array<FrameworkPartsConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type FrameworkPartsNodeAggregationWhereInput = {
  AND?: Array<FrameworkPartsNodeAggregationWhereInput> | null | undefined;
  NOT?: FrameworkPartsNodeAggregationWhereInput | null | undefined;
  OR?: Array<FrameworkPartsNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  url?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type FrameworkReferencedByConnectionAggregateInput = {
  AND?: Array<FrameworkReferencedByConnectionAggregateInput> | null | undefined;
  NOT?: FrameworkReferencedByConnectionAggregateInput | null | undefined;
  OR?: Array<FrameworkReferencedByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: FrameworkReferencedByNodeAggregationWhereInput | null | undefined;
};

export type FrameworkReferencedByConnectionFilters = {
  /** Filter Frameworks by aggregating results on related FrameworkReferencedByConnections */
  aggregate?: FrameworkReferencedByConnectionAggregateInput | null | undefined;
  /** Return Frameworks where all of the related FrameworkReferencedByConnections match this filter */
  all?: FrameworkReferencedByConnectionWhere | null | undefined;
  /** Return Frameworks where none of the related FrameworkReferencedByConnections match this filter */
  none?: FrameworkReferencedByConnectionWhere | null | undefined;
  /** Return Frameworks where one of the related FrameworkReferencedByConnections match this filter */
  single?: FrameworkReferencedByConnectionWhere | null | undefined;
  /** Return Frameworks where some of the related FrameworkReferencedByConnections match this filter */
  some?: FrameworkReferencedByConnectionWhere | null | undefined;
};

export type FrameworkReferencedByConnectionWhere = {
  AND?: Array<FrameworkReferencedByConnectionWhere> | null | undefined;
  NOT?: FrameworkReferencedByConnectionWhere | null | undefined;
  OR?: Array<FrameworkReferencedByConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type FrameworkReferencedByNodeAggregationWhereInput = {
  AND?: Array<FrameworkReferencedByNodeAggregationWhereInput> | null | undefined;
  NOT?: FrameworkReferencedByNodeAggregationWhereInput | null | undefined;
  OR?: Array<FrameworkReferencedByNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  url?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type FrameworkRelationshipFilters = {
  /** Filter type where all of the related Frameworks match this filter */
  all?: FrameworkWhere | null | undefined;
  /** Filter type where none of the related Frameworks match this filter */
  none?: FrameworkWhere | null | undefined;
  /** Filter type where one of the related Frameworks match this filter */
  single?: FrameworkWhere | null | undefined;
  /** Filter type where some of the related Frameworks match this filter */
  some?: FrameworkWhere | null | undefined;
};

export type FrameworkSettingsConnectFieldInput = {
  connect?: Array<SettingConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: SettingConnectWhere | null | undefined;
};

export type FrameworkSettingsConnectionAggregateInput = {
  AND?: Array<FrameworkSettingsConnectionAggregateInput> | null | undefined;
  NOT?: FrameworkSettingsConnectionAggregateInput | null | undefined;
  OR?: Array<FrameworkSettingsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: FrameworkSettingsNodeAggregationWhereInput | null | undefined;
};

export type FrameworkSettingsConnectionFilters = {
  /** Filter Frameworks by aggregating results on related FrameworkSettingsConnections */
  aggregate?: FrameworkSettingsConnectionAggregateInput | null | undefined;
  /** Return Frameworks where all of the related FrameworkSettingsConnections match this filter */
  all?: FrameworkSettingsConnectionWhere | null | undefined;
  /** Return Frameworks where none of the related FrameworkSettingsConnections match this filter */
  none?: FrameworkSettingsConnectionWhere | null | undefined;
  /** Return Frameworks where one of the related FrameworkSettingsConnections match this filter */
  single?: FrameworkSettingsConnectionWhere | null | undefined;
  /** Return Frameworks where some of the related FrameworkSettingsConnections match this filter */
  some?: FrameworkSettingsConnectionWhere | null | undefined;
};

export type FrameworkSettingsConnectionWhere = {
  AND?: Array<FrameworkSettingsConnectionWhere> | null | undefined;
  NOT?: FrameworkSettingsConnectionWhere | null | undefined;
  OR?: Array<FrameworkSettingsConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: SettingWhere | null | undefined;
};

export type FrameworkSettingsDisconnectFieldInput = {
  disconnect?: SettingDisconnectInput | null | undefined;
  where?: FrameworkSettingsConnectionWhere | null | undefined;
};

export type FrameworkSettingsFieldInput = {
  connect?: Array<FrameworkSettingsConnectFieldInput> | null | undefined;
};

export type FrameworkSettingsNodeAggregationWhereInput = {
  AND?: Array<FrameworkSettingsNodeAggregationWhereInput> | null | undefined;
  NOT?: FrameworkSettingsNodeAggregationWhereInput | null | undefined;
  OR?: Array<FrameworkSettingsNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
};

export type FrameworkSettingsUpdateFieldInput = {
  connect?: Array<FrameworkSettingsConnectFieldInput> | null | undefined;
  disconnect?: Array<FrameworkSettingsDisconnectFieldInput> | null | undefined;
};

export type FrameworkUpdateInput = {
  addresses?: Array<FrameworkAddressesUpdateFieldInput> | null | undefined;
  aliases?: ListStringMutations | null | undefined;
  appliesIn?: Array<FrameworkAppliesInUpdateFieldInput> | null | undefined;
  audiences?: Array<FrameworkAudiencesUpdateFieldInput> | null | undefined;
  createdAt?: DateTimeScalarMutations | null | undefined;
  createdBy?: StringScalarMutations | null | undefined;
  developedBy?: FrameworkDevelopedByUpdateInput | null | undefined;
  developedIn?: Array<FrameworkDevelopedInUpdateFieldInput> | null | undefined;
  generalKnowledge?: ListStringMutations | null | undefined;
  name?: StringScalarMutations | null | undefined;
  origin?: StringScalarMutations | null | undefined;
  settings?: Array<FrameworkSettingsUpdateFieldInput> | null | undefined;
  summary?: StringScalarMutations | null | undefined;
};

export type FrameworkWhere = {
  AND?: Array<FrameworkWhere> | null | undefined;
  NOT?: FrameworkWhere | null | undefined;
  OR?: Array<FrameworkWhere> | null | undefined;
  addresses?: RestraintTypeRelationshipFilters | null | undefined;
  addressesConnection?: FrameworkAddressesConnectionFilters | null | undefined;
  aliases?: StringListFilters | null | undefined;
  appliesIn?: JurisdictionRelationshipFilters | null | undefined;
  appliesInConnection?: FrameworkAppliesInConnectionFilters | null | undefined;
  audiences?: AudienceRelationshipFilters | null | undefined;
  audiencesConnection?: FrameworkAudiencesConnectionFilters | null | undefined;
  createdAt?: DateTimeScalarFilters | null | undefined;
  createdBy?: StringScalarFilters | null | undefined;
  derivatives?: ResourceRelationshipFilters | null | undefined;
  derivativesConnection?: FrameworkDerivativesConnectionFilters | null | undefined;
  describedBy?: ResourceRelationshipFilters | null | undefined;
  describedByConnection?: FrameworkDescribedByConnectionFilters | null | undefined;
  developedBy?: ContributorRelationshipFilters | null | undefined;
  developedByConnection?: FrameworkDevelopedByConnectionFilters | null | undefined;
  developedIn?: JurisdictionRelationshipFilters | null | undefined;
  developedInConnection?: FrameworkDevelopedInConnectionFilters | null | undefined;
  evaluatedBy?: ResourceRelationshipFilters | null | undefined;
  evaluatedByConnection?: FrameworkEvaluatedByConnectionFilters | null | undefined;
  generalKnowledge?: StringListFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  origin?: StringScalarFilters | null | undefined;
  parts?: ResourceRelationshipFilters | null | undefined;
  partsConnection?: FrameworkPartsConnectionFilters | null | undefined;
  referencedBy?: ResourceRelationshipFilters | null | undefined;
  referencedByConnection?: FrameworkReferencedByConnectionFilters | null | undefined;
  settings?: SettingRelationshipFilters | null | undefined;
  settingsConnection?: FrameworkSettingsConnectionFilters | null | undefined;
  summary?: StringScalarFilters | null | undefined;
  updatedAt?: DateTimeScalarFilters | null | undefined;
  updatedBy?: StringScalarFilters | null | undefined;
};

/** A facet of GraphFilter that selects resources by what they link to. */
export const GraphFacet = {
  /** audiences (FOR_AUDIENCE). */
  Audiences: 'AUDIENCES',
  /** jurisdictions (APPLIES_IN). */
  Jurisdictions: 'JURISDICTIONS',
  /** organisations (PUBLISHED_BY, COMMISSIONED_BY or DEVELOPED_WITH). */
  Organisations: 'ORGANISATIONS',
  /** restraintTypes (ADDRESSES). */
  RestraintTypes: 'RESTRAINT_TYPES',
  /** settings (FOR_SETTING). */
  Settings: 'SETTINGS'
} as const;

export type GraphFacet = typeof GraphFacet[keyof typeof GraphFacet];
/**
 * Facets for the overview graph. The facets select resources: every given facet must hold (AND),
 * values within one facet are alternatives (OR). The result is those resources plus the other
 * (non-resource) nodes they link to, restricted to types. With no facet at all, every node of types is drawn.
 */
export type GraphFilter = {
  /** Resources must be FOR_AUDIENCE one of these audiences (ids). */
  audiences?: Array<string> | null | undefined;
  /** Resources must APPLY_IN one of these jurisdictions (ids). */
  jurisdictions?: Array<string> | null | undefined;
  /** Resources must be of one of these kinds (TOOLKIT, GUIDANCE, …; see GraphNode.kind). */
  kinds?: Array<string> | null | undefined;
  /**
   * "Not recorded" as one more value of these facets: a resource with no value of the facet at all
   * matches it (alongside the ids given for the facet, if any). notRecorded: [RESTRAINT_TYPES] alone
   * selects the resources with no restraint type recorded; with restraintTypes: ["seclusion"] it
   * selects those about seclusion and those whose restraint type is not recorded.
   */
  notRecorded?: Array<GraphFacet> | null | undefined;
  /** Resources must be published by, commissioned by or developed with one of these organisations (ids). */
  organisations?: Array<string> | null | undefined;
  /** Resources must ADDRESS one of these restraint types (ids). */
  restraintTypes?: Array<string> | null | undefined;
  /** Resources must be FOR_SETTING one of these settings (ids). */
  settings?: Array<string> | null | undefined;
  /** Resources must match this full-text query (same matching as search); blank means no text filter. */
  text?: string | null | undefined;
  /** Node types to draw; default all. */
  types?: Array<NodeType> | null | undefined;
  /** Resources must have a year on or after this one. */
  yearFrom?: number | null | undefined;
  /** Resources must have a year on or before this one. */
  yearTo?: number | null | undefined;
};

/** ID filters */
export type IdScalarFilters = {
  contains?: string | null | undefined;
  endsWith?: string | null | undefined;
  eq?: string | null | undefined;
  in?: Array<string> | null | undefined;
  startsWith?: string | null | undefined;
};

/** Filters for an aggregation of an int field */
export type IntScalarAggregationFilters = {
  average?: FloatScalarFilters | null | undefined;
  max?: IntScalarFilters | null | undefined;
  min?: IntScalarFilters | null | undefined;
  sum?: IntScalarFilters | null | undefined;
};

/** Int filters */
export type IntScalarFilters = {
  eq?: number | null | undefined;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  in?: Array<number> | null | undefined;
  lt?: number | null | undefined;
  lte?: number | null | undefined;
};

/** Int mutations */
export type IntScalarMutations = {
  add?: number | null | undefined;
  set?: number | null | undefined;
  subtract?: number | null | undefined;
};

export type JurisdictionConnectInput = {
  referencedBy?: Array<JurisdictionReferencedByConnectFieldInput> | null | undefined;
};

export type JurisdictionConnectWhere = {
  node: JurisdictionWhere;
};

export type JurisdictionCreateInput = {
  aliases?: Array<string> | null | undefined;
  generalKnowledge?: Array<string> | null | undefined;
  id: string;
  name: string;
  referencedBy?: JurisdictionReferencedByFieldInput | null | undefined;
  summary?: string | null | undefined;
};

export type JurisdictionDevelopedHereConnectionFilters = {
  /** Return Jurisdictions where all of the related JurisdictionDevelopedHereConnections match this filter */
  all?: JurisdictionDevelopedHereConnectionWhere | null | undefined;
  /** Return Jurisdictions where none of the related JurisdictionDevelopedHereConnections match this filter */
  none?: JurisdictionDevelopedHereConnectionWhere | null | undefined;
  /** Return Jurisdictions where one of the related JurisdictionDevelopedHereConnections match this filter */
  single?: JurisdictionDevelopedHereConnectionWhere | null | undefined;
  /** Return Jurisdictions where some of the related JurisdictionDevelopedHereConnections match this filter */
  some?: JurisdictionDevelopedHereConnectionWhere | null | undefined;
};

export type JurisdictionDevelopedHereConnectionWhere = {
  Framework?: JurisdictionDevelopedHereFrameworkConnectionWhere | null | undefined;
  Resource?: JurisdictionDevelopedHereResourceConnectionWhere | null | undefined;
};

export type JurisdictionDevelopedHereFrameworkConnectionWhere = {
  AND?: Array<JurisdictionDevelopedHereFrameworkConnectionWhere> | null | undefined;
  NOT?: JurisdictionDevelopedHereFrameworkConnectionWhere | null | undefined;
  OR?: Array<JurisdictionDevelopedHereFrameworkConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: FrameworkWhere | null | undefined;
};

export type JurisdictionDevelopedHereResourceConnectionWhere = {
  AND?: Array<JurisdictionDevelopedHereResourceConnectionWhere> | null | undefined;
  NOT?: JurisdictionDevelopedHereResourceConnectionWhere | null | undefined;
  OR?: Array<JurisdictionDevelopedHereResourceConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type JurisdictionDisconnectInput = {
  referencedBy?: Array<JurisdictionReferencedByDisconnectFieldInput> | null | undefined;
};

export type JurisdictionReferencedByConnectFieldInput = {
  connect?: Array<ResourceConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: ResourceConnectWhere | null | undefined;
};

export type JurisdictionReferencedByConnectionAggregateInput = {
  AND?: Array<JurisdictionReferencedByConnectionAggregateInput> | null | undefined;
  NOT?: JurisdictionReferencedByConnectionAggregateInput | null | undefined;
  OR?: Array<JurisdictionReferencedByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: JurisdictionReferencedByNodeAggregationWhereInput | null | undefined;
};

export type JurisdictionReferencedByConnectionFilters = {
  /** Filter Jurisdictions by aggregating results on related JurisdictionReferencedByConnections */
  aggregate?: JurisdictionReferencedByConnectionAggregateInput | null | undefined;
  /** Return Jurisdictions where all of the related JurisdictionReferencedByConnections match this filter */
  all?: JurisdictionReferencedByConnectionWhere | null | undefined;
  /** Return Jurisdictions where none of the related JurisdictionReferencedByConnections match this filter */
  none?: JurisdictionReferencedByConnectionWhere | null | undefined;
  /** Return Jurisdictions where one of the related JurisdictionReferencedByConnections match this filter */
  single?: JurisdictionReferencedByConnectionWhere | null | undefined;
  /** Return Jurisdictions where some of the related JurisdictionReferencedByConnections match this filter */
  some?: JurisdictionReferencedByConnectionWhere | null | undefined;
};

export type JurisdictionReferencedByConnectionWhere = {
  AND?: Array<JurisdictionReferencedByConnectionWhere> | null | undefined;
  NOT?: JurisdictionReferencedByConnectionWhere | null | undefined;
  OR?: Array<JurisdictionReferencedByConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type JurisdictionReferencedByDisconnectFieldInput = {
  disconnect?: ResourceDisconnectInput | null | undefined;
  where?: JurisdictionReferencedByConnectionWhere | null | undefined;
};

export type JurisdictionReferencedByFieldInput = {
  connect?: Array<JurisdictionReferencedByConnectFieldInput> | null | undefined;
};

export type JurisdictionReferencedByNodeAggregationWhereInput = {
  AND?: Array<JurisdictionReferencedByNodeAggregationWhereInput> | null | undefined;
  NOT?: JurisdictionReferencedByNodeAggregationWhereInput | null | undefined;
  OR?: Array<JurisdictionReferencedByNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  url?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type JurisdictionReferencedByUpdateFieldInput = {
  connect?: Array<JurisdictionReferencedByConnectFieldInput> | null | undefined;
  disconnect?: Array<JurisdictionReferencedByDisconnectFieldInput> | null | undefined;
};

export type JurisdictionRelationshipFilters = {
  /** Filter type where all of the related Jurisdictions match this filter */
  all?: JurisdictionWhere | null | undefined;
  /** Filter type where none of the related Jurisdictions match this filter */
  none?: JurisdictionWhere | null | undefined;
  /** Filter type where one of the related Jurisdictions match this filter */
  single?: JurisdictionWhere | null | undefined;
  /** Filter type where some of the related Jurisdictions match this filter */
  some?: JurisdictionWhere | null | undefined;
};

export type JurisdictionResourcesConnectionFilters = {
  /** Return Jurisdictions where all of the related JurisdictionResourcesConnections match this filter */
  all?: JurisdictionResourcesConnectionWhere | null | undefined;
  /** Return Jurisdictions where none of the related JurisdictionResourcesConnections match this filter */
  none?: JurisdictionResourcesConnectionWhere | null | undefined;
  /** Return Jurisdictions where one of the related JurisdictionResourcesConnections match this filter */
  single?: JurisdictionResourcesConnectionWhere | null | undefined;
  /** Return Jurisdictions where some of the related JurisdictionResourcesConnections match this filter */
  some?: JurisdictionResourcesConnectionWhere | null | undefined;
};

export type JurisdictionResourcesConnectionWhere = {
  Framework?: JurisdictionResourcesFrameworkConnectionWhere | null | undefined;
  Resource?: JurisdictionResourcesResourceConnectionWhere | null | undefined;
};

export type JurisdictionResourcesFrameworkConnectionWhere = {
  AND?: Array<JurisdictionResourcesFrameworkConnectionWhere> | null | undefined;
  NOT?: JurisdictionResourcesFrameworkConnectionWhere | null | undefined;
  OR?: Array<JurisdictionResourcesFrameworkConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: FrameworkWhere | null | undefined;
};

export type JurisdictionResourcesResourceConnectionWhere = {
  AND?: Array<JurisdictionResourcesResourceConnectionWhere> | null | undefined;
  NOT?: JurisdictionResourcesResourceConnectionWhere | null | undefined;
  OR?: Array<JurisdictionResourcesResourceConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type JurisdictionUpdateInput = {
  aliases?: ListStringMutations | null | undefined;
  createdAt?: DateTimeScalarMutations | null | undefined;
  createdBy?: StringScalarMutations | null | undefined;
  generalKnowledge?: ListStringMutations | null | undefined;
  name?: StringScalarMutations | null | undefined;
  referencedBy?: Array<JurisdictionReferencedByUpdateFieldInput> | null | undefined;
  summary?: StringScalarMutations | null | undefined;
};

export type JurisdictionWhere = {
  AND?: Array<JurisdictionWhere> | null | undefined;
  NOT?: JurisdictionWhere | null | undefined;
  OR?: Array<JurisdictionWhere> | null | undefined;
  aliases?: StringListFilters | null | undefined;
  createdAt?: DateTimeScalarFilters | null | undefined;
  createdBy?: StringScalarFilters | null | undefined;
  developedHere?: LineageTargetRelationshipFilters | null | undefined;
  developedHereConnection?: JurisdictionDevelopedHereConnectionFilters | null | undefined;
  generalKnowledge?: StringListFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  referencedBy?: ResourceRelationshipFilters | null | undefined;
  referencedByConnection?: JurisdictionReferencedByConnectionFilters | null | undefined;
  resources?: LineageTargetRelationshipFilters | null | undefined;
  resourcesConnection?: JurisdictionResourcesConnectionFilters | null | undefined;
  summary?: StringScalarFilters | null | undefined;
  updatedAt?: DateTimeScalarFilters | null | undefined;
  updatedBy?: StringScalarFilters | null | undefined;
};

export type LegislationCompliantResourcesConnectionAggregateInput = {
  AND?: Array<LegislationCompliantResourcesConnectionAggregateInput> | null | undefined;
  NOT?: LegislationCompliantResourcesConnectionAggregateInput | null | undefined;
  OR?: Array<LegislationCompliantResourcesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: LegislationCompliantResourcesNodeAggregationWhereInput | null | undefined;
};

export type LegislationCompliantResourcesConnectionFilters = {
  /** Filter Legislations by aggregating results on related LegislationCompliantResourcesConnections */
  aggregate?: LegislationCompliantResourcesConnectionAggregateInput | null | undefined;
  /** Return Legislations where all of the related LegislationCompliantResourcesConnections match this filter */
  all?: LegislationCompliantResourcesConnectionWhere | null | undefined;
  /** Return Legislations where none of the related LegislationCompliantResourcesConnections match this filter */
  none?: LegislationCompliantResourcesConnectionWhere | null | undefined;
  /** Return Legislations where one of the related LegislationCompliantResourcesConnections match this filter */
  single?: LegislationCompliantResourcesConnectionWhere | null | undefined;
  /** Return Legislations where some of the related LegislationCompliantResourcesConnections match this filter */
  some?: LegislationCompliantResourcesConnectionWhere | null | undefined;
};

export type LegislationCompliantResourcesConnectionWhere = {
  AND?: Array<LegislationCompliantResourcesConnectionWhere> | null | undefined;
  NOT?: LegislationCompliantResourcesConnectionWhere | null | undefined;
  OR?: Array<LegislationCompliantResourcesConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type LegislationCompliantResourcesNodeAggregationWhereInput = {
  AND?: Array<LegislationCompliantResourcesNodeAggregationWhereInput> | null | undefined;
  NOT?: LegislationCompliantResourcesNodeAggregationWhereInput | null | undefined;
  OR?: Array<LegislationCompliantResourcesNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  url?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type LegislationConnectInput = {
  referencedBy?: Array<LegislationReferencedByConnectFieldInput> | null | undefined;
};

export type LegislationConnectWhere = {
  node: LegislationWhere;
};

export type LegislationCreateInput = {
  aliases?: Array<string> | null | undefined;
  generalKnowledge?: Array<string> | null | undefined;
  id: string;
  name: string;
  referencedBy?: LegislationReferencedByFieldInput | null | undefined;
  summary?: string | null | undefined;
  year?: number | null | undefined;
};

export type LegislationDisconnectInput = {
  referencedBy?: Array<LegislationReferencedByDisconnectFieldInput> | null | undefined;
};

export type LegislationReferencedByConnectFieldInput = {
  connect?: Array<ResourceConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: ResourceConnectWhere | null | undefined;
};

export type LegislationReferencedByConnectionAggregateInput = {
  AND?: Array<LegislationReferencedByConnectionAggregateInput> | null | undefined;
  NOT?: LegislationReferencedByConnectionAggregateInput | null | undefined;
  OR?: Array<LegislationReferencedByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: LegislationReferencedByNodeAggregationWhereInput | null | undefined;
};

export type LegislationReferencedByConnectionFilters = {
  /** Filter Legislations by aggregating results on related LegislationReferencedByConnections */
  aggregate?: LegislationReferencedByConnectionAggregateInput | null | undefined;
  /** Return Legislations where all of the related LegislationReferencedByConnections match this filter */
  all?: LegislationReferencedByConnectionWhere | null | undefined;
  /** Return Legislations where none of the related LegislationReferencedByConnections match this filter */
  none?: LegislationReferencedByConnectionWhere | null | undefined;
  /** Return Legislations where one of the related LegislationReferencedByConnections match this filter */
  single?: LegislationReferencedByConnectionWhere | null | undefined;
  /** Return Legislations where some of the related LegislationReferencedByConnections match this filter */
  some?: LegislationReferencedByConnectionWhere | null | undefined;
};

export type LegislationReferencedByConnectionWhere = {
  AND?: Array<LegislationReferencedByConnectionWhere> | null | undefined;
  NOT?: LegislationReferencedByConnectionWhere | null | undefined;
  OR?: Array<LegislationReferencedByConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type LegislationReferencedByDisconnectFieldInput = {
  disconnect?: ResourceDisconnectInput | null | undefined;
  where?: LegislationReferencedByConnectionWhere | null | undefined;
};

export type LegislationReferencedByFieldInput = {
  connect?: Array<LegislationReferencedByConnectFieldInput> | null | undefined;
};

export type LegislationReferencedByNodeAggregationWhereInput = {
  AND?: Array<LegislationReferencedByNodeAggregationWhereInput> | null | undefined;
  NOT?: LegislationReferencedByNodeAggregationWhereInput | null | undefined;
  OR?: Array<LegislationReferencedByNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  url?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type LegislationReferencedByUpdateFieldInput = {
  connect?: Array<LegislationReferencedByConnectFieldInput> | null | undefined;
  disconnect?: Array<LegislationReferencedByDisconnectFieldInput> | null | undefined;
};

export type LegislationRelationshipFilters = {
  /** Filter type where all of the related Legislations match this filter */
  all?: LegislationWhere | null | undefined;
  /** Filter type where none of the related Legislations match this filter */
  none?: LegislationWhere | null | undefined;
  /** Filter type where one of the related Legislations match this filter */
  single?: LegislationWhere | null | undefined;
  /** Filter type where some of the related Legislations match this filter */
  some?: LegislationWhere | null | undefined;
};

export type LegislationUpdateInput = {
  aliases?: ListStringMutations | null | undefined;
  createdAt?: DateTimeScalarMutations | null | undefined;
  createdBy?: StringScalarMutations | null | undefined;
  generalKnowledge?: ListStringMutations | null | undefined;
  name?: StringScalarMutations | null | undefined;
  referencedBy?: Array<LegislationReferencedByUpdateFieldInput> | null | undefined;
  summary?: StringScalarMutations | null | undefined;
  year?: IntScalarMutations | null | undefined;
};

export type LegislationWhere = {
  AND?: Array<LegislationWhere> | null | undefined;
  NOT?: LegislationWhere | null | undefined;
  OR?: Array<LegislationWhere> | null | undefined;
  aliases?: StringListFilters | null | undefined;
  compliantResources?: ResourceRelationshipFilters | null | undefined;
  compliantResourcesConnection?: LegislationCompliantResourcesConnectionFilters | null | undefined;
  createdAt?: DateTimeScalarFilters | null | undefined;
  createdBy?: StringScalarFilters | null | undefined;
  generalKnowledge?: StringListFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  referencedBy?: ResourceRelationshipFilters | null | undefined;
  referencedByConnection?: LegislationReferencedByConnectionFilters | null | undefined;
  summary?: StringScalarFilters | null | undefined;
  updatedAt?: DateTimeScalarFilters | null | undefined;
  updatedBy?: StringScalarFilters | null | undefined;
  year?: IntScalarFilters | null | undefined;
};

/** Which way to follow DERIVES_FROM edges from the focus node. */
export const LineageDirection = {
  /** Everything that (transitively) derives from the focus node. */
  Downstream: 'DOWNSTREAM',
  /** Everything the focus node (transitively) derives from. */
  Upstream: 'UPSTREAM'
} as const;

export type LineageDirection = typeof LineageDirection[keyof typeof LineageDirection];
export type LineageTargetRelationshipFilters = {
  /** Filter type where all of the related LineageTargets match this filter */
  all?: LineageTargetWhere | null | undefined;
  /** Filter type where none of the related LineageTargets match this filter */
  none?: LineageTargetWhere | null | undefined;
  /** Filter type where one of the related LineageTargets match this filter */
  single?: LineageTargetWhere | null | undefined;
  /** Filter type where some of the related LineageTargets match this filter */
  some?: LineageTargetWhere | null | undefined;
};

export type LineageTargetWhere = {
  Framework?: FrameworkWhere | null | undefined;
  Resource?: ResourceWhere | null | undefined;
};

/** A link for a resource already in the graph, as a visitor knows it. */
export type LinkSuggestionInput = {
  /** An e-mail address or other way to reach you, at most 200 characters; only curators see it. */
  contact?: string | null | undefined;
  /** The resource the link is for. */
  resourceId: string;
  /** An http(s) link, at most 500 characters. */
  url: string;
};

/** Mutations for a list for String */
export type ListStringMutations = {
  pop?: number | null | undefined;
  push?: Array<string> | null | undefined;
  set?: Array<string> | null | undefined;
};

/** The kind of entity a graph node stands for; one per Neo4j label. */
export const NodeType = {
  /** Who a resource is for: practitioners, families and carers, school staff, … */
  Audience: 'AUDIENCE',
  /** An approach or model such as the Six Core Strategies or the HOPE model. */
  Framework: 'FRAMEWORK',
  /** Where a resource applies: UK, England, Wales, Scotland, USA, … */
  Jurisdiction: 'JURISDICTION',
  /** An Act such as the Mental Health Units (Use of Force) Act 2018. */
  Legislation: 'LEGISLATION',
  /** A charity, NHS trust, regulator, government body, university, network or other organisation. */
  Organisation: 'ORGANISATION',
  /** An adult named in a public or professional role. */
  Person: 'PERSON',
  /** A toolkit, guidance document, standard, report, film, podcast or other resource. */
  Resource: 'RESOURCE',
  /** A type of restraint: physical, mechanical, chemical, psychological, environmental, seclusion, … */
  RestraintType: 'RESTRAINT_TYPE',
  /** A care or education setting, such as schools or mental health inpatient services. */
  Setting: 'SETTING'
} as const;

export type NodeType = typeof NodeType[keyof typeof NodeType];
export type OrganisationCommissionedConnectionAggregateInput = {
  AND?: Array<OrganisationCommissionedConnectionAggregateInput> | null | undefined;
  NOT?: OrganisationCommissionedConnectionAggregateInput | null | undefined;
  OR?: Array<OrganisationCommissionedConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: OrganisationCommissionedNodeAggregationWhereInput | null | undefined;
};

export type OrganisationCommissionedConnectionFilters = {
  /** Filter Organisations by aggregating results on related OrganisationCommissionedConnections */
  aggregate?: OrganisationCommissionedConnectionAggregateInput | null | undefined;
  /** Return Organisations where all of the related OrganisationCommissionedConnections match this filter */
  all?: OrganisationCommissionedConnectionWhere | null | undefined;
  /** Return Organisations where none of the related OrganisationCommissionedConnections match this filter */
  none?: OrganisationCommissionedConnectionWhere | null | undefined;
  /** Return Organisations where one of the related OrganisationCommissionedConnections match this filter */
  single?: OrganisationCommissionedConnectionWhere | null | undefined;
  /** Return Organisations where some of the related OrganisationCommissionedConnections match this filter */
  some?: OrganisationCommissionedConnectionWhere | null | undefined;
};

export type OrganisationCommissionedConnectionWhere = {
  AND?: Array<OrganisationCommissionedConnectionWhere> | null | undefined;
  NOT?: OrganisationCommissionedConnectionWhere | null | undefined;
  OR?: Array<OrganisationCommissionedConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type OrganisationCommissionedNodeAggregationWhereInput = {
  AND?: Array<OrganisationCommissionedNodeAggregationWhereInput> | null | undefined;
  NOT?: OrganisationCommissionedNodeAggregationWhereInput | null | undefined;
  OR?: Array<OrganisationCommissionedNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  url?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type OrganisationConnectInput = {
  fundedBy?: Array<OrganisationFundedByConnectFieldInput> | null | undefined;
  partOf?: Array<OrganisationPartOfConnectFieldInput> | null | undefined;
};

export type OrganisationConnectWhere = {
  node: OrganisationWhere;
};

export type OrganisationCreateInput = {
  aliases?: Array<string> | null | undefined;
  country?: string | null | undefined;
  fundedBy?: OrganisationFundedByFieldInput | null | undefined;
  generalKnowledge?: Array<string> | null | undefined;
  id: string;
  kind?: string | null | undefined;
  name: string;
  partOf?: OrganisationPartOfFieldInput | null | undefined;
  summary?: string | null | undefined;
};

export type OrganisationDevelopedWithConnectionAggregateInput = {
  AND?: Array<OrganisationDevelopedWithConnectionAggregateInput> | null | undefined;
  NOT?: OrganisationDevelopedWithConnectionAggregateInput | null | undefined;
  OR?: Array<OrganisationDevelopedWithConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: OrganisationDevelopedWithNodeAggregationWhereInput | null | undefined;
};

export type OrganisationDevelopedWithConnectionFilters = {
  /** Filter Organisations by aggregating results on related OrganisationDevelopedWithConnections */
  aggregate?: OrganisationDevelopedWithConnectionAggregateInput | null | undefined;
  /** Return Organisations where all of the related OrganisationDevelopedWithConnections match this filter */
  all?: OrganisationDevelopedWithConnectionWhere | null | undefined;
  /** Return Organisations where none of the related OrganisationDevelopedWithConnections match this filter */
  none?: OrganisationDevelopedWithConnectionWhere | null | undefined;
  /** Return Organisations where one of the related OrganisationDevelopedWithConnections match this filter */
  single?: OrganisationDevelopedWithConnectionWhere | null | undefined;
  /** Return Organisations where some of the related OrganisationDevelopedWithConnections match this filter */
  some?: OrganisationDevelopedWithConnectionWhere | null | undefined;
};

export type OrganisationDevelopedWithConnectionWhere = {
  AND?: Array<OrganisationDevelopedWithConnectionWhere> | null | undefined;
  NOT?: OrganisationDevelopedWithConnectionWhere | null | undefined;
  OR?: Array<OrganisationDevelopedWithConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type OrganisationDevelopedWithNodeAggregationWhereInput = {
  AND?: Array<OrganisationDevelopedWithNodeAggregationWhereInput> | null | undefined;
  NOT?: OrganisationDevelopedWithNodeAggregationWhereInput | null | undefined;
  OR?: Array<OrganisationDevelopedWithNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  url?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type OrganisationDisconnectInput = {
  fundedBy?: Array<OrganisationFundedByDisconnectFieldInput> | null | undefined;
  partOf?: Array<OrganisationPartOfDisconnectFieldInput> | null | undefined;
};

export type OrganisationFrameworksDevelopedConnectionAggregateInput = {
  AND?: Array<OrganisationFrameworksDevelopedConnectionAggregateInput> | null | undefined;
  NOT?: OrganisationFrameworksDevelopedConnectionAggregateInput | null | undefined;
  OR?: Array<OrganisationFrameworksDevelopedConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: OrganisationFrameworksDevelopedNodeAggregationWhereInput | null | undefined;
};

export type OrganisationFrameworksDevelopedConnectionFilters = {
  /** Filter Organisations by aggregating results on related OrganisationFrameworksDevelopedConnections */
  aggregate?: OrganisationFrameworksDevelopedConnectionAggregateInput | null | undefined;
  /** Return Organisations where all of the related OrganisationFrameworksDevelopedConnections match this filter */
  all?: OrganisationFrameworksDevelopedConnectionWhere | null | undefined;
  /** Return Organisations where none of the related OrganisationFrameworksDevelopedConnections match this filter */
  none?: OrganisationFrameworksDevelopedConnectionWhere | null | undefined;
  /** Return Organisations where one of the related OrganisationFrameworksDevelopedConnections match this filter */
  single?: OrganisationFrameworksDevelopedConnectionWhere | null | undefined;
  /** Return Organisations where some of the related OrganisationFrameworksDevelopedConnections match this filter */
  some?: OrganisationFrameworksDevelopedConnectionWhere | null | undefined;
};

export type OrganisationFrameworksDevelopedConnectionWhere = {
  AND?: Array<OrganisationFrameworksDevelopedConnectionWhere> | null | undefined;
  NOT?: OrganisationFrameworksDevelopedConnectionWhere | null | undefined;
  OR?: Array<OrganisationFrameworksDevelopedConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: FrameworkWhere | null | undefined;
};

export type OrganisationFrameworksDevelopedNodeAggregationWhereInput = {
  AND?: Array<OrganisationFrameworksDevelopedNodeAggregationWhereInput> | null | undefined;
  NOT?: OrganisationFrameworksDevelopedNodeAggregationWhereInput | null | undefined;
  OR?: Array<OrganisationFrameworksDevelopedNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  origin?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
};

export type OrganisationFundedByConnectFieldInput = {
  connect?: Array<OrganisationConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: OrganisationConnectWhere | null | undefined;
};

export type OrganisationFundedByConnectionAggregateInput = {
  AND?: Array<OrganisationFundedByConnectionAggregateInput> | null | undefined;
  NOT?: OrganisationFundedByConnectionAggregateInput | null | undefined;
  OR?: Array<OrganisationFundedByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: OrganisationFundedByNodeAggregationWhereInput | null | undefined;
};

export type OrganisationFundedByConnectionFilters = {
  /** Filter Organisations by aggregating results on related OrganisationFundedByConnections */
  aggregate?: OrganisationFundedByConnectionAggregateInput | null | undefined;
  /** Return Organisations where all of the related OrganisationFundedByConnections match this filter */
  all?: OrganisationFundedByConnectionWhere | null | undefined;
  /** Return Organisations where none of the related OrganisationFundedByConnections match this filter */
  none?: OrganisationFundedByConnectionWhere | null | undefined;
  /** Return Organisations where one of the related OrganisationFundedByConnections match this filter */
  single?: OrganisationFundedByConnectionWhere | null | undefined;
  /** Return Organisations where some of the related OrganisationFundedByConnections match this filter */
  some?: OrganisationFundedByConnectionWhere | null | undefined;
};

export type OrganisationFundedByConnectionWhere = {
  AND?: Array<OrganisationFundedByConnectionWhere> | null | undefined;
  NOT?: OrganisationFundedByConnectionWhere | null | undefined;
  OR?: Array<OrganisationFundedByConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: OrganisationWhere | null | undefined;
};

export type OrganisationFundedByDisconnectFieldInput = {
  disconnect?: OrganisationDisconnectInput | null | undefined;
  where?: OrganisationFundedByConnectionWhere | null | undefined;
};

export type OrganisationFundedByFieldInput = {
  connect?: Array<OrganisationFundedByConnectFieldInput> | null | undefined;
};

export type OrganisationFundedByNodeAggregationWhereInput = {
  AND?: Array<OrganisationFundedByNodeAggregationWhereInput> | null | undefined;
  NOT?: OrganisationFundedByNodeAggregationWhereInput | null | undefined;
  OR?: Array<OrganisationFundedByNodeAggregationWhereInput> | null | undefined;
  country?: StringScalarAggregationFilters | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
};

export type OrganisationFundedByUpdateFieldInput = {
  connect?: Array<OrganisationFundedByConnectFieldInput> | null | undefined;
  disconnect?: Array<OrganisationFundedByDisconnectFieldInput> | null | undefined;
};

export type OrganisationFundsConnectionAggregateInput = {
  AND?: Array<OrganisationFundsConnectionAggregateInput> | null | undefined;
  NOT?: OrganisationFundsConnectionAggregateInput | null | undefined;
  OR?: Array<OrganisationFundsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: OrganisationFundsNodeAggregationWhereInput | null | undefined;
};

export type OrganisationFundsConnectionFilters = {
  /** Filter Organisations by aggregating results on related OrganisationFundsConnections */
  aggregate?: OrganisationFundsConnectionAggregateInput | null | undefined;
  /** Return Organisations where all of the related OrganisationFundsConnections match this filter */
  all?: OrganisationFundsConnectionWhere | null | undefined;
  /** Return Organisations where none of the related OrganisationFundsConnections match this filter */
  none?: OrganisationFundsConnectionWhere | null | undefined;
  /** Return Organisations where one of the related OrganisationFundsConnections match this filter */
  single?: OrganisationFundsConnectionWhere | null | undefined;
  /** Return Organisations where some of the related OrganisationFundsConnections match this filter */
  some?: OrganisationFundsConnectionWhere | null | undefined;
};

export type OrganisationFundsConnectionWhere = {
  AND?: Array<OrganisationFundsConnectionWhere> | null | undefined;
  NOT?: OrganisationFundsConnectionWhere | null | undefined;
  OR?: Array<OrganisationFundsConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: OrganisationWhere | null | undefined;
};

export type OrganisationFundsNodeAggregationWhereInput = {
  AND?: Array<OrganisationFundsNodeAggregationWhereInput> | null | undefined;
  NOT?: OrganisationFundsNodeAggregationWhereInput | null | undefined;
  OR?: Array<OrganisationFundsNodeAggregationWhereInput> | null | undefined;
  country?: StringScalarAggregationFilters | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
};

export type OrganisationPartOfConnectFieldInput = {
  connect?: Array<OrganisationConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: OrganisationConnectWhere | null | undefined;
};

export type OrganisationPartOfConnectionAggregateInput = {
  AND?: Array<OrganisationPartOfConnectionAggregateInput> | null | undefined;
  NOT?: OrganisationPartOfConnectionAggregateInput | null | undefined;
  OR?: Array<OrganisationPartOfConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: OrganisationPartOfNodeAggregationWhereInput | null | undefined;
};

export type OrganisationPartOfConnectionFilters = {
  /** Filter Organisations by aggregating results on related OrganisationPartOfConnections */
  aggregate?: OrganisationPartOfConnectionAggregateInput | null | undefined;
  /** Return Organisations where all of the related OrganisationPartOfConnections match this filter */
  all?: OrganisationPartOfConnectionWhere | null | undefined;
  /** Return Organisations where none of the related OrganisationPartOfConnections match this filter */
  none?: OrganisationPartOfConnectionWhere | null | undefined;
  /** Return Organisations where one of the related OrganisationPartOfConnections match this filter */
  single?: OrganisationPartOfConnectionWhere | null | undefined;
  /** Return Organisations where some of the related OrganisationPartOfConnections match this filter */
  some?: OrganisationPartOfConnectionWhere | null | undefined;
};

export type OrganisationPartOfConnectionWhere = {
  AND?: Array<OrganisationPartOfConnectionWhere> | null | undefined;
  NOT?: OrganisationPartOfConnectionWhere | null | undefined;
  OR?: Array<OrganisationPartOfConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: OrganisationWhere | null | undefined;
};

export type OrganisationPartOfDisconnectFieldInput = {
  disconnect?: OrganisationDisconnectInput | null | undefined;
  where?: OrganisationPartOfConnectionWhere | null | undefined;
};

export type OrganisationPartOfFieldInput = {
  connect?: Array<OrganisationPartOfConnectFieldInput> | null | undefined;
};

export type OrganisationPartOfNodeAggregationWhereInput = {
  AND?: Array<OrganisationPartOfNodeAggregationWhereInput> | null | undefined;
  NOT?: OrganisationPartOfNodeAggregationWhereInput | null | undefined;
  OR?: Array<OrganisationPartOfNodeAggregationWhereInput> | null | undefined;
  country?: StringScalarAggregationFilters | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
};

export type OrganisationPartOfUpdateFieldInput = {
  connect?: Array<OrganisationPartOfConnectFieldInput> | null | undefined;
  disconnect?: Array<OrganisationPartOfDisconnectFieldInput> | null | undefined;
};

export type OrganisationPartsConnectionAggregateInput = {
  AND?: Array<OrganisationPartsConnectionAggregateInput> | null | undefined;
  NOT?: OrganisationPartsConnectionAggregateInput | null | undefined;
  OR?: Array<OrganisationPartsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: OrganisationPartsNodeAggregationWhereInput | null | undefined;
};

export type OrganisationPartsConnectionFilters = {
  /** Filter Organisations by aggregating results on related OrganisationPartsConnections */
  aggregate?: OrganisationPartsConnectionAggregateInput | null | undefined;
  /** Return Organisations where all of the related OrganisationPartsConnections match this filter */
  all?: OrganisationPartsConnectionWhere | null | undefined;
  /** Return Organisations where none of the related OrganisationPartsConnections match this filter */
  none?: OrganisationPartsConnectionWhere | null | undefined;
  /** Return Organisations where one of the related OrganisationPartsConnections match this filter */
  single?: OrganisationPartsConnectionWhere | null | undefined;
  /** Return Organisations where some of the related OrganisationPartsConnections match this filter */
  some?: OrganisationPartsConnectionWhere | null | undefined;
};

export type OrganisationPartsConnectionWhere = {
  AND?: Array<OrganisationPartsConnectionWhere> | null | undefined;
  NOT?: OrganisationPartsConnectionWhere | null | undefined;
  OR?: Array<OrganisationPartsConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: OrganisationWhere | null | undefined;
};

export type OrganisationPartsNodeAggregationWhereInput = {
  AND?: Array<OrganisationPartsNodeAggregationWhereInput> | null | undefined;
  NOT?: OrganisationPartsNodeAggregationWhereInput | null | undefined;
  OR?: Array<OrganisationPartsNodeAggregationWhereInput> | null | undefined;
  country?: StringScalarAggregationFilters | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
};

export type OrganisationPeopleConnectionAggregateInput = {
  AND?: Array<OrganisationPeopleConnectionAggregateInput> | null | undefined;
  NOT?: OrganisationPeopleConnectionAggregateInput | null | undefined;
  OR?: Array<OrganisationPeopleConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: OrganisationPeopleNodeAggregationWhereInput | null | undefined;
};

export type OrganisationPeopleConnectionFilters = {
  /** Filter Organisations by aggregating results on related OrganisationPeopleConnections */
  aggregate?: OrganisationPeopleConnectionAggregateInput | null | undefined;
  /** Return Organisations where all of the related OrganisationPeopleConnections match this filter */
  all?: OrganisationPeopleConnectionWhere | null | undefined;
  /** Return Organisations where none of the related OrganisationPeopleConnections match this filter */
  none?: OrganisationPeopleConnectionWhere | null | undefined;
  /** Return Organisations where one of the related OrganisationPeopleConnections match this filter */
  single?: OrganisationPeopleConnectionWhere | null | undefined;
  /** Return Organisations where some of the related OrganisationPeopleConnections match this filter */
  some?: OrganisationPeopleConnectionWhere | null | undefined;
};

export type OrganisationPeopleConnectionWhere = {
  AND?: Array<OrganisationPeopleConnectionWhere> | null | undefined;
  NOT?: OrganisationPeopleConnectionWhere | null | undefined;
  OR?: Array<OrganisationPeopleConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: PersonWhere | null | undefined;
};

export type OrganisationPeopleNodeAggregationWhereInput = {
  AND?: Array<OrganisationPeopleNodeAggregationWhereInput> | null | undefined;
  NOT?: OrganisationPeopleNodeAggregationWhereInput | null | undefined;
  OR?: Array<OrganisationPeopleNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  role?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
};

export type OrganisationPublishedConnectionAggregateInput = {
  AND?: Array<OrganisationPublishedConnectionAggregateInput> | null | undefined;
  NOT?: OrganisationPublishedConnectionAggregateInput | null | undefined;
  OR?: Array<OrganisationPublishedConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: OrganisationPublishedNodeAggregationWhereInput | null | undefined;
};

export type OrganisationPublishedConnectionFilters = {
  /** Filter Organisations by aggregating results on related OrganisationPublishedConnections */
  aggregate?: OrganisationPublishedConnectionAggregateInput | null | undefined;
  /** Return Organisations where all of the related OrganisationPublishedConnections match this filter */
  all?: OrganisationPublishedConnectionWhere | null | undefined;
  /** Return Organisations where none of the related OrganisationPublishedConnections match this filter */
  none?: OrganisationPublishedConnectionWhere | null | undefined;
  /** Return Organisations where one of the related OrganisationPublishedConnections match this filter */
  single?: OrganisationPublishedConnectionWhere | null | undefined;
  /** Return Organisations where some of the related OrganisationPublishedConnections match this filter */
  some?: OrganisationPublishedConnectionWhere | null | undefined;
};

export type OrganisationPublishedConnectionWhere = {
  AND?: Array<OrganisationPublishedConnectionWhere> | null | undefined;
  NOT?: OrganisationPublishedConnectionWhere | null | undefined;
  OR?: Array<OrganisationPublishedConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type OrganisationPublishedNodeAggregationWhereInput = {
  AND?: Array<OrganisationPublishedNodeAggregationWhereInput> | null | undefined;
  NOT?: OrganisationPublishedNodeAggregationWhereInput | null | undefined;
  OR?: Array<OrganisationPublishedNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  url?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type OrganisationReferencedByConnectionAggregateInput = {
  AND?: Array<OrganisationReferencedByConnectionAggregateInput> | null | undefined;
  NOT?: OrganisationReferencedByConnectionAggregateInput | null | undefined;
  OR?: Array<OrganisationReferencedByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: OrganisationReferencedByNodeAggregationWhereInput | null | undefined;
};

export type OrganisationReferencedByConnectionFilters = {
  /** Filter Organisations by aggregating results on related OrganisationReferencedByConnections */
  aggregate?: OrganisationReferencedByConnectionAggregateInput | null | undefined;
  /** Return Organisations where all of the related OrganisationReferencedByConnections match this filter */
  all?: OrganisationReferencedByConnectionWhere | null | undefined;
  /** Return Organisations where none of the related OrganisationReferencedByConnections match this filter */
  none?: OrganisationReferencedByConnectionWhere | null | undefined;
  /** Return Organisations where one of the related OrganisationReferencedByConnections match this filter */
  single?: OrganisationReferencedByConnectionWhere | null | undefined;
  /** Return Organisations where some of the related OrganisationReferencedByConnections match this filter */
  some?: OrganisationReferencedByConnectionWhere | null | undefined;
};

export type OrganisationReferencedByConnectionWhere = {
  AND?: Array<OrganisationReferencedByConnectionWhere> | null | undefined;
  NOT?: OrganisationReferencedByConnectionWhere | null | undefined;
  OR?: Array<OrganisationReferencedByConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type OrganisationReferencedByNodeAggregationWhereInput = {
  AND?: Array<OrganisationReferencedByNodeAggregationWhereInput> | null | undefined;
  NOT?: OrganisationReferencedByNodeAggregationWhereInput | null | undefined;
  OR?: Array<OrganisationReferencedByNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  url?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type OrganisationRelationshipFilters = {
  /** Filter type where all of the related Organisations match this filter */
  all?: OrganisationWhere | null | undefined;
  /** Filter type where none of the related Organisations match this filter */
  none?: OrganisationWhere | null | undefined;
  /** Filter type where one of the related Organisations match this filter */
  single?: OrganisationWhere | null | undefined;
  /** Filter type where some of the related Organisations match this filter */
  some?: OrganisationWhere | null | undefined;
};

export type OrganisationUpdateInput = {
  aliases?: ListStringMutations | null | undefined;
  country?: StringScalarMutations | null | undefined;
  createdAt?: DateTimeScalarMutations | null | undefined;
  createdBy?: StringScalarMutations | null | undefined;
  fundedBy?: Array<OrganisationFundedByUpdateFieldInput> | null | undefined;
  generalKnowledge?: ListStringMutations | null | undefined;
  kind?: StringScalarMutations | null | undefined;
  name?: StringScalarMutations | null | undefined;
  partOf?: Array<OrganisationPartOfUpdateFieldInput> | null | undefined;
  summary?: StringScalarMutations | null | undefined;
};

export type OrganisationWhere = {
  AND?: Array<OrganisationWhere> | null | undefined;
  NOT?: OrganisationWhere | null | undefined;
  OR?: Array<OrganisationWhere> | null | undefined;
  aliases?: StringListFilters | null | undefined;
  commissioned?: ResourceRelationshipFilters | null | undefined;
  commissionedConnection?: OrganisationCommissionedConnectionFilters | null | undefined;
  country?: StringScalarFilters | null | undefined;
  createdAt?: DateTimeScalarFilters | null | undefined;
  createdBy?: StringScalarFilters | null | undefined;
  developedWith?: ResourceRelationshipFilters | null | undefined;
  developedWithConnection?: OrganisationDevelopedWithConnectionFilters | null | undefined;
  frameworksDeveloped?: FrameworkRelationshipFilters | null | undefined;
  frameworksDevelopedConnection?: OrganisationFrameworksDevelopedConnectionFilters | null | undefined;
  fundedBy?: OrganisationRelationshipFilters | null | undefined;
  fundedByConnection?: OrganisationFundedByConnectionFilters | null | undefined;
  funds?: OrganisationRelationshipFilters | null | undefined;
  fundsConnection?: OrganisationFundsConnectionFilters | null | undefined;
  generalKnowledge?: StringListFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  kind?: StringScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  partOf?: OrganisationRelationshipFilters | null | undefined;
  partOfConnection?: OrganisationPartOfConnectionFilters | null | undefined;
  parts?: OrganisationRelationshipFilters | null | undefined;
  partsConnection?: OrganisationPartsConnectionFilters | null | undefined;
  people?: PersonRelationshipFilters | null | undefined;
  peopleConnection?: OrganisationPeopleConnectionFilters | null | undefined;
  published?: ResourceRelationshipFilters | null | undefined;
  publishedConnection?: OrganisationPublishedConnectionFilters | null | undefined;
  referencedBy?: ResourceRelationshipFilters | null | undefined;
  referencedByConnection?: OrganisationReferencedByConnectionFilters | null | undefined;
  summary?: StringScalarFilters | null | undefined;
  updatedAt?: DateTimeScalarFilters | null | undefined;
  updatedBy?: StringScalarFilters | null | undefined;
};

export type PersonAffiliatedWithConnectFieldInput = {
  connect?: Array<OrganisationConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: OrganisationConnectWhere | null | undefined;
};

export type PersonAffiliatedWithConnectionAggregateInput = {
  AND?: Array<PersonAffiliatedWithConnectionAggregateInput> | null | undefined;
  NOT?: PersonAffiliatedWithConnectionAggregateInput | null | undefined;
  OR?: Array<PersonAffiliatedWithConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: PersonAffiliatedWithNodeAggregationWhereInput | null | undefined;
};

export type PersonAffiliatedWithConnectionFilters = {
  /** Filter People by aggregating results on related PersonAffiliatedWithConnections */
  aggregate?: PersonAffiliatedWithConnectionAggregateInput | null | undefined;
  /** Return People where all of the related PersonAffiliatedWithConnections match this filter */
  all?: PersonAffiliatedWithConnectionWhere | null | undefined;
  /** Return People where none of the related PersonAffiliatedWithConnections match this filter */
  none?: PersonAffiliatedWithConnectionWhere | null | undefined;
  /** Return People where one of the related PersonAffiliatedWithConnections match this filter */
  single?: PersonAffiliatedWithConnectionWhere | null | undefined;
  /** Return People where some of the related PersonAffiliatedWithConnections match this filter */
  some?: PersonAffiliatedWithConnectionWhere | null | undefined;
};

export type PersonAffiliatedWithConnectionWhere = {
  AND?: Array<PersonAffiliatedWithConnectionWhere> | null | undefined;
  NOT?: PersonAffiliatedWithConnectionWhere | null | undefined;
  OR?: Array<PersonAffiliatedWithConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: OrganisationWhere | null | undefined;
};

export type PersonAffiliatedWithDisconnectFieldInput = {
  disconnect?: OrganisationDisconnectInput | null | undefined;
  where?: PersonAffiliatedWithConnectionWhere | null | undefined;
};

export type PersonAffiliatedWithFieldInput = {
  connect?: Array<PersonAffiliatedWithConnectFieldInput> | null | undefined;
};

export type PersonAffiliatedWithNodeAggregationWhereInput = {
  AND?: Array<PersonAffiliatedWithNodeAggregationWhereInput> | null | undefined;
  NOT?: PersonAffiliatedWithNodeAggregationWhereInput | null | undefined;
  OR?: Array<PersonAffiliatedWithNodeAggregationWhereInput> | null | undefined;
  country?: StringScalarAggregationFilters | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
};

export type PersonAffiliatedWithUpdateFieldInput = {
  connect?: Array<PersonAffiliatedWithConnectFieldInput> | null | undefined;
  disconnect?: Array<PersonAffiliatedWithDisconnectFieldInput> | null | undefined;
};

export type PersonConnectInput = {
  affiliatedWith?: Array<PersonAffiliatedWithConnectFieldInput> | null | undefined;
};

export type PersonConnectWhere = {
  node: PersonWhere;
};

export type PersonCreateInput = {
  affiliatedWith?: PersonAffiliatedWithFieldInput | null | undefined;
  aliases?: Array<string> | null | undefined;
  generalKnowledge?: Array<string> | null | undefined;
  id: string;
  name: string;
  role?: string | null | undefined;
  summary?: string | null | undefined;
};

export type PersonDevelopedWithConnectionAggregateInput = {
  AND?: Array<PersonDevelopedWithConnectionAggregateInput> | null | undefined;
  NOT?: PersonDevelopedWithConnectionAggregateInput | null | undefined;
  OR?: Array<PersonDevelopedWithConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: PersonDevelopedWithNodeAggregationWhereInput | null | undefined;
};

export type PersonDevelopedWithConnectionFilters = {
  /** Filter People by aggregating results on related PersonDevelopedWithConnections */
  aggregate?: PersonDevelopedWithConnectionAggregateInput | null | undefined;
  /** Return People where all of the related PersonDevelopedWithConnections match this filter */
  all?: PersonDevelopedWithConnectionWhere | null | undefined;
  /** Return People where none of the related PersonDevelopedWithConnections match this filter */
  none?: PersonDevelopedWithConnectionWhere | null | undefined;
  /** Return People where one of the related PersonDevelopedWithConnections match this filter */
  single?: PersonDevelopedWithConnectionWhere | null | undefined;
  /** Return People where some of the related PersonDevelopedWithConnections match this filter */
  some?: PersonDevelopedWithConnectionWhere | null | undefined;
};

export type PersonDevelopedWithConnectionWhere = {
  AND?: Array<PersonDevelopedWithConnectionWhere> | null | undefined;
  NOT?: PersonDevelopedWithConnectionWhere | null | undefined;
  OR?: Array<PersonDevelopedWithConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type PersonDevelopedWithNodeAggregationWhereInput = {
  AND?: Array<PersonDevelopedWithNodeAggregationWhereInput> | null | undefined;
  NOT?: PersonDevelopedWithNodeAggregationWhereInput | null | undefined;
  OR?: Array<PersonDevelopedWithNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  url?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type PersonDisconnectInput = {
  affiliatedWith?: Array<PersonAffiliatedWithDisconnectFieldInput> | null | undefined;
};

export type PersonFeaturedInConnectionAggregateInput = {
  AND?: Array<PersonFeaturedInConnectionAggregateInput> | null | undefined;
  NOT?: PersonFeaturedInConnectionAggregateInput | null | undefined;
  OR?: Array<PersonFeaturedInConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: PersonFeaturedInNodeAggregationWhereInput | null | undefined;
};

export type PersonFeaturedInConnectionFilters = {
  /** Filter People by aggregating results on related PersonFeaturedInConnections */
  aggregate?: PersonFeaturedInConnectionAggregateInput | null | undefined;
  /** Return People where all of the related PersonFeaturedInConnections match this filter */
  all?: PersonFeaturedInConnectionWhere | null | undefined;
  /** Return People where none of the related PersonFeaturedInConnections match this filter */
  none?: PersonFeaturedInConnectionWhere | null | undefined;
  /** Return People where one of the related PersonFeaturedInConnections match this filter */
  single?: PersonFeaturedInConnectionWhere | null | undefined;
  /** Return People where some of the related PersonFeaturedInConnections match this filter */
  some?: PersonFeaturedInConnectionWhere | null | undefined;
};

export type PersonFeaturedInConnectionWhere = {
  AND?: Array<PersonFeaturedInConnectionWhere> | null | undefined;
  NOT?: PersonFeaturedInConnectionWhere | null | undefined;
  OR?: Array<PersonFeaturedInConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type PersonFeaturedInNodeAggregationWhereInput = {
  AND?: Array<PersonFeaturedInNodeAggregationWhereInput> | null | undefined;
  NOT?: PersonFeaturedInNodeAggregationWhereInput | null | undefined;
  OR?: Array<PersonFeaturedInNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  url?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type PersonFrameworksDevelopedConnectionAggregateInput = {
  AND?: Array<PersonFrameworksDevelopedConnectionAggregateInput> | null | undefined;
  NOT?: PersonFrameworksDevelopedConnectionAggregateInput | null | undefined;
  OR?: Array<PersonFrameworksDevelopedConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: PersonFrameworksDevelopedNodeAggregationWhereInput | null | undefined;
};

export type PersonFrameworksDevelopedConnectionFilters = {
  /** Filter People by aggregating results on related PersonFrameworksDevelopedConnections */
  aggregate?: PersonFrameworksDevelopedConnectionAggregateInput | null | undefined;
  /** Return People where all of the related PersonFrameworksDevelopedConnections match this filter */
  all?: PersonFrameworksDevelopedConnectionWhere | null | undefined;
  /** Return People where none of the related PersonFrameworksDevelopedConnections match this filter */
  none?: PersonFrameworksDevelopedConnectionWhere | null | undefined;
  /** Return People where one of the related PersonFrameworksDevelopedConnections match this filter */
  single?: PersonFrameworksDevelopedConnectionWhere | null | undefined;
  /** Return People where some of the related PersonFrameworksDevelopedConnections match this filter */
  some?: PersonFrameworksDevelopedConnectionWhere | null | undefined;
};

export type PersonFrameworksDevelopedConnectionWhere = {
  AND?: Array<PersonFrameworksDevelopedConnectionWhere> | null | undefined;
  NOT?: PersonFrameworksDevelopedConnectionWhere | null | undefined;
  OR?: Array<PersonFrameworksDevelopedConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: FrameworkWhere | null | undefined;
};

export type PersonFrameworksDevelopedNodeAggregationWhereInput = {
  AND?: Array<PersonFrameworksDevelopedNodeAggregationWhereInput> | null | undefined;
  NOT?: PersonFrameworksDevelopedNodeAggregationWhereInput | null | undefined;
  OR?: Array<PersonFrameworksDevelopedNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  origin?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
};

export type PersonPublishedConnectionAggregateInput = {
  AND?: Array<PersonPublishedConnectionAggregateInput> | null | undefined;
  NOT?: PersonPublishedConnectionAggregateInput | null | undefined;
  OR?: Array<PersonPublishedConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: PersonPublishedNodeAggregationWhereInput | null | undefined;
};

export type PersonPublishedConnectionFilters = {
  /** Filter People by aggregating results on related PersonPublishedConnections */
  aggregate?: PersonPublishedConnectionAggregateInput | null | undefined;
  /** Return People where all of the related PersonPublishedConnections match this filter */
  all?: PersonPublishedConnectionWhere | null | undefined;
  /** Return People where none of the related PersonPublishedConnections match this filter */
  none?: PersonPublishedConnectionWhere | null | undefined;
  /** Return People where one of the related PersonPublishedConnections match this filter */
  single?: PersonPublishedConnectionWhere | null | undefined;
  /** Return People where some of the related PersonPublishedConnections match this filter */
  some?: PersonPublishedConnectionWhere | null | undefined;
};

export type PersonPublishedConnectionWhere = {
  AND?: Array<PersonPublishedConnectionWhere> | null | undefined;
  NOT?: PersonPublishedConnectionWhere | null | undefined;
  OR?: Array<PersonPublishedConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type PersonPublishedNodeAggregationWhereInput = {
  AND?: Array<PersonPublishedNodeAggregationWhereInput> | null | undefined;
  NOT?: PersonPublishedNodeAggregationWhereInput | null | undefined;
  OR?: Array<PersonPublishedNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  url?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type PersonReferencedByConnectionAggregateInput = {
  AND?: Array<PersonReferencedByConnectionAggregateInput> | null | undefined;
  NOT?: PersonReferencedByConnectionAggregateInput | null | undefined;
  OR?: Array<PersonReferencedByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: PersonReferencedByNodeAggregationWhereInput | null | undefined;
};

export type PersonReferencedByConnectionFilters = {
  /** Filter People by aggregating results on related PersonReferencedByConnections */
  aggregate?: PersonReferencedByConnectionAggregateInput | null | undefined;
  /** Return People where all of the related PersonReferencedByConnections match this filter */
  all?: PersonReferencedByConnectionWhere | null | undefined;
  /** Return People where none of the related PersonReferencedByConnections match this filter */
  none?: PersonReferencedByConnectionWhere | null | undefined;
  /** Return People where one of the related PersonReferencedByConnections match this filter */
  single?: PersonReferencedByConnectionWhere | null | undefined;
  /** Return People where some of the related PersonReferencedByConnections match this filter */
  some?: PersonReferencedByConnectionWhere | null | undefined;
};

export type PersonReferencedByConnectionWhere = {
  AND?: Array<PersonReferencedByConnectionWhere> | null | undefined;
  NOT?: PersonReferencedByConnectionWhere | null | undefined;
  OR?: Array<PersonReferencedByConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type PersonReferencedByNodeAggregationWhereInput = {
  AND?: Array<PersonReferencedByNodeAggregationWhereInput> | null | undefined;
  NOT?: PersonReferencedByNodeAggregationWhereInput | null | undefined;
  OR?: Array<PersonReferencedByNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  url?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type PersonRelationshipFilters = {
  /** Filter type where all of the related People match this filter */
  all?: PersonWhere | null | undefined;
  /** Filter type where none of the related People match this filter */
  none?: PersonWhere | null | undefined;
  /** Filter type where one of the related People match this filter */
  single?: PersonWhere | null | undefined;
  /** Filter type where some of the related People match this filter */
  some?: PersonWhere | null | undefined;
};

export type PersonUpdateInput = {
  affiliatedWith?: Array<PersonAffiliatedWithUpdateFieldInput> | null | undefined;
  aliases?: ListStringMutations | null | undefined;
  createdAt?: DateTimeScalarMutations | null | undefined;
  createdBy?: StringScalarMutations | null | undefined;
  generalKnowledge?: ListStringMutations | null | undefined;
  name?: StringScalarMutations | null | undefined;
  role?: StringScalarMutations | null | undefined;
  summary?: StringScalarMutations | null | undefined;
};

export type PersonWhere = {
  AND?: Array<PersonWhere> | null | undefined;
  NOT?: PersonWhere | null | undefined;
  OR?: Array<PersonWhere> | null | undefined;
  affiliatedWith?: OrganisationRelationshipFilters | null | undefined;
  affiliatedWithConnection?: PersonAffiliatedWithConnectionFilters | null | undefined;
  aliases?: StringListFilters | null | undefined;
  createdAt?: DateTimeScalarFilters | null | undefined;
  createdBy?: StringScalarFilters | null | undefined;
  developedWith?: ResourceRelationshipFilters | null | undefined;
  developedWithConnection?: PersonDevelopedWithConnectionFilters | null | undefined;
  featuredIn?: ResourceRelationshipFilters | null | undefined;
  featuredInConnection?: PersonFeaturedInConnectionFilters | null | undefined;
  frameworksDeveloped?: FrameworkRelationshipFilters | null | undefined;
  frameworksDevelopedConnection?: PersonFrameworksDevelopedConnectionFilters | null | undefined;
  generalKnowledge?: StringListFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  published?: ResourceRelationshipFilters | null | undefined;
  publishedConnection?: PersonPublishedConnectionFilters | null | undefined;
  referencedBy?: ResourceRelationshipFilters | null | undefined;
  referencedByConnection?: PersonReferencedByConnectionFilters | null | undefined;
  role?: StringScalarFilters | null | undefined;
  summary?: StringScalarFilters | null | undefined;
  updatedAt?: DateTimeScalarFilters | null | undefined;
  updatedBy?: StringScalarFilters | null | undefined;
};

export type ProvenanceAggregationWhereInput = {
  AND?: Array<ProvenanceAggregationWhereInput> | null | undefined;
  NOT?: ProvenanceAggregationWhereInput | null | undefined;
  OR?: Array<ProvenanceAggregationWhereInput> | null | undefined;
  evidence?: StringScalarAggregationFilters | null | undefined;
  reasoning?: StringScalarAggregationFilters | null | undefined;
  source?: StringScalarAggregationFilters | null | undefined;
};

export type ProvenanceCreateInput = {
  basis?: EvidenceBasis | null | undefined;
  evidence?: string | null | undefined;
  reasoning?: string | null | undefined;
  source?: string | null | undefined;
};

export type ProvenanceWhere = {
  AND?: Array<ProvenanceWhere> | null | undefined;
  NOT?: ProvenanceWhere | null | undefined;
  OR?: Array<ProvenanceWhere> | null | undefined;
  basis?: EvidenceBasisEnumScalarFilters | null | undefined;
  evidence?: StringScalarFilters | null | undefined;
  reasoning?: StringScalarFilters | null | undefined;
  source?: StringScalarFilters | null | undefined;
};

/** One relationship a curator adds or changes, named by its type and the ids of its ends, with the provenance every relationship carries. */
export type RelationshipInput = {
  /** How the evidence supports the relationship: GENERAL_KNOWLEDGE exactly when source is general-knowledge. */
  basis: EvidenceBasis;
  /** Short quote (at most 300 characters) that justifies the relationship. */
  evidence: string;
  /** id of the node the relationship starts from */
  from: string;
  /** For DERIVES_FROM (required there, refused elsewhere): how the resource derives. */
  how?: DerivationHow | null | undefined;
  /** INFERRED only (required there, refused elsewhere): why, in one line of at most 200 characters. */
  reasoning?: string | null | undefined;
  /** A URL or the title of the document the evidence comes from (general-knowledge for facts from outside any document). */
  source: string;
  /** id of the node it points to */
  to: string;
  type: RelationshipType;
};

/** Every type of relationship in the graph; each carries its evidence quote and source. */
export const RelationshipType = {
  /** The resource or framework is about this type of restraint. (Resource → RestraintType, Framework → RestraintType) */
  Addresses: 'ADDRESSES',
  /** The person works with or for the organisation. (Person → Organisation) */
  AffiliatedWith: 'AFFILIATED_WITH',
  /** The resource or framework applies in this jurisdiction. (Resource → Jurisdiction, Framework → Jurisdiction) */
  AppliesIn: 'APPLIES_IN',
  /** Paid for or asked for the resource. (Resource → Organisation) */
  CommissionedBy: 'COMMISSIONED_BY',
  /** The resource complies with this legislation. (Resource → Legislation) */
  CompliesWith: 'COMPLIES_WITH',
  /** The resource was made together with people from this group (co-production), not only for them. (Resource → Audience) */
  CoProducedWith: 'CO_PRODUCED_WITH',
  /** Lineage: the resource adapts, encompasses, implements, is based on or follows on from the target (`how`). (Resource → Framework, Resource → Resource) */
  DerivesFrom: 'DERIVES_FROM',
  /** The document that sets the framework out. (Resource → Framework) */
  Describes: 'DESCRIBES',
  /** Developed the framework. (Framework → Organisation, Framework → Person) */
  DevelopedBy: 'DEVELOPED_BY',
  /** The resource or framework was developed or produced in this jurisdiction (not necessarily where it applies). (Resource → Jurisdiction, Framework → Jurisdiction) */
  DevelopedIn: 'DEVELOPED_IN',
  /** A partner, co-producer or adapter of the resource. (Resource → Organisation, Resource → Person) */
  DevelopedWith: 'DEVELOPED_WITH',
  /** Studies the target's effect. (Resource → Resource, Resource → Framework) */
  Evaluates: 'EVALUATES',
  /** The resource features this person. (Resource → Person) */
  Features: 'FEATURES',
  /** The resource or framework is for this audience. (Resource → Audience, Framework → Audience) */
  ForAudience: 'FOR_AUDIENCE',
  /** The resource or framework is for, or used in, this setting. (Resource → Setting, Framework → Setting) */
  ForSetting: 'FOR_SETTING',
  /** The target pays for the organisation's work (a resource's funder is COMMISSIONED_BY). (Organisation → Organisation) */
  FundedBy: 'FUNDED_BY',
  /** Part of a larger resource (a tool within a set, a video of a conference), of a programme or initiative, or of an organisation. (Resource → Resource, Resource → Framework, Organisation → Organisation) */
  PartOf: 'PART_OF',
  /** Produced or published the resource. (Resource → Organisation, Resource → Person) */
  PublishedBy: 'PUBLISHED_BY',
  /** The resource mentions the target. (Resource → Resource, Resource → Organisation, Resource → Framework, Resource → RestraintType, Resource → Setting, Resource → Audience, Resource → Jurisdiction, Resource → Legislation, Resource → Person) */
  References: 'REFERENCES',
  /** Another version of the same work that neither replaces nor is replaced by the target, such as an editable copy (a later edition DERIVES_FROM it with how FOLLOWS_ON). (Resource → Resource) */
  VersionOf: 'VERSION_OF'
} as const;

export type RelationshipType = typeof RelationshipType[keyof typeof RelationshipType];
export type ResourceAddressesConnectFieldInput = {
  connect?: Array<RestraintTypeConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: RestraintTypeConnectWhere | null | undefined;
};

export type ResourceAddressesConnectionAggregateInput = {
  AND?: Array<ResourceAddressesConnectionAggregateInput> | null | undefined;
  NOT?: ResourceAddressesConnectionAggregateInput | null | undefined;
  OR?: Array<ResourceAddressesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: ResourceAddressesNodeAggregationWhereInput | null | undefined;
};

export type ResourceAddressesConnectionFilters = {
  /** Filter Resources by aggregating results on related ResourceAddressesConnections */
  aggregate?: ResourceAddressesConnectionAggregateInput | null | undefined;
  /** Return Resources where all of the related ResourceAddressesConnections match this filter */
  all?: ResourceAddressesConnectionWhere | null | undefined;
  /** Return Resources where none of the related ResourceAddressesConnections match this filter */
  none?: ResourceAddressesConnectionWhere | null | undefined;
  /** Return Resources where one of the related ResourceAddressesConnections match this filter */
  single?: ResourceAddressesConnectionWhere | null | undefined;
  /** Return Resources where some of the related ResourceAddressesConnections match this filter */
  some?: ResourceAddressesConnectionWhere | null | undefined;
};

export type ResourceAddressesConnectionWhere = {
  AND?: Array<ResourceAddressesConnectionWhere> | null | undefined;
  NOT?: ResourceAddressesConnectionWhere | null | undefined;
  OR?: Array<ResourceAddressesConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: RestraintTypeWhere | null | undefined;
};

export type ResourceAddressesDisconnectFieldInput = {
  disconnect?: RestraintTypeDisconnectInput | null | undefined;
  where?: ResourceAddressesConnectionWhere | null | undefined;
};

export type ResourceAddressesFieldInput = {
  connect?: Array<ResourceAddressesConnectFieldInput> | null | undefined;
};

export type ResourceAddressesNodeAggregationWhereInput = {
  AND?: Array<ResourceAddressesNodeAggregationWhereInput> | null | undefined;
  NOT?: ResourceAddressesNodeAggregationWhereInput | null | undefined;
  OR?: Array<ResourceAddressesNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  definition?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
};

export type ResourceAddressesUpdateFieldInput = {
  connect?: Array<ResourceAddressesConnectFieldInput> | null | undefined;
  disconnect?: Array<ResourceAddressesDisconnectFieldInput> | null | undefined;
};

export type ResourceAppliesInConnectFieldInput = {
  connect?: Array<JurisdictionConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: JurisdictionConnectWhere | null | undefined;
};

export type ResourceAppliesInConnectionAggregateInput = {
  AND?: Array<ResourceAppliesInConnectionAggregateInput> | null | undefined;
  NOT?: ResourceAppliesInConnectionAggregateInput | null | undefined;
  OR?: Array<ResourceAppliesInConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: ResourceAppliesInNodeAggregationWhereInput | null | undefined;
};

export type ResourceAppliesInConnectionFilters = {
  /** Filter Resources by aggregating results on related ResourceAppliesInConnections */
  aggregate?: ResourceAppliesInConnectionAggregateInput | null | undefined;
  /** Return Resources where all of the related ResourceAppliesInConnections match this filter */
  all?: ResourceAppliesInConnectionWhere | null | undefined;
  /** Return Resources where none of the related ResourceAppliesInConnections match this filter */
  none?: ResourceAppliesInConnectionWhere | null | undefined;
  /** Return Resources where one of the related ResourceAppliesInConnections match this filter */
  single?: ResourceAppliesInConnectionWhere | null | undefined;
  /** Return Resources where some of the related ResourceAppliesInConnections match this filter */
  some?: ResourceAppliesInConnectionWhere | null | undefined;
};

export type ResourceAppliesInConnectionWhere = {
  AND?: Array<ResourceAppliesInConnectionWhere> | null | undefined;
  NOT?: ResourceAppliesInConnectionWhere | null | undefined;
  OR?: Array<ResourceAppliesInConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: JurisdictionWhere | null | undefined;
};

export type ResourceAppliesInDisconnectFieldInput = {
  disconnect?: JurisdictionDisconnectInput | null | undefined;
  where?: ResourceAppliesInConnectionWhere | null | undefined;
};

export type ResourceAppliesInFieldInput = {
  connect?: Array<ResourceAppliesInConnectFieldInput> | null | undefined;
};

export type ResourceAppliesInNodeAggregationWhereInput = {
  AND?: Array<ResourceAppliesInNodeAggregationWhereInput> | null | undefined;
  NOT?: ResourceAppliesInNodeAggregationWhereInput | null | undefined;
  OR?: Array<ResourceAppliesInNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
};

export type ResourceAppliesInUpdateFieldInput = {
  connect?: Array<ResourceAppliesInConnectFieldInput> | null | undefined;
  disconnect?: Array<ResourceAppliesInDisconnectFieldInput> | null | undefined;
};

export type ResourceAudiencesConnectFieldInput = {
  connect?: Array<AudienceConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: AudienceConnectWhere | null | undefined;
};

export type ResourceAudiencesConnectionAggregateInput = {
  AND?: Array<ResourceAudiencesConnectionAggregateInput> | null | undefined;
  NOT?: ResourceAudiencesConnectionAggregateInput | null | undefined;
  OR?: Array<ResourceAudiencesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: ResourceAudiencesNodeAggregationWhereInput | null | undefined;
};

export type ResourceAudiencesConnectionFilters = {
  /** Filter Resources by aggregating results on related ResourceAudiencesConnections */
  aggregate?: ResourceAudiencesConnectionAggregateInput | null | undefined;
  /** Return Resources where all of the related ResourceAudiencesConnections match this filter */
  all?: ResourceAudiencesConnectionWhere | null | undefined;
  /** Return Resources where none of the related ResourceAudiencesConnections match this filter */
  none?: ResourceAudiencesConnectionWhere | null | undefined;
  /** Return Resources where one of the related ResourceAudiencesConnections match this filter */
  single?: ResourceAudiencesConnectionWhere | null | undefined;
  /** Return Resources where some of the related ResourceAudiencesConnections match this filter */
  some?: ResourceAudiencesConnectionWhere | null | undefined;
};

export type ResourceAudiencesConnectionWhere = {
  AND?: Array<ResourceAudiencesConnectionWhere> | null | undefined;
  NOT?: ResourceAudiencesConnectionWhere | null | undefined;
  OR?: Array<ResourceAudiencesConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: AudienceWhere | null | undefined;
};

export type ResourceAudiencesDisconnectFieldInput = {
  disconnect?: AudienceDisconnectInput | null | undefined;
  where?: ResourceAudiencesConnectionWhere | null | undefined;
};

export type ResourceAudiencesFieldInput = {
  connect?: Array<ResourceAudiencesConnectFieldInput> | null | undefined;
};

export type ResourceAudiencesNodeAggregationWhereInput = {
  AND?: Array<ResourceAudiencesNodeAggregationWhereInput> | null | undefined;
  NOT?: ResourceAudiencesNodeAggregationWhereInput | null | undefined;
  OR?: Array<ResourceAudiencesNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
};

export type ResourceAudiencesUpdateFieldInput = {
  connect?: Array<ResourceAudiencesConnectFieldInput> | null | undefined;
  disconnect?: Array<ResourceAudiencesDisconnectFieldInput> | null | undefined;
};

export type ResourceCoProducedWithConnectFieldInput = {
  connect?: Array<AudienceConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: AudienceConnectWhere | null | undefined;
};

export type ResourceCoProducedWithConnectionAggregateInput = {
  AND?: Array<ResourceCoProducedWithConnectionAggregateInput> | null | undefined;
  NOT?: ResourceCoProducedWithConnectionAggregateInput | null | undefined;
  OR?: Array<ResourceCoProducedWithConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: ResourceCoProducedWithNodeAggregationWhereInput | null | undefined;
};

export type ResourceCoProducedWithConnectionFilters = {
  /** Filter Resources by aggregating results on related ResourceCoProducedWithConnections */
  aggregate?: ResourceCoProducedWithConnectionAggregateInput | null | undefined;
  /** Return Resources where all of the related ResourceCoProducedWithConnections match this filter */
  all?: ResourceCoProducedWithConnectionWhere | null | undefined;
  /** Return Resources where none of the related ResourceCoProducedWithConnections match this filter */
  none?: ResourceCoProducedWithConnectionWhere | null | undefined;
  /** Return Resources where one of the related ResourceCoProducedWithConnections match this filter */
  single?: ResourceCoProducedWithConnectionWhere | null | undefined;
  /** Return Resources where some of the related ResourceCoProducedWithConnections match this filter */
  some?: ResourceCoProducedWithConnectionWhere | null | undefined;
};

export type ResourceCoProducedWithConnectionWhere = {
  AND?: Array<ResourceCoProducedWithConnectionWhere> | null | undefined;
  NOT?: ResourceCoProducedWithConnectionWhere | null | undefined;
  OR?: Array<ResourceCoProducedWithConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: AudienceWhere | null | undefined;
};

export type ResourceCoProducedWithDisconnectFieldInput = {
  disconnect?: AudienceDisconnectInput | null | undefined;
  where?: ResourceCoProducedWithConnectionWhere | null | undefined;
};

export type ResourceCoProducedWithFieldInput = {
  connect?: Array<ResourceCoProducedWithConnectFieldInput> | null | undefined;
};

export type ResourceCoProducedWithNodeAggregationWhereInput = {
  AND?: Array<ResourceCoProducedWithNodeAggregationWhereInput> | null | undefined;
  NOT?: ResourceCoProducedWithNodeAggregationWhereInput | null | undefined;
  OR?: Array<ResourceCoProducedWithNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
};

export type ResourceCoProducedWithUpdateFieldInput = {
  connect?: Array<ResourceCoProducedWithConnectFieldInput> | null | undefined;
  disconnect?: Array<ResourceCoProducedWithDisconnectFieldInput> | null | undefined;
};

export type ResourceCommissionedByConnectFieldInput = {
  connect?: Array<OrganisationConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: OrganisationConnectWhere | null | undefined;
};

export type ResourceCommissionedByConnectionAggregateInput = {
  AND?: Array<ResourceCommissionedByConnectionAggregateInput> | null | undefined;
  NOT?: ResourceCommissionedByConnectionAggregateInput | null | undefined;
  OR?: Array<ResourceCommissionedByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: ResourceCommissionedByNodeAggregationWhereInput | null | undefined;
};

export type ResourceCommissionedByConnectionFilters = {
  /** Filter Resources by aggregating results on related ResourceCommissionedByConnections */
  aggregate?: ResourceCommissionedByConnectionAggregateInput | null | undefined;
  /** Return Resources where all of the related ResourceCommissionedByConnections match this filter */
  all?: ResourceCommissionedByConnectionWhere | null | undefined;
  /** Return Resources where none of the related ResourceCommissionedByConnections match this filter */
  none?: ResourceCommissionedByConnectionWhere | null | undefined;
  /** Return Resources where one of the related ResourceCommissionedByConnections match this filter */
  single?: ResourceCommissionedByConnectionWhere | null | undefined;
  /** Return Resources where some of the related ResourceCommissionedByConnections match this filter */
  some?: ResourceCommissionedByConnectionWhere | null | undefined;
};

export type ResourceCommissionedByConnectionWhere = {
  AND?: Array<ResourceCommissionedByConnectionWhere> | null | undefined;
  NOT?: ResourceCommissionedByConnectionWhere | null | undefined;
  OR?: Array<ResourceCommissionedByConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: OrganisationWhere | null | undefined;
};

export type ResourceCommissionedByDisconnectFieldInput = {
  disconnect?: OrganisationDisconnectInput | null | undefined;
  where?: ResourceCommissionedByConnectionWhere | null | undefined;
};

export type ResourceCommissionedByFieldInput = {
  connect?: Array<ResourceCommissionedByConnectFieldInput> | null | undefined;
};

export type ResourceCommissionedByNodeAggregationWhereInput = {
  AND?: Array<ResourceCommissionedByNodeAggregationWhereInput> | null | undefined;
  NOT?: ResourceCommissionedByNodeAggregationWhereInput | null | undefined;
  OR?: Array<ResourceCommissionedByNodeAggregationWhereInput> | null | undefined;
  country?: StringScalarAggregationFilters | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
};

export type ResourceCommissionedByUpdateFieldInput = {
  connect?: Array<ResourceCommissionedByConnectFieldInput> | null | undefined;
  disconnect?: Array<ResourceCommissionedByDisconnectFieldInput> | null | undefined;
};

export type ResourceCompliesWithConnectFieldInput = {
  connect?: Array<LegislationConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: LegislationConnectWhere | null | undefined;
};

export type ResourceCompliesWithConnectionAggregateInput = {
  AND?: Array<ResourceCompliesWithConnectionAggregateInput> | null | undefined;
  NOT?: ResourceCompliesWithConnectionAggregateInput | null | undefined;
  OR?: Array<ResourceCompliesWithConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: ResourceCompliesWithNodeAggregationWhereInput | null | undefined;
};

export type ResourceCompliesWithConnectionFilters = {
  /** Filter Resources by aggregating results on related ResourceCompliesWithConnections */
  aggregate?: ResourceCompliesWithConnectionAggregateInput | null | undefined;
  /** Return Resources where all of the related ResourceCompliesWithConnections match this filter */
  all?: ResourceCompliesWithConnectionWhere | null | undefined;
  /** Return Resources where none of the related ResourceCompliesWithConnections match this filter */
  none?: ResourceCompliesWithConnectionWhere | null | undefined;
  /** Return Resources where one of the related ResourceCompliesWithConnections match this filter */
  single?: ResourceCompliesWithConnectionWhere | null | undefined;
  /** Return Resources where some of the related ResourceCompliesWithConnections match this filter */
  some?: ResourceCompliesWithConnectionWhere | null | undefined;
};

export type ResourceCompliesWithConnectionWhere = {
  AND?: Array<ResourceCompliesWithConnectionWhere> | null | undefined;
  NOT?: ResourceCompliesWithConnectionWhere | null | undefined;
  OR?: Array<ResourceCompliesWithConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: LegislationWhere | null | undefined;
};

export type ResourceCompliesWithDisconnectFieldInput = {
  disconnect?: LegislationDisconnectInput | null | undefined;
  where?: ResourceCompliesWithConnectionWhere | null | undefined;
};

export type ResourceCompliesWithFieldInput = {
  connect?: Array<ResourceCompliesWithConnectFieldInput> | null | undefined;
};

export type ResourceCompliesWithNodeAggregationWhereInput = {
  AND?: Array<ResourceCompliesWithNodeAggregationWhereInput> | null | undefined;
  NOT?: ResourceCompliesWithNodeAggregationWhereInput | null | undefined;
  OR?: Array<ResourceCompliesWithNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type ResourceCompliesWithUpdateFieldInput = {
  connect?: Array<ResourceCompliesWithConnectFieldInput> | null | undefined;
  disconnect?: Array<ResourceCompliesWithDisconnectFieldInput> | null | undefined;
};

export type ResourceConnectInput = {
  addresses?: Array<ResourceAddressesConnectFieldInput> | null | undefined;
  appliesIn?: Array<ResourceAppliesInConnectFieldInput> | null | undefined;
  audiences?: Array<ResourceAudiencesConnectFieldInput> | null | undefined;
  coProducedWith?: Array<ResourceCoProducedWithConnectFieldInput> | null | undefined;
  commissionedBy?: Array<ResourceCommissionedByConnectFieldInput> | null | undefined;
  compliesWith?: Array<ResourceCompliesWithConnectFieldInput> | null | undefined;
  derivesFrom?: ResourceDerivesFromConnectInput | null | undefined;
  describes?: Array<ResourceDescribesConnectFieldInput> | null | undefined;
  developedIn?: Array<ResourceDevelopedInConnectFieldInput> | null | undefined;
  developedWith?: ResourceDevelopedWithConnectInput | null | undefined;
  evaluates?: ResourceEvaluatesConnectInput | null | undefined;
  features?: Array<ResourceFeaturesConnectFieldInput> | null | undefined;
  partOf?: ResourcePartOfConnectInput | null | undefined;
  publishedBy?: ResourcePublishedByConnectInput | null | undefined;
  references?: ResourceReferencesConnectInput | null | undefined;
  settings?: Array<ResourceSettingsConnectFieldInput> | null | undefined;
  versionOf?: Array<ResourceVersionOfConnectFieldInput> | null | undefined;
};

export type ResourceConnectWhere = {
  node: ResourceWhere;
};

export type ResourceCreateInput = {
  addresses?: ResourceAddressesFieldInput | null | undefined;
  aliases?: Array<string> | null | undefined;
  appliesIn?: ResourceAppliesInFieldInput | null | undefined;
  audiences?: ResourceAudiencesFieldInput | null | undefined;
  coProducedWith?: ResourceCoProducedWithFieldInput | null | undefined;
  commissionedBy?: ResourceCommissionedByFieldInput | null | undefined;
  compliesWith?: ResourceCompliesWithFieldInput | null | undefined;
  derivesFrom?: ResourceDerivesFromCreateInput | null | undefined;
  describes?: ResourceDescribesFieldInput | null | undefined;
  description?: string | null | undefined;
  descriptiveTitle?: boolean | null | undefined;
  developedIn?: ResourceDevelopedInFieldInput | null | undefined;
  developedWith?: ResourceDevelopedWithCreateInput | null | undefined;
  easyRead?: boolean | null | undefined;
  editable?: boolean | null | undefined;
  evaluates?: ResourceEvaluatesCreateInput | null | undefined;
  features?: ResourceFeaturesFieldInput | null | undefined;
  generalKnowledge?: Array<string> | null | undefined;
  id: string;
  kind?: string | null | undefined;
  partOf?: ResourcePartOfCreateInput | null | undefined;
  publishedBy?: ResourcePublishedByCreateInput | null | undefined;
  references?: ResourceReferencesCreateInput | null | undefined;
  settings?: ResourceSettingsFieldInput | null | undefined;
  summary?: string | null | undefined;
  title: string;
  url?: string | null | undefined;
  versionOf?: ResourceVersionOfFieldInput | null | undefined;
  year?: number | null | undefined;
};

export type ResourceDerivativesConnectionAggregateInput = {
  AND?: Array<ResourceDerivativesConnectionAggregateInput> | null | undefined;
  NOT?: ResourceDerivativesConnectionAggregateInput | null | undefined;
  OR?: Array<ResourceDerivativesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: DerivationAggregationWhereInput | null | undefined;
  node?: ResourceDerivativesNodeAggregationWhereInput | null | undefined;
};

export type ResourceDerivativesConnectionFilters = {
  /** Filter Resources by aggregating results on related ResourceDerivativesConnections */
  aggregate?: ResourceDerivativesConnectionAggregateInput | null | undefined;
  /** Return Resources where all of the related ResourceDerivativesConnections match this filter */
  all?: ResourceDerivativesConnectionWhere | null | undefined;
  /** Return Resources where none of the related ResourceDerivativesConnections match this filter */
  none?: ResourceDerivativesConnectionWhere | null | undefined;
  /** Return Resources where one of the related ResourceDerivativesConnections match this filter */
  single?: ResourceDerivativesConnectionWhere | null | undefined;
  /** Return Resources where some of the related ResourceDerivativesConnections match this filter */
  some?: ResourceDerivativesConnectionWhere | null | undefined;
};

export type ResourceDerivativesConnectionWhere = {
  AND?: Array<ResourceDerivativesConnectionWhere> | null | undefined;
  NOT?: ResourceDerivativesConnectionWhere | null | undefined;
  OR?: Array<ResourceDerivativesConnectionWhere> | null | undefined;
  edge?: DerivationWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type ResourceDerivativesNodeAggregationWhereInput = {
  AND?: Array<ResourceDerivativesNodeAggregationWhereInput> | null | undefined;
  NOT?: ResourceDerivativesNodeAggregationWhereInput | null | undefined;
  OR?: Array<ResourceDerivativesNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  url?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type ResourceDerivesFromConnectInput = {
  Framework?: Array<ResourceDerivesFromFrameworkConnectFieldInput> | null | undefined;
  Resource?: Array<ResourceDerivesFromResourceConnectFieldInput> | null | undefined;
};

export type ResourceDerivesFromConnectionFilters = {
  /** Return Resources where all of the related ResourceDerivesFromConnections match this filter */
  all?: ResourceDerivesFromConnectionWhere | null | undefined;
  /** Return Resources where none of the related ResourceDerivesFromConnections match this filter */
  none?: ResourceDerivesFromConnectionWhere | null | undefined;
  /** Return Resources where one of the related ResourceDerivesFromConnections match this filter */
  single?: ResourceDerivesFromConnectionWhere | null | undefined;
  /** Return Resources where some of the related ResourceDerivesFromConnections match this filter */
  some?: ResourceDerivesFromConnectionWhere | null | undefined;
};

export type ResourceDerivesFromConnectionWhere = {
  Framework?: ResourceDerivesFromFrameworkConnectionWhere | null | undefined;
  Resource?: ResourceDerivesFromResourceConnectionWhere | null | undefined;
};

export type ResourceDerivesFromCreateInput = {
  Framework?: ResourceDerivesFromFrameworkFieldInput | null | undefined;
  Resource?: ResourceDerivesFromResourceFieldInput | null | undefined;
};

export type ResourceDerivesFromDisconnectInput = {
  Framework?: Array<ResourceDerivesFromFrameworkDisconnectFieldInput> | null | undefined;
  Resource?: Array<ResourceDerivesFromResourceDisconnectFieldInput> | null | undefined;
};

export type ResourceDerivesFromFrameworkConnectFieldInput = {
  connect?: Array<FrameworkConnectInput> | null | undefined;
  edge?: DerivationCreateInput | null | undefined;
  where?: FrameworkConnectWhere | null | undefined;
};

export type ResourceDerivesFromFrameworkConnectionWhere = {
  AND?: Array<ResourceDerivesFromFrameworkConnectionWhere> | null | undefined;
  NOT?: ResourceDerivesFromFrameworkConnectionWhere | null | undefined;
  OR?: Array<ResourceDerivesFromFrameworkConnectionWhere> | null | undefined;
  edge?: DerivationWhere | null | undefined;
  node?: FrameworkWhere | null | undefined;
};

export type ResourceDerivesFromFrameworkDisconnectFieldInput = {
  disconnect?: FrameworkDisconnectInput | null | undefined;
  where?: ResourceDerivesFromFrameworkConnectionWhere | null | undefined;
};

export type ResourceDerivesFromFrameworkFieldInput = {
  connect?: Array<ResourceDerivesFromFrameworkConnectFieldInput> | null | undefined;
};

export type ResourceDerivesFromFrameworkUpdateFieldInput = {
  connect?: Array<ResourceDerivesFromFrameworkConnectFieldInput> | null | undefined;
  disconnect?: Array<ResourceDerivesFromFrameworkDisconnectFieldInput> | null | undefined;
};

export type ResourceDerivesFromResourceConnectFieldInput = {
  connect?: Array<ResourceConnectInput> | null | undefined;
  edge?: DerivationCreateInput | null | undefined;
  where?: ResourceConnectWhere | null | undefined;
};

export type ResourceDerivesFromResourceConnectionWhere = {
  AND?: Array<ResourceDerivesFromResourceConnectionWhere> | null | undefined;
  NOT?: ResourceDerivesFromResourceConnectionWhere | null | undefined;
  OR?: Array<ResourceDerivesFromResourceConnectionWhere> | null | undefined;
  edge?: DerivationWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type ResourceDerivesFromResourceDisconnectFieldInput = {
  disconnect?: ResourceDisconnectInput | null | undefined;
  where?: ResourceDerivesFromResourceConnectionWhere | null | undefined;
};

export type ResourceDerivesFromResourceFieldInput = {
  connect?: Array<ResourceDerivesFromResourceConnectFieldInput> | null | undefined;
};

export type ResourceDerivesFromResourceUpdateFieldInput = {
  connect?: Array<ResourceDerivesFromResourceConnectFieldInput> | null | undefined;
  disconnect?: Array<ResourceDerivesFromResourceDisconnectFieldInput> | null | undefined;
};

export type ResourceDerivesFromUpdateInput = {
  Framework?: Array<ResourceDerivesFromFrameworkUpdateFieldInput> | null | undefined;
  Resource?: Array<ResourceDerivesFromResourceUpdateFieldInput> | null | undefined;
};

export type ResourceDescribesConnectFieldInput = {
  connect?: Array<FrameworkConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: FrameworkConnectWhere | null | undefined;
};

export type ResourceDescribesConnectionAggregateInput = {
  AND?: Array<ResourceDescribesConnectionAggregateInput> | null | undefined;
  NOT?: ResourceDescribesConnectionAggregateInput | null | undefined;
  OR?: Array<ResourceDescribesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: ResourceDescribesNodeAggregationWhereInput | null | undefined;
};

export type ResourceDescribesConnectionFilters = {
  /** Filter Resources by aggregating results on related ResourceDescribesConnections */
  aggregate?: ResourceDescribesConnectionAggregateInput | null | undefined;
  /** Return Resources where all of the related ResourceDescribesConnections match this filter */
  all?: ResourceDescribesConnectionWhere | null | undefined;
  /** Return Resources where none of the related ResourceDescribesConnections match this filter */
  none?: ResourceDescribesConnectionWhere | null | undefined;
  /** Return Resources where one of the related ResourceDescribesConnections match this filter */
  single?: ResourceDescribesConnectionWhere | null | undefined;
  /** Return Resources where some of the related ResourceDescribesConnections match this filter */
  some?: ResourceDescribesConnectionWhere | null | undefined;
};

export type ResourceDescribesConnectionWhere = {
  AND?: Array<ResourceDescribesConnectionWhere> | null | undefined;
  NOT?: ResourceDescribesConnectionWhere | null | undefined;
  OR?: Array<ResourceDescribesConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: FrameworkWhere | null | undefined;
};

export type ResourceDescribesDisconnectFieldInput = {
  disconnect?: FrameworkDisconnectInput | null | undefined;
  where?: ResourceDescribesConnectionWhere | null | undefined;
};

export type ResourceDescribesFieldInput = {
  connect?: Array<ResourceDescribesConnectFieldInput> | null | undefined;
};

export type ResourceDescribesNodeAggregationWhereInput = {
  AND?: Array<ResourceDescribesNodeAggregationWhereInput> | null | undefined;
  NOT?: ResourceDescribesNodeAggregationWhereInput | null | undefined;
  OR?: Array<ResourceDescribesNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  origin?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
};

export type ResourceDescribesUpdateFieldInput = {
  connect?: Array<ResourceDescribesConnectFieldInput> | null | undefined;
  disconnect?: Array<ResourceDescribesDisconnectFieldInput> | null | undefined;
};

export type ResourceDevelopedInConnectFieldInput = {
  connect?: Array<JurisdictionConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: JurisdictionConnectWhere | null | undefined;
};

export type ResourceDevelopedInConnectionAggregateInput = {
  AND?: Array<ResourceDevelopedInConnectionAggregateInput> | null | undefined;
  NOT?: ResourceDevelopedInConnectionAggregateInput | null | undefined;
  OR?: Array<ResourceDevelopedInConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: ResourceDevelopedInNodeAggregationWhereInput | null | undefined;
};

export type ResourceDevelopedInConnectionFilters = {
  /** Filter Resources by aggregating results on related ResourceDevelopedInConnections */
  aggregate?: ResourceDevelopedInConnectionAggregateInput | null | undefined;
  /** Return Resources where all of the related ResourceDevelopedInConnections match this filter */
  all?: ResourceDevelopedInConnectionWhere | null | undefined;
  /** Return Resources where none of the related ResourceDevelopedInConnections match this filter */
  none?: ResourceDevelopedInConnectionWhere | null | undefined;
  /** Return Resources where one of the related ResourceDevelopedInConnections match this filter */
  single?: ResourceDevelopedInConnectionWhere | null | undefined;
  /** Return Resources where some of the related ResourceDevelopedInConnections match this filter */
  some?: ResourceDevelopedInConnectionWhere | null | undefined;
};

export type ResourceDevelopedInConnectionWhere = {
  AND?: Array<ResourceDevelopedInConnectionWhere> | null | undefined;
  NOT?: ResourceDevelopedInConnectionWhere | null | undefined;
  OR?: Array<ResourceDevelopedInConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: JurisdictionWhere | null | undefined;
};

export type ResourceDevelopedInDisconnectFieldInput = {
  disconnect?: JurisdictionDisconnectInput | null | undefined;
  where?: ResourceDevelopedInConnectionWhere | null | undefined;
};

export type ResourceDevelopedInFieldInput = {
  connect?: Array<ResourceDevelopedInConnectFieldInput> | null | undefined;
};

export type ResourceDevelopedInNodeAggregationWhereInput = {
  AND?: Array<ResourceDevelopedInNodeAggregationWhereInput> | null | undefined;
  NOT?: ResourceDevelopedInNodeAggregationWhereInput | null | undefined;
  OR?: Array<ResourceDevelopedInNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
};

export type ResourceDevelopedInUpdateFieldInput = {
  connect?: Array<ResourceDevelopedInConnectFieldInput> | null | undefined;
  disconnect?: Array<ResourceDevelopedInDisconnectFieldInput> | null | undefined;
};

export type ResourceDevelopedWithConnectInput = {
  Organisation?: Array<ResourceDevelopedWithOrganisationConnectFieldInput> | null | undefined;
  Person?: Array<ResourceDevelopedWithPersonConnectFieldInput> | null | undefined;
};

export type ResourceDevelopedWithConnectionFilters = {
  /** Return Resources where all of the related ResourceDevelopedWithConnections match this filter */
  all?: ResourceDevelopedWithConnectionWhere | null | undefined;
  /** Return Resources where none of the related ResourceDevelopedWithConnections match this filter */
  none?: ResourceDevelopedWithConnectionWhere | null | undefined;
  /** Return Resources where one of the related ResourceDevelopedWithConnections match this filter */
  single?: ResourceDevelopedWithConnectionWhere | null | undefined;
  /** Return Resources where some of the related ResourceDevelopedWithConnections match this filter */
  some?: ResourceDevelopedWithConnectionWhere | null | undefined;
};

export type ResourceDevelopedWithConnectionWhere = {
  Organisation?: ResourceDevelopedWithOrganisationConnectionWhere | null | undefined;
  Person?: ResourceDevelopedWithPersonConnectionWhere | null | undefined;
};

export type ResourceDevelopedWithCreateInput = {
  Organisation?: ResourceDevelopedWithOrganisationFieldInput | null | undefined;
  Person?: ResourceDevelopedWithPersonFieldInput | null | undefined;
};

export type ResourceDevelopedWithDisconnectInput = {
  Organisation?: Array<ResourceDevelopedWithOrganisationDisconnectFieldInput> | null | undefined;
  Person?: Array<ResourceDevelopedWithPersonDisconnectFieldInput> | null | undefined;
};

export type ResourceDevelopedWithOrganisationConnectFieldInput = {
  connect?: Array<OrganisationConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: OrganisationConnectWhere | null | undefined;
};

export type ResourceDevelopedWithOrganisationConnectionWhere = {
  AND?: Array<ResourceDevelopedWithOrganisationConnectionWhere> | null | undefined;
  NOT?: ResourceDevelopedWithOrganisationConnectionWhere | null | undefined;
  OR?: Array<ResourceDevelopedWithOrganisationConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: OrganisationWhere | null | undefined;
};

export type ResourceDevelopedWithOrganisationDisconnectFieldInput = {
  disconnect?: OrganisationDisconnectInput | null | undefined;
  where?: ResourceDevelopedWithOrganisationConnectionWhere | null | undefined;
};

export type ResourceDevelopedWithOrganisationFieldInput = {
  connect?: Array<ResourceDevelopedWithOrganisationConnectFieldInput> | null | undefined;
};

export type ResourceDevelopedWithOrganisationUpdateFieldInput = {
  connect?: Array<ResourceDevelopedWithOrganisationConnectFieldInput> | null | undefined;
  disconnect?: Array<ResourceDevelopedWithOrganisationDisconnectFieldInput> | null | undefined;
};

export type ResourceDevelopedWithPersonConnectFieldInput = {
  connect?: Array<PersonConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: PersonConnectWhere | null | undefined;
};

export type ResourceDevelopedWithPersonConnectionWhere = {
  AND?: Array<ResourceDevelopedWithPersonConnectionWhere> | null | undefined;
  NOT?: ResourceDevelopedWithPersonConnectionWhere | null | undefined;
  OR?: Array<ResourceDevelopedWithPersonConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: PersonWhere | null | undefined;
};

export type ResourceDevelopedWithPersonDisconnectFieldInput = {
  disconnect?: PersonDisconnectInput | null | undefined;
  where?: ResourceDevelopedWithPersonConnectionWhere | null | undefined;
};

export type ResourceDevelopedWithPersonFieldInput = {
  connect?: Array<ResourceDevelopedWithPersonConnectFieldInput> | null | undefined;
};

export type ResourceDevelopedWithPersonUpdateFieldInput = {
  connect?: Array<ResourceDevelopedWithPersonConnectFieldInput> | null | undefined;
  disconnect?: Array<ResourceDevelopedWithPersonDisconnectFieldInput> | null | undefined;
};

export type ResourceDevelopedWithUpdateInput = {
  Organisation?: Array<ResourceDevelopedWithOrganisationUpdateFieldInput> | null | undefined;
  Person?: Array<ResourceDevelopedWithPersonUpdateFieldInput> | null | undefined;
};

export type ResourceDisconnectInput = {
  addresses?: Array<ResourceAddressesDisconnectFieldInput> | null | undefined;
  appliesIn?: Array<ResourceAppliesInDisconnectFieldInput> | null | undefined;
  audiences?: Array<ResourceAudiencesDisconnectFieldInput> | null | undefined;
  coProducedWith?: Array<ResourceCoProducedWithDisconnectFieldInput> | null | undefined;
  commissionedBy?: Array<ResourceCommissionedByDisconnectFieldInput> | null | undefined;
  compliesWith?: Array<ResourceCompliesWithDisconnectFieldInput> | null | undefined;
  derivesFrom?: ResourceDerivesFromDisconnectInput | null | undefined;
  describes?: Array<ResourceDescribesDisconnectFieldInput> | null | undefined;
  developedIn?: Array<ResourceDevelopedInDisconnectFieldInput> | null | undefined;
  developedWith?: ResourceDevelopedWithDisconnectInput | null | undefined;
  evaluates?: ResourceEvaluatesDisconnectInput | null | undefined;
  features?: Array<ResourceFeaturesDisconnectFieldInput> | null | undefined;
  partOf?: ResourcePartOfDisconnectInput | null | undefined;
  publishedBy?: ResourcePublishedByDisconnectInput | null | undefined;
  references?: ResourceReferencesDisconnectInput | null | undefined;
  settings?: Array<ResourceSettingsDisconnectFieldInput> | null | undefined;
  versionOf?: Array<ResourceVersionOfDisconnectFieldInput> | null | undefined;
};

export type ResourceEvaluatedByConnectionAggregateInput = {
  AND?: Array<ResourceEvaluatedByConnectionAggregateInput> | null | undefined;
  NOT?: ResourceEvaluatedByConnectionAggregateInput | null | undefined;
  OR?: Array<ResourceEvaluatedByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: ResourceEvaluatedByNodeAggregationWhereInput | null | undefined;
};

export type ResourceEvaluatedByConnectionFilters = {
  /** Filter Resources by aggregating results on related ResourceEvaluatedByConnections */
  aggregate?: ResourceEvaluatedByConnectionAggregateInput | null | undefined;
  /** Return Resources where all of the related ResourceEvaluatedByConnections match this filter */
  all?: ResourceEvaluatedByConnectionWhere | null | undefined;
  /** Return Resources where none of the related ResourceEvaluatedByConnections match this filter */
  none?: ResourceEvaluatedByConnectionWhere | null | undefined;
  /** Return Resources where one of the related ResourceEvaluatedByConnections match this filter */
  single?: ResourceEvaluatedByConnectionWhere | null | undefined;
  /** Return Resources where some of the related ResourceEvaluatedByConnections match this filter */
  some?: ResourceEvaluatedByConnectionWhere | null | undefined;
};

export type ResourceEvaluatedByConnectionWhere = {
  AND?: Array<ResourceEvaluatedByConnectionWhere> | null | undefined;
  NOT?: ResourceEvaluatedByConnectionWhere | null | undefined;
  OR?: Array<ResourceEvaluatedByConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type ResourceEvaluatedByNodeAggregationWhereInput = {
  AND?: Array<ResourceEvaluatedByNodeAggregationWhereInput> | null | undefined;
  NOT?: ResourceEvaluatedByNodeAggregationWhereInput | null | undefined;
  OR?: Array<ResourceEvaluatedByNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  url?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type ResourceEvaluatesConnectInput = {
  Framework?: Array<ResourceEvaluatesFrameworkConnectFieldInput> | null | undefined;
  Resource?: Array<ResourceEvaluatesResourceConnectFieldInput> | null | undefined;
};

export type ResourceEvaluatesConnectionFilters = {
  /** Return Resources where all of the related ResourceEvaluatesConnections match this filter */
  all?: ResourceEvaluatesConnectionWhere | null | undefined;
  /** Return Resources where none of the related ResourceEvaluatesConnections match this filter */
  none?: ResourceEvaluatesConnectionWhere | null | undefined;
  /** Return Resources where one of the related ResourceEvaluatesConnections match this filter */
  single?: ResourceEvaluatesConnectionWhere | null | undefined;
  /** Return Resources where some of the related ResourceEvaluatesConnections match this filter */
  some?: ResourceEvaluatesConnectionWhere | null | undefined;
};

export type ResourceEvaluatesConnectionWhere = {
  Framework?: ResourceEvaluatesFrameworkConnectionWhere | null | undefined;
  Resource?: ResourceEvaluatesResourceConnectionWhere | null | undefined;
};

export type ResourceEvaluatesCreateInput = {
  Framework?: ResourceEvaluatesFrameworkFieldInput | null | undefined;
  Resource?: ResourceEvaluatesResourceFieldInput | null | undefined;
};

export type ResourceEvaluatesDisconnectInput = {
  Framework?: Array<ResourceEvaluatesFrameworkDisconnectFieldInput> | null | undefined;
  Resource?: Array<ResourceEvaluatesResourceDisconnectFieldInput> | null | undefined;
};

export type ResourceEvaluatesFrameworkConnectFieldInput = {
  connect?: Array<FrameworkConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: FrameworkConnectWhere | null | undefined;
};

export type ResourceEvaluatesFrameworkConnectionWhere = {
  AND?: Array<ResourceEvaluatesFrameworkConnectionWhere> | null | undefined;
  NOT?: ResourceEvaluatesFrameworkConnectionWhere | null | undefined;
  OR?: Array<ResourceEvaluatesFrameworkConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: FrameworkWhere | null | undefined;
};

export type ResourceEvaluatesFrameworkDisconnectFieldInput = {
  disconnect?: FrameworkDisconnectInput | null | undefined;
  where?: ResourceEvaluatesFrameworkConnectionWhere | null | undefined;
};

export type ResourceEvaluatesFrameworkFieldInput = {
  connect?: Array<ResourceEvaluatesFrameworkConnectFieldInput> | null | undefined;
};

export type ResourceEvaluatesFrameworkUpdateFieldInput = {
  connect?: Array<ResourceEvaluatesFrameworkConnectFieldInput> | null | undefined;
  disconnect?: Array<ResourceEvaluatesFrameworkDisconnectFieldInput> | null | undefined;
};

export type ResourceEvaluatesResourceConnectFieldInput = {
  connect?: Array<ResourceConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: ResourceConnectWhere | null | undefined;
};

export type ResourceEvaluatesResourceConnectionWhere = {
  AND?: Array<ResourceEvaluatesResourceConnectionWhere> | null | undefined;
  NOT?: ResourceEvaluatesResourceConnectionWhere | null | undefined;
  OR?: Array<ResourceEvaluatesResourceConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type ResourceEvaluatesResourceDisconnectFieldInput = {
  disconnect?: ResourceDisconnectInput | null | undefined;
  where?: ResourceEvaluatesResourceConnectionWhere | null | undefined;
};

export type ResourceEvaluatesResourceFieldInput = {
  connect?: Array<ResourceEvaluatesResourceConnectFieldInput> | null | undefined;
};

export type ResourceEvaluatesResourceUpdateFieldInput = {
  connect?: Array<ResourceEvaluatesResourceConnectFieldInput> | null | undefined;
  disconnect?: Array<ResourceEvaluatesResourceDisconnectFieldInput> | null | undefined;
};

export type ResourceEvaluatesUpdateInput = {
  Framework?: Array<ResourceEvaluatesFrameworkUpdateFieldInput> | null | undefined;
  Resource?: Array<ResourceEvaluatesResourceUpdateFieldInput> | null | undefined;
};

export type ResourceFeaturesConnectFieldInput = {
  connect?: Array<PersonConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: PersonConnectWhere | null | undefined;
};

export type ResourceFeaturesConnectionAggregateInput = {
  AND?: Array<ResourceFeaturesConnectionAggregateInput> | null | undefined;
  NOT?: ResourceFeaturesConnectionAggregateInput | null | undefined;
  OR?: Array<ResourceFeaturesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: ResourceFeaturesNodeAggregationWhereInput | null | undefined;
};

export type ResourceFeaturesConnectionFilters = {
  /** Filter Resources by aggregating results on related ResourceFeaturesConnections */
  aggregate?: ResourceFeaturesConnectionAggregateInput | null | undefined;
  /** Return Resources where all of the related ResourceFeaturesConnections match this filter */
  all?: ResourceFeaturesConnectionWhere | null | undefined;
  /** Return Resources where none of the related ResourceFeaturesConnections match this filter */
  none?: ResourceFeaturesConnectionWhere | null | undefined;
  /** Return Resources where one of the related ResourceFeaturesConnections match this filter */
  single?: ResourceFeaturesConnectionWhere | null | undefined;
  /** Return Resources where some of the related ResourceFeaturesConnections match this filter */
  some?: ResourceFeaturesConnectionWhere | null | undefined;
};

export type ResourceFeaturesConnectionWhere = {
  AND?: Array<ResourceFeaturesConnectionWhere> | null | undefined;
  NOT?: ResourceFeaturesConnectionWhere | null | undefined;
  OR?: Array<ResourceFeaturesConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: PersonWhere | null | undefined;
};

export type ResourceFeaturesDisconnectFieldInput = {
  disconnect?: PersonDisconnectInput | null | undefined;
  where?: ResourceFeaturesConnectionWhere | null | undefined;
};

export type ResourceFeaturesFieldInput = {
  connect?: Array<ResourceFeaturesConnectFieldInput> | null | undefined;
};

export type ResourceFeaturesNodeAggregationWhereInput = {
  AND?: Array<ResourceFeaturesNodeAggregationWhereInput> | null | undefined;
  NOT?: ResourceFeaturesNodeAggregationWhereInput | null | undefined;
  OR?: Array<ResourceFeaturesNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  role?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
};

export type ResourceFeaturesUpdateFieldInput = {
  connect?: Array<ResourceFeaturesConnectFieldInput> | null | undefined;
  disconnect?: Array<ResourceFeaturesDisconnectFieldInput> | null | undefined;
};

export type ResourcePartOfConnectInput = {
  Framework?: Array<ResourcePartOfFrameworkConnectFieldInput> | null | undefined;
  Resource?: Array<ResourcePartOfResourceConnectFieldInput> | null | undefined;
};

export type ResourcePartOfConnectionFilters = {
  /** Return Resources where all of the related ResourcePartOfConnections match this filter */
  all?: ResourcePartOfConnectionWhere | null | undefined;
  /** Return Resources where none of the related ResourcePartOfConnections match this filter */
  none?: ResourcePartOfConnectionWhere | null | undefined;
  /** Return Resources where one of the related ResourcePartOfConnections match this filter */
  single?: ResourcePartOfConnectionWhere | null | undefined;
  /** Return Resources where some of the related ResourcePartOfConnections match this filter */
  some?: ResourcePartOfConnectionWhere | null | undefined;
};

export type ResourcePartOfConnectionWhere = {
  Framework?: ResourcePartOfFrameworkConnectionWhere | null | undefined;
  Resource?: ResourcePartOfResourceConnectionWhere | null | undefined;
};

export type ResourcePartOfCreateInput = {
  Framework?: ResourcePartOfFrameworkFieldInput | null | undefined;
  Resource?: ResourcePartOfResourceFieldInput | null | undefined;
};

export type ResourcePartOfDisconnectInput = {
  Framework?: Array<ResourcePartOfFrameworkDisconnectFieldInput> | null | undefined;
  Resource?: Array<ResourcePartOfResourceDisconnectFieldInput> | null | undefined;
};

export type ResourcePartOfFrameworkConnectFieldInput = {
  connect?: Array<FrameworkConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: FrameworkConnectWhere | null | undefined;
};

export type ResourcePartOfFrameworkConnectionWhere = {
  AND?: Array<ResourcePartOfFrameworkConnectionWhere> | null | undefined;
  NOT?: ResourcePartOfFrameworkConnectionWhere | null | undefined;
  OR?: Array<ResourcePartOfFrameworkConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: FrameworkWhere | null | undefined;
};

export type ResourcePartOfFrameworkDisconnectFieldInput = {
  disconnect?: FrameworkDisconnectInput | null | undefined;
  where?: ResourcePartOfFrameworkConnectionWhere | null | undefined;
};

export type ResourcePartOfFrameworkFieldInput = {
  connect?: Array<ResourcePartOfFrameworkConnectFieldInput> | null | undefined;
};

export type ResourcePartOfFrameworkUpdateFieldInput = {
  connect?: Array<ResourcePartOfFrameworkConnectFieldInput> | null | undefined;
  disconnect?: Array<ResourcePartOfFrameworkDisconnectFieldInput> | null | undefined;
};

export type ResourcePartOfResourceConnectFieldInput = {
  connect?: Array<ResourceConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: ResourceConnectWhere | null | undefined;
};

export type ResourcePartOfResourceConnectionWhere = {
  AND?: Array<ResourcePartOfResourceConnectionWhere> | null | undefined;
  NOT?: ResourcePartOfResourceConnectionWhere | null | undefined;
  OR?: Array<ResourcePartOfResourceConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type ResourcePartOfResourceDisconnectFieldInput = {
  disconnect?: ResourceDisconnectInput | null | undefined;
  where?: ResourcePartOfResourceConnectionWhere | null | undefined;
};

export type ResourcePartOfResourceFieldInput = {
  connect?: Array<ResourcePartOfResourceConnectFieldInput> | null | undefined;
};

export type ResourcePartOfResourceUpdateFieldInput = {
  connect?: Array<ResourcePartOfResourceConnectFieldInput> | null | undefined;
  disconnect?: Array<ResourcePartOfResourceDisconnectFieldInput> | null | undefined;
};

export type ResourcePartOfUpdateInput = {
  Framework?: Array<ResourcePartOfFrameworkUpdateFieldInput> | null | undefined;
  Resource?: Array<ResourcePartOfResourceUpdateFieldInput> | null | undefined;
};

export type ResourcePartsConnectionAggregateInput = {
  AND?: Array<ResourcePartsConnectionAggregateInput> | null | undefined;
  NOT?: ResourcePartsConnectionAggregateInput | null | undefined;
  OR?: Array<ResourcePartsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: ResourcePartsNodeAggregationWhereInput | null | undefined;
};

export type ResourcePartsConnectionFilters = {
  /** Filter Resources by aggregating results on related ResourcePartsConnections */
  aggregate?: ResourcePartsConnectionAggregateInput | null | undefined;
  /** Return Resources where all of the related ResourcePartsConnections match this filter */
  all?: ResourcePartsConnectionWhere | null | undefined;
  /** Return Resources where none of the related ResourcePartsConnections match this filter */
  none?: ResourcePartsConnectionWhere | null | undefined;
  /** Return Resources where one of the related ResourcePartsConnections match this filter */
  single?: ResourcePartsConnectionWhere | null | undefined;
  /** Return Resources where some of the related ResourcePartsConnections match this filter */
  some?: ResourcePartsConnectionWhere | null | undefined;
};

export type ResourcePartsConnectionWhere = {
  AND?: Array<ResourcePartsConnectionWhere> | null | undefined;
  NOT?: ResourcePartsConnectionWhere | null | undefined;
  OR?: Array<ResourcePartsConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type ResourcePartsNodeAggregationWhereInput = {
  AND?: Array<ResourcePartsNodeAggregationWhereInput> | null | undefined;
  NOT?: ResourcePartsNodeAggregationWhereInput | null | undefined;
  OR?: Array<ResourcePartsNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  url?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type ResourcePublishedByConnectInput = {
  Organisation?: Array<ResourcePublishedByOrganisationConnectFieldInput> | null | undefined;
  Person?: Array<ResourcePublishedByPersonConnectFieldInput> | null | undefined;
};

export type ResourcePublishedByConnectionFilters = {
  /** Return Resources where all of the related ResourcePublishedByConnections match this filter */
  all?: ResourcePublishedByConnectionWhere | null | undefined;
  /** Return Resources where none of the related ResourcePublishedByConnections match this filter */
  none?: ResourcePublishedByConnectionWhere | null | undefined;
  /** Return Resources where one of the related ResourcePublishedByConnections match this filter */
  single?: ResourcePublishedByConnectionWhere | null | undefined;
  /** Return Resources where some of the related ResourcePublishedByConnections match this filter */
  some?: ResourcePublishedByConnectionWhere | null | undefined;
};

export type ResourcePublishedByConnectionWhere = {
  Organisation?: ResourcePublishedByOrganisationConnectionWhere | null | undefined;
  Person?: ResourcePublishedByPersonConnectionWhere | null | undefined;
};

export type ResourcePublishedByCreateInput = {
  Organisation?: ResourcePublishedByOrganisationFieldInput | null | undefined;
  Person?: ResourcePublishedByPersonFieldInput | null | undefined;
};

export type ResourcePublishedByDisconnectInput = {
  Organisation?: Array<ResourcePublishedByOrganisationDisconnectFieldInput> | null | undefined;
  Person?: Array<ResourcePublishedByPersonDisconnectFieldInput> | null | undefined;
};

export type ResourcePublishedByOrganisationConnectFieldInput = {
  connect?: Array<OrganisationConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: OrganisationConnectWhere | null | undefined;
};

export type ResourcePublishedByOrganisationConnectionWhere = {
  AND?: Array<ResourcePublishedByOrganisationConnectionWhere> | null | undefined;
  NOT?: ResourcePublishedByOrganisationConnectionWhere | null | undefined;
  OR?: Array<ResourcePublishedByOrganisationConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: OrganisationWhere | null | undefined;
};

export type ResourcePublishedByOrganisationDisconnectFieldInput = {
  disconnect?: OrganisationDisconnectInput | null | undefined;
  where?: ResourcePublishedByOrganisationConnectionWhere | null | undefined;
};

export type ResourcePublishedByOrganisationFieldInput = {
  connect?: Array<ResourcePublishedByOrganisationConnectFieldInput> | null | undefined;
};

export type ResourcePublishedByOrganisationUpdateFieldInput = {
  connect?: Array<ResourcePublishedByOrganisationConnectFieldInput> | null | undefined;
  disconnect?: Array<ResourcePublishedByOrganisationDisconnectFieldInput> | null | undefined;
};

export type ResourcePublishedByPersonConnectFieldInput = {
  connect?: Array<PersonConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: PersonConnectWhere | null | undefined;
};

export type ResourcePublishedByPersonConnectionWhere = {
  AND?: Array<ResourcePublishedByPersonConnectionWhere> | null | undefined;
  NOT?: ResourcePublishedByPersonConnectionWhere | null | undefined;
  OR?: Array<ResourcePublishedByPersonConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: PersonWhere | null | undefined;
};

export type ResourcePublishedByPersonDisconnectFieldInput = {
  disconnect?: PersonDisconnectInput | null | undefined;
  where?: ResourcePublishedByPersonConnectionWhere | null | undefined;
};

export type ResourcePublishedByPersonFieldInput = {
  connect?: Array<ResourcePublishedByPersonConnectFieldInput> | null | undefined;
};

export type ResourcePublishedByPersonUpdateFieldInput = {
  connect?: Array<ResourcePublishedByPersonConnectFieldInput> | null | undefined;
  disconnect?: Array<ResourcePublishedByPersonDisconnectFieldInput> | null | undefined;
};

export type ResourcePublishedByUpdateInput = {
  Organisation?: Array<ResourcePublishedByOrganisationUpdateFieldInput> | null | undefined;
  Person?: Array<ResourcePublishedByPersonUpdateFieldInput> | null | undefined;
};

export type ResourceReferencedByConnectionAggregateInput = {
  AND?: Array<ResourceReferencedByConnectionAggregateInput> | null | undefined;
  NOT?: ResourceReferencedByConnectionAggregateInput | null | undefined;
  OR?: Array<ResourceReferencedByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: ResourceReferencedByNodeAggregationWhereInput | null | undefined;
};

export type ResourceReferencedByConnectionFilters = {
  /** Filter Resources by aggregating results on related ResourceReferencedByConnections */
  aggregate?: ResourceReferencedByConnectionAggregateInput | null | undefined;
  /** Return Resources where all of the related ResourceReferencedByConnections match this filter */
  all?: ResourceReferencedByConnectionWhere | null | undefined;
  /** Return Resources where none of the related ResourceReferencedByConnections match this filter */
  none?: ResourceReferencedByConnectionWhere | null | undefined;
  /** Return Resources where one of the related ResourceReferencedByConnections match this filter */
  single?: ResourceReferencedByConnectionWhere | null | undefined;
  /** Return Resources where some of the related ResourceReferencedByConnections match this filter */
  some?: ResourceReferencedByConnectionWhere | null | undefined;
};

export type ResourceReferencedByConnectionWhere = {
  AND?: Array<ResourceReferencedByConnectionWhere> | null | undefined;
  NOT?: ResourceReferencedByConnectionWhere | null | undefined;
  OR?: Array<ResourceReferencedByConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type ResourceReferencedByNodeAggregationWhereInput = {
  AND?: Array<ResourceReferencedByNodeAggregationWhereInput> | null | undefined;
  NOT?: ResourceReferencedByNodeAggregationWhereInput | null | undefined;
  OR?: Array<ResourceReferencedByNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  url?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type ResourceReferencesAudienceConnectFieldInput = {
  connect?: Array<AudienceConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: AudienceConnectWhere | null | undefined;
};

export type ResourceReferencesAudienceConnectionWhere = {
  AND?: Array<ResourceReferencesAudienceConnectionWhere> | null | undefined;
  NOT?: ResourceReferencesAudienceConnectionWhere | null | undefined;
  OR?: Array<ResourceReferencesAudienceConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: AudienceWhere | null | undefined;
};

export type ResourceReferencesAudienceDisconnectFieldInput = {
  disconnect?: AudienceDisconnectInput | null | undefined;
  where?: ResourceReferencesAudienceConnectionWhere | null | undefined;
};

export type ResourceReferencesAudienceFieldInput = {
  connect?: Array<ResourceReferencesAudienceConnectFieldInput> | null | undefined;
};

export type ResourceReferencesAudienceUpdateFieldInput = {
  connect?: Array<ResourceReferencesAudienceConnectFieldInput> | null | undefined;
  disconnect?: Array<ResourceReferencesAudienceDisconnectFieldInput> | null | undefined;
};

export type ResourceReferencesConnectInput = {
  Audience?: Array<ResourceReferencesAudienceConnectFieldInput> | null | undefined;
  Framework?: Array<ResourceReferencesFrameworkConnectFieldInput> | null | undefined;
  Jurisdiction?: Array<ResourceReferencesJurisdictionConnectFieldInput> | null | undefined;
  Legislation?: Array<ResourceReferencesLegislationConnectFieldInput> | null | undefined;
  Organisation?: Array<ResourceReferencesOrganisationConnectFieldInput> | null | undefined;
  Person?: Array<ResourceReferencesPersonConnectFieldInput> | null | undefined;
  Resource?: Array<ResourceReferencesResourceConnectFieldInput> | null | undefined;
  RestraintType?: Array<ResourceReferencesRestraintTypeConnectFieldInput> | null | undefined;
  Setting?: Array<ResourceReferencesSettingConnectFieldInput> | null | undefined;
};

export type ResourceReferencesConnectionFilters = {
  /** Return Resources where all of the related ResourceReferencesConnections match this filter */
  all?: ResourceReferencesConnectionWhere | null | undefined;
  /** Return Resources where none of the related ResourceReferencesConnections match this filter */
  none?: ResourceReferencesConnectionWhere | null | undefined;
  /** Return Resources where one of the related ResourceReferencesConnections match this filter */
  single?: ResourceReferencesConnectionWhere | null | undefined;
  /** Return Resources where some of the related ResourceReferencesConnections match this filter */
  some?: ResourceReferencesConnectionWhere | null | undefined;
};

export type ResourceReferencesConnectionWhere = {
  Audience?: ResourceReferencesAudienceConnectionWhere | null | undefined;
  Framework?: ResourceReferencesFrameworkConnectionWhere | null | undefined;
  Jurisdiction?: ResourceReferencesJurisdictionConnectionWhere | null | undefined;
  Legislation?: ResourceReferencesLegislationConnectionWhere | null | undefined;
  Organisation?: ResourceReferencesOrganisationConnectionWhere | null | undefined;
  Person?: ResourceReferencesPersonConnectionWhere | null | undefined;
  Resource?: ResourceReferencesResourceConnectionWhere | null | undefined;
  RestraintType?: ResourceReferencesRestraintTypeConnectionWhere | null | undefined;
  Setting?: ResourceReferencesSettingConnectionWhere | null | undefined;
};

export type ResourceReferencesCreateInput = {
  Audience?: ResourceReferencesAudienceFieldInput | null | undefined;
  Framework?: ResourceReferencesFrameworkFieldInput | null | undefined;
  Jurisdiction?: ResourceReferencesJurisdictionFieldInput | null | undefined;
  Legislation?: ResourceReferencesLegislationFieldInput | null | undefined;
  Organisation?: ResourceReferencesOrganisationFieldInput | null | undefined;
  Person?: ResourceReferencesPersonFieldInput | null | undefined;
  Resource?: ResourceReferencesResourceFieldInput | null | undefined;
  RestraintType?: ResourceReferencesRestraintTypeFieldInput | null | undefined;
  Setting?: ResourceReferencesSettingFieldInput | null | undefined;
};

export type ResourceReferencesDisconnectInput = {
  Audience?: Array<ResourceReferencesAudienceDisconnectFieldInput> | null | undefined;
  Framework?: Array<ResourceReferencesFrameworkDisconnectFieldInput> | null | undefined;
  Jurisdiction?: Array<ResourceReferencesJurisdictionDisconnectFieldInput> | null | undefined;
  Legislation?: Array<ResourceReferencesLegislationDisconnectFieldInput> | null | undefined;
  Organisation?: Array<ResourceReferencesOrganisationDisconnectFieldInput> | null | undefined;
  Person?: Array<ResourceReferencesPersonDisconnectFieldInput> | null | undefined;
  Resource?: Array<ResourceReferencesResourceDisconnectFieldInput> | null | undefined;
  RestraintType?: Array<ResourceReferencesRestraintTypeDisconnectFieldInput> | null | undefined;
  Setting?: Array<ResourceReferencesSettingDisconnectFieldInput> | null | undefined;
};

export type ResourceReferencesFrameworkConnectFieldInput = {
  connect?: Array<FrameworkConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: FrameworkConnectWhere | null | undefined;
};

export type ResourceReferencesFrameworkConnectionWhere = {
  AND?: Array<ResourceReferencesFrameworkConnectionWhere> | null | undefined;
  NOT?: ResourceReferencesFrameworkConnectionWhere | null | undefined;
  OR?: Array<ResourceReferencesFrameworkConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: FrameworkWhere | null | undefined;
};

export type ResourceReferencesFrameworkDisconnectFieldInput = {
  disconnect?: FrameworkDisconnectInput | null | undefined;
  where?: ResourceReferencesFrameworkConnectionWhere | null | undefined;
};

export type ResourceReferencesFrameworkFieldInput = {
  connect?: Array<ResourceReferencesFrameworkConnectFieldInput> | null | undefined;
};

export type ResourceReferencesFrameworkUpdateFieldInput = {
  connect?: Array<ResourceReferencesFrameworkConnectFieldInput> | null | undefined;
  disconnect?: Array<ResourceReferencesFrameworkDisconnectFieldInput> | null | undefined;
};

export type ResourceReferencesJurisdictionConnectFieldInput = {
  connect?: Array<JurisdictionConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: JurisdictionConnectWhere | null | undefined;
};

export type ResourceReferencesJurisdictionConnectionWhere = {
  AND?: Array<ResourceReferencesJurisdictionConnectionWhere> | null | undefined;
  NOT?: ResourceReferencesJurisdictionConnectionWhere | null | undefined;
  OR?: Array<ResourceReferencesJurisdictionConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: JurisdictionWhere | null | undefined;
};

export type ResourceReferencesJurisdictionDisconnectFieldInput = {
  disconnect?: JurisdictionDisconnectInput | null | undefined;
  where?: ResourceReferencesJurisdictionConnectionWhere | null | undefined;
};

export type ResourceReferencesJurisdictionFieldInput = {
  connect?: Array<ResourceReferencesJurisdictionConnectFieldInput> | null | undefined;
};

export type ResourceReferencesJurisdictionUpdateFieldInput = {
  connect?: Array<ResourceReferencesJurisdictionConnectFieldInput> | null | undefined;
  disconnect?: Array<ResourceReferencesJurisdictionDisconnectFieldInput> | null | undefined;
};

export type ResourceReferencesLegislationConnectFieldInput = {
  connect?: Array<LegislationConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: LegislationConnectWhere | null | undefined;
};

export type ResourceReferencesLegislationConnectionWhere = {
  AND?: Array<ResourceReferencesLegislationConnectionWhere> | null | undefined;
  NOT?: ResourceReferencesLegislationConnectionWhere | null | undefined;
  OR?: Array<ResourceReferencesLegislationConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: LegislationWhere | null | undefined;
};

export type ResourceReferencesLegislationDisconnectFieldInput = {
  disconnect?: LegislationDisconnectInput | null | undefined;
  where?: ResourceReferencesLegislationConnectionWhere | null | undefined;
};

export type ResourceReferencesLegislationFieldInput = {
  connect?: Array<ResourceReferencesLegislationConnectFieldInput> | null | undefined;
};

export type ResourceReferencesLegislationUpdateFieldInput = {
  connect?: Array<ResourceReferencesLegislationConnectFieldInput> | null | undefined;
  disconnect?: Array<ResourceReferencesLegislationDisconnectFieldInput> | null | undefined;
};

export type ResourceReferencesOrganisationConnectFieldInput = {
  connect?: Array<OrganisationConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: OrganisationConnectWhere | null | undefined;
};

export type ResourceReferencesOrganisationConnectionWhere = {
  AND?: Array<ResourceReferencesOrganisationConnectionWhere> | null | undefined;
  NOT?: ResourceReferencesOrganisationConnectionWhere | null | undefined;
  OR?: Array<ResourceReferencesOrganisationConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: OrganisationWhere | null | undefined;
};

export type ResourceReferencesOrganisationDisconnectFieldInput = {
  disconnect?: OrganisationDisconnectInput | null | undefined;
  where?: ResourceReferencesOrganisationConnectionWhere | null | undefined;
};

export type ResourceReferencesOrganisationFieldInput = {
  connect?: Array<ResourceReferencesOrganisationConnectFieldInput> | null | undefined;
};

export type ResourceReferencesOrganisationUpdateFieldInput = {
  connect?: Array<ResourceReferencesOrganisationConnectFieldInput> | null | undefined;
  disconnect?: Array<ResourceReferencesOrganisationDisconnectFieldInput> | null | undefined;
};

export type ResourceReferencesPersonConnectFieldInput = {
  connect?: Array<PersonConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: PersonConnectWhere | null | undefined;
};

export type ResourceReferencesPersonConnectionWhere = {
  AND?: Array<ResourceReferencesPersonConnectionWhere> | null | undefined;
  NOT?: ResourceReferencesPersonConnectionWhere | null | undefined;
  OR?: Array<ResourceReferencesPersonConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: PersonWhere | null | undefined;
};

export type ResourceReferencesPersonDisconnectFieldInput = {
  disconnect?: PersonDisconnectInput | null | undefined;
  where?: ResourceReferencesPersonConnectionWhere | null | undefined;
};

export type ResourceReferencesPersonFieldInput = {
  connect?: Array<ResourceReferencesPersonConnectFieldInput> | null | undefined;
};

export type ResourceReferencesPersonUpdateFieldInput = {
  connect?: Array<ResourceReferencesPersonConnectFieldInput> | null | undefined;
  disconnect?: Array<ResourceReferencesPersonDisconnectFieldInput> | null | undefined;
};

export type ResourceReferencesResourceConnectFieldInput = {
  connect?: Array<ResourceConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: ResourceConnectWhere | null | undefined;
};

export type ResourceReferencesResourceConnectionWhere = {
  AND?: Array<ResourceReferencesResourceConnectionWhere> | null | undefined;
  NOT?: ResourceReferencesResourceConnectionWhere | null | undefined;
  OR?: Array<ResourceReferencesResourceConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type ResourceReferencesResourceDisconnectFieldInput = {
  disconnect?: ResourceDisconnectInput | null | undefined;
  where?: ResourceReferencesResourceConnectionWhere | null | undefined;
};

export type ResourceReferencesResourceFieldInput = {
  connect?: Array<ResourceReferencesResourceConnectFieldInput> | null | undefined;
};

export type ResourceReferencesResourceUpdateFieldInput = {
  connect?: Array<ResourceReferencesResourceConnectFieldInput> | null | undefined;
  disconnect?: Array<ResourceReferencesResourceDisconnectFieldInput> | null | undefined;
};

export type ResourceReferencesRestraintTypeConnectFieldInput = {
  connect?: Array<RestraintTypeConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: RestraintTypeConnectWhere | null | undefined;
};

export type ResourceReferencesRestraintTypeConnectionWhere = {
  AND?: Array<ResourceReferencesRestraintTypeConnectionWhere> | null | undefined;
  NOT?: ResourceReferencesRestraintTypeConnectionWhere | null | undefined;
  OR?: Array<ResourceReferencesRestraintTypeConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: RestraintTypeWhere | null | undefined;
};

export type ResourceReferencesRestraintTypeDisconnectFieldInput = {
  disconnect?: RestraintTypeDisconnectInput | null | undefined;
  where?: ResourceReferencesRestraintTypeConnectionWhere | null | undefined;
};

export type ResourceReferencesRestraintTypeFieldInput = {
  connect?: Array<ResourceReferencesRestraintTypeConnectFieldInput> | null | undefined;
};

export type ResourceReferencesRestraintTypeUpdateFieldInput = {
  connect?: Array<ResourceReferencesRestraintTypeConnectFieldInput> | null | undefined;
  disconnect?: Array<ResourceReferencesRestraintTypeDisconnectFieldInput> | null | undefined;
};

export type ResourceReferencesSettingConnectFieldInput = {
  connect?: Array<SettingConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: SettingConnectWhere | null | undefined;
};

export type ResourceReferencesSettingConnectionWhere = {
  AND?: Array<ResourceReferencesSettingConnectionWhere> | null | undefined;
  NOT?: ResourceReferencesSettingConnectionWhere | null | undefined;
  OR?: Array<ResourceReferencesSettingConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: SettingWhere | null | undefined;
};

export type ResourceReferencesSettingDisconnectFieldInput = {
  disconnect?: SettingDisconnectInput | null | undefined;
  where?: ResourceReferencesSettingConnectionWhere | null | undefined;
};

export type ResourceReferencesSettingFieldInput = {
  connect?: Array<ResourceReferencesSettingConnectFieldInput> | null | undefined;
};

export type ResourceReferencesSettingUpdateFieldInput = {
  connect?: Array<ResourceReferencesSettingConnectFieldInput> | null | undefined;
  disconnect?: Array<ResourceReferencesSettingDisconnectFieldInput> | null | undefined;
};

export type ResourceReferencesUpdateInput = {
  Audience?: Array<ResourceReferencesAudienceUpdateFieldInput> | null | undefined;
  Framework?: Array<ResourceReferencesFrameworkUpdateFieldInput> | null | undefined;
  Jurisdiction?: Array<ResourceReferencesJurisdictionUpdateFieldInput> | null | undefined;
  Legislation?: Array<ResourceReferencesLegislationUpdateFieldInput> | null | undefined;
  Organisation?: Array<ResourceReferencesOrganisationUpdateFieldInput> | null | undefined;
  Person?: Array<ResourceReferencesPersonUpdateFieldInput> | null | undefined;
  Resource?: Array<ResourceReferencesResourceUpdateFieldInput> | null | undefined;
  RestraintType?: Array<ResourceReferencesRestraintTypeUpdateFieldInput> | null | undefined;
  Setting?: Array<ResourceReferencesSettingUpdateFieldInput> | null | undefined;
};

export type ResourceRelationshipFilters = {
  /** Filter type where all of the related Resources match this filter */
  all?: ResourceWhere | null | undefined;
  /** Filter type where none of the related Resources match this filter */
  none?: ResourceWhere | null | undefined;
  /** Filter type where one of the related Resources match this filter */
  single?: ResourceWhere | null | undefined;
  /** Filter type where some of the related Resources match this filter */
  some?: ResourceWhere | null | undefined;
};

/** The relationship types that can start at a resource: what a curator may add from a new resource. */
export const ResourceRelationshipType = {
  /** The resource or framework is about this type of restraint. */
  Addresses: 'ADDRESSES',
  /** The resource or framework applies in this jurisdiction. */
  AppliesIn: 'APPLIES_IN',
  /** Paid for or asked for the resource. */
  CommissionedBy: 'COMMISSIONED_BY',
  /** The resource complies with this legislation. */
  CompliesWith: 'COMPLIES_WITH',
  /** The resource was made together with people from this group (co-production), not only for them. */
  CoProducedWith: 'CO_PRODUCED_WITH',
  /** Lineage: the resource adapts, encompasses, implements, is based on or follows on from the target (`how`). */
  DerivesFrom: 'DERIVES_FROM',
  /** The document that sets the framework out. */
  Describes: 'DESCRIBES',
  /** The resource or framework was developed or produced in this jurisdiction (not necessarily where it applies). */
  DevelopedIn: 'DEVELOPED_IN',
  /** A partner, co-producer or adapter of the resource. */
  DevelopedWith: 'DEVELOPED_WITH',
  /** Studies the target's effect. */
  Evaluates: 'EVALUATES',
  /** The resource features this person. */
  Features: 'FEATURES',
  /** The resource or framework is for this audience. */
  ForAudience: 'FOR_AUDIENCE',
  /** The resource or framework is for, or used in, this setting. */
  ForSetting: 'FOR_SETTING',
  /** Part of a larger resource (a tool within a set, a video of a conference), of a programme or initiative, or of an organisation. */
  PartOf: 'PART_OF',
  /** Produced or published the resource. */
  PublishedBy: 'PUBLISHED_BY',
  /** The resource mentions the target. */
  References: 'REFERENCES',
  /** Another version of the same work that neither replaces nor is replaced by the target, such as an editable copy (a later edition DERIVES_FROM it with how FOLLOWS_ON). */
  VersionOf: 'VERSION_OF'
} as const;

export type ResourceRelationshipType = typeof ResourceRelationshipType[keyof typeof ResourceRelationshipType];
export type ResourceSettingsConnectFieldInput = {
  connect?: Array<SettingConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: SettingConnectWhere | null | undefined;
};

export type ResourceSettingsConnectionAggregateInput = {
  AND?: Array<ResourceSettingsConnectionAggregateInput> | null | undefined;
  NOT?: ResourceSettingsConnectionAggregateInput | null | undefined;
  OR?: Array<ResourceSettingsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: ResourceSettingsNodeAggregationWhereInput | null | undefined;
};

export type ResourceSettingsConnectionFilters = {
  /** Filter Resources by aggregating results on related ResourceSettingsConnections */
  aggregate?: ResourceSettingsConnectionAggregateInput | null | undefined;
  /** Return Resources where all of the related ResourceSettingsConnections match this filter */
  all?: ResourceSettingsConnectionWhere | null | undefined;
  /** Return Resources where none of the related ResourceSettingsConnections match this filter */
  none?: ResourceSettingsConnectionWhere | null | undefined;
  /** Return Resources where one of the related ResourceSettingsConnections match this filter */
  single?: ResourceSettingsConnectionWhere | null | undefined;
  /** Return Resources where some of the related ResourceSettingsConnections match this filter */
  some?: ResourceSettingsConnectionWhere | null | undefined;
};

export type ResourceSettingsConnectionWhere = {
  AND?: Array<ResourceSettingsConnectionWhere> | null | undefined;
  NOT?: ResourceSettingsConnectionWhere | null | undefined;
  OR?: Array<ResourceSettingsConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: SettingWhere | null | undefined;
};

export type ResourceSettingsDisconnectFieldInput = {
  disconnect?: SettingDisconnectInput | null | undefined;
  where?: ResourceSettingsConnectionWhere | null | undefined;
};

export type ResourceSettingsFieldInput = {
  connect?: Array<ResourceSettingsConnectFieldInput> | null | undefined;
};

export type ResourceSettingsNodeAggregationWhereInput = {
  AND?: Array<ResourceSettingsNodeAggregationWhereInput> | null | undefined;
  NOT?: ResourceSettingsNodeAggregationWhereInput | null | undefined;
  OR?: Array<ResourceSettingsNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
};

export type ResourceSettingsUpdateFieldInput = {
  connect?: Array<ResourceSettingsConnectFieldInput> | null | undefined;
  disconnect?: Array<ResourceSettingsDisconnectFieldInput> | null | undefined;
};

export type ResourceUpdateInput = {
  addresses?: Array<ResourceAddressesUpdateFieldInput> | null | undefined;
  aliases?: ListStringMutations | null | undefined;
  appliesIn?: Array<ResourceAppliesInUpdateFieldInput> | null | undefined;
  audiences?: Array<ResourceAudiencesUpdateFieldInput> | null | undefined;
  coProducedWith?: Array<ResourceCoProducedWithUpdateFieldInput> | null | undefined;
  commissionedBy?: Array<ResourceCommissionedByUpdateFieldInput> | null | undefined;
  compliesWith?: Array<ResourceCompliesWithUpdateFieldInput> | null | undefined;
  createdAt?: DateTimeScalarMutations | null | undefined;
  createdBy?: StringScalarMutations | null | undefined;
  derivesFrom?: ResourceDerivesFromUpdateInput | null | undefined;
  describes?: Array<ResourceDescribesUpdateFieldInput> | null | undefined;
  description?: StringScalarMutations | null | undefined;
  descriptiveTitle?: BooleanScalarMutations | null | undefined;
  developedIn?: Array<ResourceDevelopedInUpdateFieldInput> | null | undefined;
  developedWith?: ResourceDevelopedWithUpdateInput | null | undefined;
  easyRead?: BooleanScalarMutations | null | undefined;
  editable?: BooleanScalarMutations | null | undefined;
  evaluates?: ResourceEvaluatesUpdateInput | null | undefined;
  features?: Array<ResourceFeaturesUpdateFieldInput> | null | undefined;
  generalKnowledge?: ListStringMutations | null | undefined;
  kind?: StringScalarMutations | null | undefined;
  partOf?: ResourcePartOfUpdateInput | null | undefined;
  publishedBy?: ResourcePublishedByUpdateInput | null | undefined;
  references?: ResourceReferencesUpdateInput | null | undefined;
  settings?: Array<ResourceSettingsUpdateFieldInput> | null | undefined;
  summary?: StringScalarMutations | null | undefined;
  title?: StringScalarMutations | null | undefined;
  url?: StringScalarMutations | null | undefined;
  versionOf?: Array<ResourceVersionOfUpdateFieldInput> | null | undefined;
  year?: IntScalarMutations | null | undefined;
};

export type ResourceVersionOfConnectFieldInput = {
  connect?: Array<ResourceConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: ResourceConnectWhere | null | undefined;
};

export type ResourceVersionOfConnectionAggregateInput = {
  AND?: Array<ResourceVersionOfConnectionAggregateInput> | null | undefined;
  NOT?: ResourceVersionOfConnectionAggregateInput | null | undefined;
  OR?: Array<ResourceVersionOfConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: ResourceVersionOfNodeAggregationWhereInput | null | undefined;
};

export type ResourceVersionOfConnectionFilters = {
  /** Filter Resources by aggregating results on related ResourceVersionOfConnections */
  aggregate?: ResourceVersionOfConnectionAggregateInput | null | undefined;
  /** Return Resources where all of the related ResourceVersionOfConnections match this filter */
  all?: ResourceVersionOfConnectionWhere | null | undefined;
  /** Return Resources where none of the related ResourceVersionOfConnections match this filter */
  none?: ResourceVersionOfConnectionWhere | null | undefined;
  /** Return Resources where one of the related ResourceVersionOfConnections match this filter */
  single?: ResourceVersionOfConnectionWhere | null | undefined;
  /** Return Resources where some of the related ResourceVersionOfConnections match this filter */
  some?: ResourceVersionOfConnectionWhere | null | undefined;
};

export type ResourceVersionOfConnectionWhere = {
  AND?: Array<ResourceVersionOfConnectionWhere> | null | undefined;
  NOT?: ResourceVersionOfConnectionWhere | null | undefined;
  OR?: Array<ResourceVersionOfConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type ResourceVersionOfDisconnectFieldInput = {
  disconnect?: ResourceDisconnectInput | null | undefined;
  where?: ResourceVersionOfConnectionWhere | null | undefined;
};

export type ResourceVersionOfFieldInput = {
  connect?: Array<ResourceVersionOfConnectFieldInput> | null | undefined;
};

export type ResourceVersionOfNodeAggregationWhereInput = {
  AND?: Array<ResourceVersionOfNodeAggregationWhereInput> | null | undefined;
  NOT?: ResourceVersionOfNodeAggregationWhereInput | null | undefined;
  OR?: Array<ResourceVersionOfNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  url?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type ResourceVersionOfUpdateFieldInput = {
  connect?: Array<ResourceVersionOfConnectFieldInput> | null | undefined;
  disconnect?: Array<ResourceVersionOfDisconnectFieldInput> | null | undefined;
};

export type ResourceVersionsConnectionAggregateInput = {
  AND?: Array<ResourceVersionsConnectionAggregateInput> | null | undefined;
  NOT?: ResourceVersionsConnectionAggregateInput | null | undefined;
  OR?: Array<ResourceVersionsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: ResourceVersionsNodeAggregationWhereInput | null | undefined;
};

export type ResourceVersionsConnectionFilters = {
  /** Filter Resources by aggregating results on related ResourceVersionsConnections */
  aggregate?: ResourceVersionsConnectionAggregateInput | null | undefined;
  /** Return Resources where all of the related ResourceVersionsConnections match this filter */
  all?: ResourceVersionsConnectionWhere | null | undefined;
  /** Return Resources where none of the related ResourceVersionsConnections match this filter */
  none?: ResourceVersionsConnectionWhere | null | undefined;
  /** Return Resources where one of the related ResourceVersionsConnections match this filter */
  single?: ResourceVersionsConnectionWhere | null | undefined;
  /** Return Resources where some of the related ResourceVersionsConnections match this filter */
  some?: ResourceVersionsConnectionWhere | null | undefined;
};

export type ResourceVersionsConnectionWhere = {
  AND?: Array<ResourceVersionsConnectionWhere> | null | undefined;
  NOT?: ResourceVersionsConnectionWhere | null | undefined;
  OR?: Array<ResourceVersionsConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type ResourceVersionsNodeAggregationWhereInput = {
  AND?: Array<ResourceVersionsNodeAggregationWhereInput> | null | undefined;
  NOT?: ResourceVersionsNodeAggregationWhereInput | null | undefined;
  OR?: Array<ResourceVersionsNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  url?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type ResourceWhere = {
  AND?: Array<ResourceWhere> | null | undefined;
  NOT?: ResourceWhere | null | undefined;
  OR?: Array<ResourceWhere> | null | undefined;
  addresses?: RestraintTypeRelationshipFilters | null | undefined;
  addressesConnection?: ResourceAddressesConnectionFilters | null | undefined;
  aliases?: StringListFilters | null | undefined;
  appliesIn?: JurisdictionRelationshipFilters | null | undefined;
  appliesInConnection?: ResourceAppliesInConnectionFilters | null | undefined;
  audiences?: AudienceRelationshipFilters | null | undefined;
  audiencesConnection?: ResourceAudiencesConnectionFilters | null | undefined;
  coProducedWith?: AudienceRelationshipFilters | null | undefined;
  coProducedWithConnection?: ResourceCoProducedWithConnectionFilters | null | undefined;
  commissionedBy?: OrganisationRelationshipFilters | null | undefined;
  commissionedByConnection?: ResourceCommissionedByConnectionFilters | null | undefined;
  compliesWith?: LegislationRelationshipFilters | null | undefined;
  compliesWithConnection?: ResourceCompliesWithConnectionFilters | null | undefined;
  createdAt?: DateTimeScalarFilters | null | undefined;
  createdBy?: StringScalarFilters | null | undefined;
  derivatives?: ResourceRelationshipFilters | null | undefined;
  derivativesConnection?: ResourceDerivativesConnectionFilters | null | undefined;
  derivesFrom?: LineageTargetRelationshipFilters | null | undefined;
  derivesFromConnection?: ResourceDerivesFromConnectionFilters | null | undefined;
  describes?: FrameworkRelationshipFilters | null | undefined;
  describesConnection?: ResourceDescribesConnectionFilters | null | undefined;
  description?: StringScalarFilters | null | undefined;
  descriptiveTitle?: BooleanScalarFilters | null | undefined;
  developedIn?: JurisdictionRelationshipFilters | null | undefined;
  developedInConnection?: ResourceDevelopedInConnectionFilters | null | undefined;
  developedWith?: ContributorRelationshipFilters | null | undefined;
  developedWithConnection?: ResourceDevelopedWithConnectionFilters | null | undefined;
  easyRead?: BooleanScalarFilters | null | undefined;
  editable?: BooleanScalarFilters | null | undefined;
  evaluatedBy?: ResourceRelationshipFilters | null | undefined;
  evaluatedByConnection?: ResourceEvaluatedByConnectionFilters | null | undefined;
  evaluates?: LineageTargetRelationshipFilters | null | undefined;
  evaluatesConnection?: ResourceEvaluatesConnectionFilters | null | undefined;
  features?: PersonRelationshipFilters | null | undefined;
  featuresConnection?: ResourceFeaturesConnectionFilters | null | undefined;
  generalKnowledge?: StringListFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  kind?: StringScalarFilters | null | undefined;
  partOf?: LineageTargetRelationshipFilters | null | undefined;
  partOfConnection?: ResourcePartOfConnectionFilters | null | undefined;
  parts?: ResourceRelationshipFilters | null | undefined;
  partsConnection?: ResourcePartsConnectionFilters | null | undefined;
  publishedBy?: ContributorRelationshipFilters | null | undefined;
  publishedByConnection?: ResourcePublishedByConnectionFilters | null | undefined;
  referencedBy?: ResourceRelationshipFilters | null | undefined;
  referencedByConnection?: ResourceReferencedByConnectionFilters | null | undefined;
  references?: EntityRelationshipFilters | null | undefined;
  referencesConnection?: ResourceReferencesConnectionFilters | null | undefined;
  settings?: SettingRelationshipFilters | null | undefined;
  settingsConnection?: ResourceSettingsConnectionFilters | null | undefined;
  summary?: StringScalarFilters | null | undefined;
  title?: StringScalarFilters | null | undefined;
  updatedAt?: DateTimeScalarFilters | null | undefined;
  updatedBy?: StringScalarFilters | null | undefined;
  url?: StringScalarFilters | null | undefined;
  versionOf?: ResourceRelationshipFilters | null | undefined;
  versionOfConnection?: ResourceVersionOfConnectionFilters | null | undefined;
  versions?: ResourceRelationshipFilters | null | undefined;
  versionsConnection?: ResourceVersionsConnectionFilters | null | undefined;
  year?: IntScalarFilters | null | undefined;
};

export type RestraintTypeAddressedByConnectionFilters = {
  /** Return RestraintTypes where all of the related RestraintTypeAddressedByConnections match this filter */
  all?: RestraintTypeAddressedByConnectionWhere | null | undefined;
  /** Return RestraintTypes where none of the related RestraintTypeAddressedByConnections match this filter */
  none?: RestraintTypeAddressedByConnectionWhere | null | undefined;
  /** Return RestraintTypes where one of the related RestraintTypeAddressedByConnections match this filter */
  single?: RestraintTypeAddressedByConnectionWhere | null | undefined;
  /** Return RestraintTypes where some of the related RestraintTypeAddressedByConnections match this filter */
  some?: RestraintTypeAddressedByConnectionWhere | null | undefined;
};

export type RestraintTypeAddressedByConnectionWhere = {
  Framework?: RestraintTypeAddressedByFrameworkConnectionWhere | null | undefined;
  Resource?: RestraintTypeAddressedByResourceConnectionWhere | null | undefined;
};

export type RestraintTypeAddressedByFrameworkConnectionWhere = {
  AND?: Array<RestraintTypeAddressedByFrameworkConnectionWhere> | null | undefined;
  NOT?: RestraintTypeAddressedByFrameworkConnectionWhere | null | undefined;
  OR?: Array<RestraintTypeAddressedByFrameworkConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: FrameworkWhere | null | undefined;
};

export type RestraintTypeAddressedByResourceConnectionWhere = {
  AND?: Array<RestraintTypeAddressedByResourceConnectionWhere> | null | undefined;
  NOT?: RestraintTypeAddressedByResourceConnectionWhere | null | undefined;
  OR?: Array<RestraintTypeAddressedByResourceConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type RestraintTypeConnectInput = {
  referencedBy?: Array<RestraintTypeReferencedByConnectFieldInput> | null | undefined;
};

export type RestraintTypeConnectWhere = {
  node: RestraintTypeWhere;
};

export type RestraintTypeCreateInput = {
  aliases?: Array<string> | null | undefined;
  definition?: string | null | undefined;
  generalKnowledge?: Array<string> | null | undefined;
  id: string;
  name: string;
  referencedBy?: RestraintTypeReferencedByFieldInput | null | undefined;
  summary?: string | null | undefined;
};

export type RestraintTypeDisconnectInput = {
  referencedBy?: Array<RestraintTypeReferencedByDisconnectFieldInput> | null | undefined;
};

export type RestraintTypeReferencedByConnectFieldInput = {
  connect?: Array<ResourceConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: ResourceConnectWhere | null | undefined;
};

export type RestraintTypeReferencedByConnectionAggregateInput = {
  AND?: Array<RestraintTypeReferencedByConnectionAggregateInput> | null | undefined;
  NOT?: RestraintTypeReferencedByConnectionAggregateInput | null | undefined;
  OR?: Array<RestraintTypeReferencedByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: RestraintTypeReferencedByNodeAggregationWhereInput | null | undefined;
};

export type RestraintTypeReferencedByConnectionFilters = {
  /** Filter RestraintTypes by aggregating results on related RestraintTypeReferencedByConnections */
  aggregate?: RestraintTypeReferencedByConnectionAggregateInput | null | undefined;
  /** Return RestraintTypes where all of the related RestraintTypeReferencedByConnections match this filter */
  all?: RestraintTypeReferencedByConnectionWhere | null | undefined;
  /** Return RestraintTypes where none of the related RestraintTypeReferencedByConnections match this filter */
  none?: RestraintTypeReferencedByConnectionWhere | null | undefined;
  /** Return RestraintTypes where one of the related RestraintTypeReferencedByConnections match this filter */
  single?: RestraintTypeReferencedByConnectionWhere | null | undefined;
  /** Return RestraintTypes where some of the related RestraintTypeReferencedByConnections match this filter */
  some?: RestraintTypeReferencedByConnectionWhere | null | undefined;
};

export type RestraintTypeReferencedByConnectionWhere = {
  AND?: Array<RestraintTypeReferencedByConnectionWhere> | null | undefined;
  NOT?: RestraintTypeReferencedByConnectionWhere | null | undefined;
  OR?: Array<RestraintTypeReferencedByConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type RestraintTypeReferencedByDisconnectFieldInput = {
  disconnect?: ResourceDisconnectInput | null | undefined;
  where?: RestraintTypeReferencedByConnectionWhere | null | undefined;
};

export type RestraintTypeReferencedByFieldInput = {
  connect?: Array<RestraintTypeReferencedByConnectFieldInput> | null | undefined;
};

export type RestraintTypeReferencedByNodeAggregationWhereInput = {
  AND?: Array<RestraintTypeReferencedByNodeAggregationWhereInput> | null | undefined;
  NOT?: RestraintTypeReferencedByNodeAggregationWhereInput | null | undefined;
  OR?: Array<RestraintTypeReferencedByNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  url?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type RestraintTypeReferencedByUpdateFieldInput = {
  connect?: Array<RestraintTypeReferencedByConnectFieldInput> | null | undefined;
  disconnect?: Array<RestraintTypeReferencedByDisconnectFieldInput> | null | undefined;
};

export type RestraintTypeRelationshipFilters = {
  /** Filter type where all of the related RestraintTypes match this filter */
  all?: RestraintTypeWhere | null | undefined;
  /** Filter type where none of the related RestraintTypes match this filter */
  none?: RestraintTypeWhere | null | undefined;
  /** Filter type where one of the related RestraintTypes match this filter */
  single?: RestraintTypeWhere | null | undefined;
  /** Filter type where some of the related RestraintTypes match this filter */
  some?: RestraintTypeWhere | null | undefined;
};

export type RestraintTypeUpdateInput = {
  aliases?: ListStringMutations | null | undefined;
  createdAt?: DateTimeScalarMutations | null | undefined;
  createdBy?: StringScalarMutations | null | undefined;
  definition?: StringScalarMutations | null | undefined;
  generalKnowledge?: ListStringMutations | null | undefined;
  name?: StringScalarMutations | null | undefined;
  referencedBy?: Array<RestraintTypeReferencedByUpdateFieldInput> | null | undefined;
  summary?: StringScalarMutations | null | undefined;
};

export type RestraintTypeWhere = {
  AND?: Array<RestraintTypeWhere> | null | undefined;
  NOT?: RestraintTypeWhere | null | undefined;
  OR?: Array<RestraintTypeWhere> | null | undefined;
  addressedBy?: LineageTargetRelationshipFilters | null | undefined;
  addressedByConnection?: RestraintTypeAddressedByConnectionFilters | null | undefined;
  aliases?: StringListFilters | null | undefined;
  createdAt?: DateTimeScalarFilters | null | undefined;
  createdBy?: StringScalarFilters | null | undefined;
  definition?: StringScalarFilters | null | undefined;
  generalKnowledge?: StringListFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  referencedBy?: ResourceRelationshipFilters | null | undefined;
  referencedByConnection?: RestraintTypeReferencedByConnectionFilters | null | undefined;
  summary?: StringScalarFilters | null | undefined;
  updatedAt?: DateTimeScalarFilters | null | undefined;
  updatedBy?: StringScalarFilters | null | undefined;
};

export type SettingConnectInput = {
  referencedBy?: Array<SettingReferencedByConnectFieldInput> | null | undefined;
};

export type SettingConnectWhere = {
  node: SettingWhere;
};

export type SettingCreateInput = {
  aliases?: Array<string> | null | undefined;
  generalKnowledge?: Array<string> | null | undefined;
  id: string;
  name: string;
  referencedBy?: SettingReferencedByFieldInput | null | undefined;
  summary?: string | null | undefined;
};

export type SettingDisconnectInput = {
  referencedBy?: Array<SettingReferencedByDisconnectFieldInput> | null | undefined;
};

export type SettingReferencedByConnectFieldInput = {
  connect?: Array<ResourceConnectInput> | null | undefined;
  edge?: ProvenanceCreateInput | null | undefined;
  where?: ResourceConnectWhere | null | undefined;
};

export type SettingReferencedByConnectionAggregateInput = {
  AND?: Array<SettingReferencedByConnectionAggregateInput> | null | undefined;
  NOT?: SettingReferencedByConnectionAggregateInput | null | undefined;
  OR?: Array<SettingReferencedByConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: ProvenanceAggregationWhereInput | null | undefined;
  node?: SettingReferencedByNodeAggregationWhereInput | null | undefined;
};

export type SettingReferencedByConnectionFilters = {
  /** Filter Settings by aggregating results on related SettingReferencedByConnections */
  aggregate?: SettingReferencedByConnectionAggregateInput | null | undefined;
  /** Return Settings where all of the related SettingReferencedByConnections match this filter */
  all?: SettingReferencedByConnectionWhere | null | undefined;
  /** Return Settings where none of the related SettingReferencedByConnections match this filter */
  none?: SettingReferencedByConnectionWhere | null | undefined;
  /** Return Settings where one of the related SettingReferencedByConnections match this filter */
  single?: SettingReferencedByConnectionWhere | null | undefined;
  /** Return Settings where some of the related SettingReferencedByConnections match this filter */
  some?: SettingReferencedByConnectionWhere | null | undefined;
};

export type SettingReferencedByConnectionWhere = {
  AND?: Array<SettingReferencedByConnectionWhere> | null | undefined;
  NOT?: SettingReferencedByConnectionWhere | null | undefined;
  OR?: Array<SettingReferencedByConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type SettingReferencedByDisconnectFieldInput = {
  disconnect?: ResourceDisconnectInput | null | undefined;
  where?: SettingReferencedByConnectionWhere | null | undefined;
};

export type SettingReferencedByFieldInput = {
  connect?: Array<SettingReferencedByConnectFieldInput> | null | undefined;
};

export type SettingReferencedByNodeAggregationWhereInput = {
  AND?: Array<SettingReferencedByNodeAggregationWhereInput> | null | undefined;
  NOT?: SettingReferencedByNodeAggregationWhereInput | null | undefined;
  OR?: Array<SettingReferencedByNodeAggregationWhereInput> | null | undefined;
  createdAt?: DateTimeScalarAggregationFilters | null | undefined;
  createdBy?: StringScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  kind?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  title?: StringScalarAggregationFilters | null | undefined;
  updatedAt?: DateTimeScalarAggregationFilters | null | undefined;
  updatedBy?: StringScalarAggregationFilters | null | undefined;
  url?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type SettingReferencedByUpdateFieldInput = {
  connect?: Array<SettingReferencedByConnectFieldInput> | null | undefined;
  disconnect?: Array<SettingReferencedByDisconnectFieldInput> | null | undefined;
};

export type SettingRelationshipFilters = {
  /** Filter type where all of the related Settings match this filter */
  all?: SettingWhere | null | undefined;
  /** Filter type where none of the related Settings match this filter */
  none?: SettingWhere | null | undefined;
  /** Filter type where one of the related Settings match this filter */
  single?: SettingWhere | null | undefined;
  /** Filter type where some of the related Settings match this filter */
  some?: SettingWhere | null | undefined;
};

export type SettingResourcesConnectionFilters = {
  /** Return Settings where all of the related SettingResourcesConnections match this filter */
  all?: SettingResourcesConnectionWhere | null | undefined;
  /** Return Settings where none of the related SettingResourcesConnections match this filter */
  none?: SettingResourcesConnectionWhere | null | undefined;
  /** Return Settings where one of the related SettingResourcesConnections match this filter */
  single?: SettingResourcesConnectionWhere | null | undefined;
  /** Return Settings where some of the related SettingResourcesConnections match this filter */
  some?: SettingResourcesConnectionWhere | null | undefined;
};

export type SettingResourcesConnectionWhere = {
  Framework?: SettingResourcesFrameworkConnectionWhere | null | undefined;
  Resource?: SettingResourcesResourceConnectionWhere | null | undefined;
};

export type SettingResourcesFrameworkConnectionWhere = {
  AND?: Array<SettingResourcesFrameworkConnectionWhere> | null | undefined;
  NOT?: SettingResourcesFrameworkConnectionWhere | null | undefined;
  OR?: Array<SettingResourcesFrameworkConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: FrameworkWhere | null | undefined;
};

export type SettingResourcesResourceConnectionWhere = {
  AND?: Array<SettingResourcesResourceConnectionWhere> | null | undefined;
  NOT?: SettingResourcesResourceConnectionWhere | null | undefined;
  OR?: Array<SettingResourcesResourceConnectionWhere> | null | undefined;
  edge?: ProvenanceWhere | null | undefined;
  node?: ResourceWhere | null | undefined;
};

export type SettingUpdateInput = {
  aliases?: ListStringMutations | null | undefined;
  createdAt?: DateTimeScalarMutations | null | undefined;
  createdBy?: StringScalarMutations | null | undefined;
  generalKnowledge?: ListStringMutations | null | undefined;
  name?: StringScalarMutations | null | undefined;
  referencedBy?: Array<SettingReferencedByUpdateFieldInput> | null | undefined;
  summary?: StringScalarMutations | null | undefined;
};

export type SettingWhere = {
  AND?: Array<SettingWhere> | null | undefined;
  NOT?: SettingWhere | null | undefined;
  OR?: Array<SettingWhere> | null | undefined;
  aliases?: StringListFilters | null | undefined;
  createdAt?: DateTimeScalarFilters | null | undefined;
  createdBy?: StringScalarFilters | null | undefined;
  generalKnowledge?: StringListFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  referencedBy?: ResourceRelationshipFilters | null | undefined;
  referencedByConnection?: SettingReferencedByConnectionFilters | null | undefined;
  resources?: LineageTargetRelationshipFilters | null | undefined;
  resourcesConnection?: SettingResourcesConnectionFilters | null | undefined;
  summary?: StringScalarFilters | null | undefined;
  updatedAt?: DateTimeScalarFilters | null | undefined;
  updatedBy?: StringScalarFilters | null | undefined;
};

/** String list filters */
export type StringListFilters = {
  eq?: Array<string> | null | undefined;
  includes?: string | null | undefined;
};

/** Filters for an aggregation of a string field */
export type StringScalarAggregationFilters = {
  averageLength?: FloatScalarFilters | null | undefined;
  longestLength?: IntScalarFilters | null | undefined;
  shortestLength?: IntScalarFilters | null | undefined;
};

/** String filters */
export type StringScalarFilters = {
  contains?: string | null | undefined;
  endsWith?: string | null | undefined;
  eq?: string | null | undefined;
  in?: Array<string> | null | undefined;
  startsWith?: string | null | undefined;
};

/** String mutations */
export type StringScalarMutations = {
  set?: string | null | undefined;
};

/** What a visitor may propose. Sizes are bounded; anything longer is refused. */
export type SuggestionInput = {
  /** An e-mail address or other way to reach you, at most 200 characters; only curators see it. */
  contact?: string | null | undefined;
  kind?: string | null | undefined;
  /** Up to 10 ids of existing entities. */
  relatedIds?: Array<string> | null | undefined;
  /** At most 2000 characters. */
  summary?: string | null | undefined;
  /** At most 200 characters. */
  title: string;
  /** An http(s) link, at most 500 characters. */
  url?: string | null | undefined;
  year?: number | null | undefined;
};

export const SuggestionStatus = {
  Approved: 'APPROVED',
  Pending: 'PENDING',
  Rejected: 'REJECTED'
} as const;

export type SuggestionStatus = typeof SuggestionStatus[keyof typeof SuggestionStatus];
/**
 * What a suggestion proposes. Visitors send NEW_RESOURCE (the form at /suggest) and LINK_FOR_RESOURCE
 * ("Suggest the link" on a resource's page); `npm run source:sync -- --apply` files all four.
 */
export const SuggestionType = {
  /** The source page describes an existing resource (targetId) differently now; approving records that a curator has dealt with it and changes nothing. */
  ChangedText: 'CHANGED_TEXT',
  /** An existing resource (targetId) is no longer on the source page; approving records that a curator has dealt with it and changes (and deletes) nothing. */
  GoneFromPage: 'GONE_FROM_PAGE',
  /** A link (url) for an existing resource (targetId); approving sets the resource's url, audited. */
  LinkForResource: 'LINK_FOR_RESOURCE',
  /** A resource the graph does not have; approving creates it. */
  NewResource: 'NEW_RESOURCE'
} as const;

export type SuggestionType = typeof SuggestionType[keyof typeof SuggestionType];
/** How the graph knows one resource is a later or earlier version of another. */
export const VersionRelation = {
  /** DERIVES_FROM with how FOLLOWS_ON, directly or along a chain of them. */
  FollowsOn: 'FOLLOWS_ON',
  /** Same publisher and kind, both with a year, and the same title once years are left out. */
  LaterInSeries: 'LATER_IN_SERIES',
  /** The resource is PART_OF a collection that a newer collection follows on from. */
  NewerCollection: 'NEWER_COLLECTION'
} as const;

export type VersionRelation = typeof VersionRelation[keyof typeof VersionRelation];
/** The standard views, each with its own layout. */
export const ViewLayout = {
  /** Force-directed (fcose), as the overview and the neighbourhood view draw. */
  Force: 'FORCE',
  /** Top-down hierarchy (dagre), as the lineage view draws. */
  Hierarchy: 'HIERARCHY',
  /** Force-directed within one box per role the focus organisation plays, as the organisation view draws. */
  OrgRoles: 'ORG_ROLES'
} as const;

export type ViewLayout = typeof ViewLayout[keyof typeof ViewLayout];
export type CiteQueryVariables = Exact<{
  ids: Array<string> | string;
  format: CitationFormat;
  accessed?: string | null | undefined;
}>;


export type CiteQuery = { cite: { format: CitationFormat, contentType: string, filename: string, text: string } };

export type CurationStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type CurationStatusQuery = { curationStatus: { enabled: boolean, signedIn: boolean, curator: boolean, name: string | null, tokenProblem: string | null, contact: string | null, oidc: { issuer: string, clientId: string, scope: string } | null } };

export type FacetValuesFragment = { nodes: Array<{ id: string, label: string, degree: number }> };

export type FacetOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type FacetOptionsQuery = { restraintTypes: { nodes: Array<{ id: string, label: string, degree: number }> }, settings: { nodes: Array<{ id: string, label: string, degree: number }> }, audiences: { nodes: Array<{ id: string, label: string, degree: number }> }, jurisdictions: { nodes: Array<{ id: string, label: string, degree: number }> }, organisations: { nodes: Array<{ id: string, label: string, degree: number }> } };

export type GraphNodeFieldsFragment = { id: string, type: NodeType, label: string, kind: string | null, year: number | null, degree: number, distance: number | null };

export type GraphEdgeFieldsFragment = { id: string, type: RelationshipType, source: string, target: string, how: DerivationHow | null, basis: EvidenceBasis, annotation: boolean };

export type SubgraphFieldsFragment = { truncated: boolean, total: number | null, nodes: Array<{ id: string, type: NodeType, label: string, kind: string | null, year: number | null, degree: number, distance: number | null }>, edges: Array<{ id: string, type: RelationshipType, source: string, target: string, how: DerivationHow | null, basis: EvidenceBasis, annotation: boolean }> };

export type EdgeProvenanceFieldsFragment = { id: string, evidence: string | null, sourceDoc: string | null, generalKnowledge: boolean, reasoning: string | null };

export type RelationshipsAmongQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type RelationshipsAmongQuery = { relationshipsAmong: Array<{ id: string, evidence: string | null, sourceDoc: string | null, generalKnowledge: boolean, reasoning: string | null }> };

export type UnrecordedMatchesQueryVariables = Exact<{
  filter: GraphFilter;
}>;


export type UnrecordedMatchesQuery = { unrecordedMatches: Array<{ facet: GraphFacet, count: number }> };

export type NodeDetailQueryVariables = Exact<{
  id: string;
}>;


export type NodeDetailQuery = { node: { summary: string | null, url: string | null, generalKnowledge: Array<string>, easyRead: boolean | null, aliases: Array<string>, definition: string | null, origin: string | null, role: string | null, country: string | null, editable: boolean | null, descriptiveTitle: boolean | null, description: string | null, id: string, type: NodeType, label: string, kind: string | null, year: number | null, degree: number, distance: number | null } | null, neighbourhood: { truncated: boolean, nodes: Array<{ id: string, type: NodeType, label: string, url: string | null }>, edges: Array<{ id: string, type: RelationshipType, source: string, target: string, how: DerivationHow | null, basis: EvidenceBasis, annotation: boolean, evidence: string | null, sourceDoc: string | null, generalKnowledge: boolean, reasoning: string | null }> } };

export type ResourceVersionsQueryVariables = Exact<{
  id: string;
}>;


export type ResourceVersionsQuery = { versions: { newer: Array<{ relation: VersionRelation, explanation: string, node: { id: string, label: string, year: number | null } }>, older: Array<{ relation: VersionRelation, explanation: string, node: { id: string, label: string, year: number | null } }> } };

export type SimilarResourcesQueryVariables = Exact<{
  id: string;
  limit: number;
}>;


export type SimilarResourcesQuery = { similar: Array<{ score: number, reasons: Array<string>, node: { id: string, label: string, kind: string | null, year: number | null } }> };

export type TypeAheadQueryVariables = Exact<{
  query: string;
}>;


export type TypeAheadQuery = { search: Array<{ id: string, type: NodeType, label: string, kind: string | null, year: number | null }> };

export type CurateHistoryNamesQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type CurateHistoryNamesQuery = { resources: Array<{ id: string, title: string }>, organisations: Array<{ id: string, name: string }>, frameworks: Array<{ id: string, name: string }>, restraintTypes: Array<{ id: string, name: string }>, settings: Array<{ id: string, name: string }>, audiences: Array<{ id: string, name: string }>, jurisdictions: Array<{ id: string, name: string }>, legislations: Array<{ id: string, name: string }>, people: Array<{ id: string, name: string }> };

export type CurateUpdateResourceMutationVariables = Exact<{
  id: string;
  update: ResourceUpdateInput;
}>;


export type CurateUpdateResourceMutation = { updateResources: { resources: Array<{ id: string }> } };

export type CurateUpdateOrganisationMutationVariables = Exact<{
  id: string;
  update: OrganisationUpdateInput;
}>;


export type CurateUpdateOrganisationMutation = { updateOrganisations: { organisations: Array<{ id: string }> } };

export type CurateUpdateFrameworkMutationVariables = Exact<{
  id: string;
  update: FrameworkUpdateInput;
}>;


export type CurateUpdateFrameworkMutation = { updateFrameworks: { frameworks: Array<{ id: string }> } };

export type CurateUpdateRestraintTypeMutationVariables = Exact<{
  id: string;
  update: RestraintTypeUpdateInput;
}>;


export type CurateUpdateRestraintTypeMutation = { updateRestraintTypes: { restraintTypes: Array<{ id: string }> } };

export type CurateUpdateSettingMutationVariables = Exact<{
  id: string;
  update: SettingUpdateInput;
}>;


export type CurateUpdateSettingMutation = { updateSettings: { settings: Array<{ id: string }> } };

export type CurateUpdateAudienceMutationVariables = Exact<{
  id: string;
  update: AudienceUpdateInput;
}>;


export type CurateUpdateAudienceMutation = { updateAudiences: { audiences: Array<{ id: string }> } };

export type CurateUpdateJurisdictionMutationVariables = Exact<{
  id: string;
  update: JurisdictionUpdateInput;
}>;


export type CurateUpdateJurisdictionMutation = { updateJurisdictions: { jurisdictions: Array<{ id: string }> } };

export type CurateUpdateLegislationMutationVariables = Exact<{
  id: string;
  update: LegislationUpdateInput;
}>;


export type CurateUpdateLegislationMutation = { updateLegislations: { legislations: Array<{ id: string }> } };

export type CurateUpdatePersonMutationVariables = Exact<{
  id: string;
  update: PersonUpdateInput;
}>;


export type CurateUpdatePersonMutation = { updatePeople: { people: Array<{ id: string }> } };

export type CurateCreateResourceMutationVariables = Exact<{
  input: ResourceCreateInput;
}>;


export type CurateCreateResourceMutation = { createResources: { resources: Array<{ id: string }> } };

export type CurateCreateOrganisationMutationVariables = Exact<{
  input: OrganisationCreateInput;
}>;


export type CurateCreateOrganisationMutation = { createOrganisations: { organisations: Array<{ id: string }> } };

export type CurateCreateFrameworkMutationVariables = Exact<{
  input: FrameworkCreateInput;
}>;


export type CurateCreateFrameworkMutation = { createFrameworks: { frameworks: Array<{ id: string }> } };

export type CurateCreateRestraintTypeMutationVariables = Exact<{
  input: RestraintTypeCreateInput;
}>;


export type CurateCreateRestraintTypeMutation = { createRestraintTypes: { restraintTypes: Array<{ id: string }> } };

export type CurateCreateSettingMutationVariables = Exact<{
  input: SettingCreateInput;
}>;


export type CurateCreateSettingMutation = { createSettings: { settings: Array<{ id: string }> } };

export type CurateCreateAudienceMutationVariables = Exact<{
  input: AudienceCreateInput;
}>;


export type CurateCreateAudienceMutation = { createAudiences: { audiences: Array<{ id: string }> } };

export type CurateCreateJurisdictionMutationVariables = Exact<{
  input: JurisdictionCreateInput;
}>;


export type CurateCreateJurisdictionMutation = { createJurisdictions: { jurisdictions: Array<{ id: string }> } };

export type CurateCreateLegislationMutationVariables = Exact<{
  input: LegislationCreateInput;
}>;


export type CurateCreateLegislationMutation = { createLegislations: { legislations: Array<{ id: string }> } };

export type CurateCreatePersonMutationVariables = Exact<{
  input: PersonCreateInput;
}>;


export type CurateCreatePersonMutation = { createPeople: { people: Array<{ id: string }> } };

export type CurateAddRelationshipMutationVariables = Exact<{
  input: RelationshipInput;
}>;


export type CurateAddRelationshipMutation = { addRelationship: { id: string, type: RelationshipType, source: string, target: string, how: DerivationHow | null, basis: EvidenceBasis, annotation: boolean, evidence: string | null, sourceDoc: string | null, generalKnowledge: boolean, reasoning: string | null } };

export type CurateUpdateRelationshipMutationVariables = Exact<{
  input: RelationshipInput;
}>;


export type CurateUpdateRelationshipMutation = { updateRelationship: { id: string, type: RelationshipType, source: string, target: string, how: DerivationHow | null, basis: EvidenceBasis, annotation: boolean, evidence: string | null, sourceDoc: string | null, generalKnowledge: boolean, reasoning: string | null } };

export type CurateRemoveRelationshipMutationVariables = Exact<{
  type: RelationshipType;
  from: string;
  to: string;
}>;


export type CurateRemoveRelationshipMutation = { removeRelationship: boolean };

export type CurateDeleteNodeMutationVariables = Exact<{
  id: string;
}>;


export type CurateDeleteNodeMutation = { deleteEntity: { id: string, label: string, deletedAt: string, deletedBy: string } };

export type CurateRestoreNodeMutationVariables = Exact<{
  id: string;
}>;


export type CurateRestoreNodeMutation = { restoreEntity: string };

export type CurateNodeHistoryQueryVariables = Exact<{
  id: string;
}>;


export type CurateNodeHistoryQuery = { auditLog: Array<{ id: string, at: string, actor: string, action: string, before: string | null, after: string | null }> };

export type CurateDeletedNodesQueryVariables = Exact<{ [key: string]: never; }>;


export type CurateDeletedNodesQuery = { deletedEntities: Array<{ id: string, label: string, deletedAt: string, deletedBy: string }> };

export type CurateTargetSearchQueryVariables = Exact<{
  query: string;
  types?: Array<NodeType> | NodeType | null | undefined;
}>;


export type CurateTargetSearchQuery = { search: Array<{ id: string, type: NodeType, label: string, year: number | null }> };

export type CurateKeptChangesQueryVariables = Exact<{
  id: string;
}>;


export type CurateKeptChangesQuery = { curatorChanges: Array<{ kind: string, entityId: string, property: string | null, curatorValue: string | null, seedValue: string | null, conflict: boolean, by: string | null, at: string | null, relationship: { id: string, type: RelationshipType, source: string, target: string } | null }> };

export type ChangeNodeFieldsFragment = { id: string, label: string, type: NodeType | null, exists: boolean };

export type ChangesQueryVariables = Exact<{
  limit: number;
}>;


export type ChangesQuery = { changes: Array<{ id: string, version: string, at: string, kind: ChangeKind, itemCount: number, items: Array<{ change: ChangeOperation, type: RelationshipType | null, node: { id: string, label: string, type: NodeType | null, exists: boolean } | null, from: { id: string, label: string, type: NodeType | null, exists: boolean } | null, to: { id: string, label: string, type: NodeType | null, exists: boolean } | null }> }> };

export type CoverageQueryVariables = Exact<{ [key: string]: never; }>;


export type CoverageQuery = { coverage: { withoutRowType: number, withoutColumnType: number, rows: Array<{ id: string, label: string }>, columns: Array<{ id: string, label: string }>, cells: Array<{ row: string, column: string, count: number, frameworks: number }>, rowsUnrecorded: Array<{ id: string, count: number }>, columnsUnrecorded: Array<{ id: string, count: number }> } };

export type CoverageCellResourcesQueryVariables = Exact<{
  row: string;
  column: string;
}>;


export type CoverageCellResourcesQuery = { coverageCell: { count: number, truncated: boolean, resources: Array<{ id: string, type: NodeType, label: string, kind: string | null, year: number | null, degree: number, distance: number | null }> } };

export type PendingSuggestionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingSuggestionsQuery = { suggestions: Array<{ id: string, type: SuggestionType, targetId: string | null, source: string, pageText: string | null, title: string, url: string | null, summary: string | null, year: number | null, relatedIds: Array<string>, contact: string | null, submittedAt: string }> };

export type ApproveSuggestionMutationVariables = Exact<{
  id: string;
  input?: ApproveSuggestionInput | null | undefined;
}>;


export type ApproveSuggestionMutation = { approveSuggestion: { id: string, status: SuggestionStatus, resourceId: string | null } };

export type RejectSuggestionMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type RejectSuggestionMutation = { rejectSuggestion: { id: string, status: SuggestionStatus } };

export type SuggestionRelatedNodeQueryVariables = Exact<{
  id: string;
}>;


export type SuggestionRelatedNodeQuery = { node: { id: string, type: NodeType, label: string } | null };

export type GuidedRouteQueryVariables = Exact<{
  id: string;
}>;


export type GuidedRouteQuery = { route: { id: string, title: string, audience: string, intro: string, steps: Array<{ id: string, question: string, explanation: string, total: number, cards: Array<{ why: string, resource: { summary: string | null, url: string | null, easyRead: boolean | null, id: string, type: NodeType, label: string, kind: string | null, year: number | null, degree: number, distance: number | null } }> }> } | null };

export type GuidedRoutesQueryVariables = Exact<{ [key: string]: never; }>;


export type GuidedRoutesQuery = { routes: Array<{ id: string, title: string, audience: string, intro: string, questions: Array<string> }> };

export type InsightsQueryVariables = Exact<{
  split: CoverageSplit;
  rankBy: CentralityMeasure;
}>;


export type InsightsQuery = { insights: { resourceCount: number, undated: number, withoutJurisdiction: number, betweennessComputed: boolean, unrecorded: Array<{ facet: GraphFacet, count: number }>, byYear: Array<{ year: number, count: number }>, byKind: Array<{ key: string, label: string, count: number }>, byJurisdiction: Array<{ key: string, label: string, count: number }>, byOrganisation: Array<{ key: string, label: string, count: number }>, mostConnectedResources: Array<{ degree: number, betweenness: number | null, node: { id: string, type: NodeType, label: string, kind: string | null } }>, mostConnectedFrameworks: Array<{ degree: number, betweenness: number | null, node: { id: string, type: NodeType, label: string, kind: string | null } }>, coverage: { splitBy: CoverageSplit, rows: Array<{ key: string, label: string, count: number }>, columns: Array<{ key: string, label: string, count: number }>, parts: Array<{ key: string, label: string, count: number }>, cells: Array<{ row: string, column: string, count: number, parts: Array<{ key: string, label: string, count: number }> }>, rowsUnrecorded: Array<{ key: string, count: number }>, columnsUnrecorded: Array<{ key: string, count: number }> } } };

export type LineageQueryVariables = Exact<{
  id: string;
  direction: LineageDirection;
  basis?: Array<EvidenceBasis> | EvidenceBasis | null | undefined;
}>;


export type LineageQuery = { node: { id: string, type: NodeType, label: string, kind: string | null, year: number | null, degree: number, distance: number | null } | null, lineage: { truncated: boolean, total: number | null, edges: Array<{ id: string, reasoning: string | null, type: RelationshipType, source: string, target: string, how: DerivationHow | null, basis: EvidenceBasis, annotation: boolean }>, layout: Array<{ id: string, x: number, y: number }> | null, nodes: Array<{ id: string, type: NodeType, label: string, kind: string | null, year: number | null, degree: number, distance: number | null }> } };

export type NeighbourhoodQueryVariables = Exact<{
  id: string;
  limit: number;
  view: ViewLayout;
  withLayout: boolean;
}>;


export type NeighbourhoodQuery = { node: { summary: string | null, id: string, type: NodeType, label: string, kind: string | null, year: number | null, degree: number, distance: number | null } | null, neighbourhood: { truncated: boolean, total: number | null, layout?: Array<{ id: string, x: number, y: number }> | null, nodes: Array<{ id: string, type: NodeType, label: string, kind: string | null, year: number | null, degree: number, distance: number | null }>, edges: Array<{ id: string, type: RelationshipType, source: string, target: string, how: DerivationHow | null, basis: EvidenceBasis, annotation: boolean }> } };

export type OrgResourcesQueryVariables = Exact<{
  filter: GraphFilter;
}>;


export type OrgResourcesQuery = { graph: { nodes: Array<{ id: string, type: NodeType }> } };

export type OverviewQueryVariables = Exact<{
  filter?: GraphFilter | null | undefined;
  limit: number;
}>;


export type OverviewQuery = { graph: { truncated: boolean, total: number | null, layout: Array<{ id: string, x: number, y: number }> | null, nodes: Array<{ id: string, type: NodeType, label: string, kind: string | null, year: number | null, degree: number, distance: number | null }>, edges: Array<{ id: string, type: RelationshipType, source: string, target: string, how: DerivationHow | null, basis: EvidenceBasis, annotation: boolean }> } };

export type PathsQueryVariables = Exact<{
  from: string;
  to: string;
  sharedContext: boolean;
  basis?: Array<EvidenceBasis> | EvidenceBasis | null | undefined;
}>;


export type PathsQuery = { fromNode: { id: string, label: string, type: NodeType } | null, toNode: { id: string, label: string, type: NodeType } | null, paths: { truncated: boolean, total: number | null, edges: Array<{ id: string, evidence: string | null, sourceDoc: string | null, generalKnowledge: boolean, reasoning: string | null, type: RelationshipType, source: string, target: string, how: DerivationHow | null, basis: EvidenceBasis, annotation: boolean }>, layout: Array<{ id: string, x: number, y: number }> | null, nodes: Array<{ id: string, type: NodeType, label: string, kind: string | null, year: number | null, degree: number, distance: number | null }> }, viaSharedContext?: { edges: Array<{ id: string }> } };

export type SearchPageQueryVariables = Exact<{
  query: string;
}>;


export type SearchPageQuery = { search: Array<{ summary: string | null, id: string, type: NodeType, label: string, kind: string | null, year: number | null, degree: number, distance: number | null }> };

export type SetViewQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type SetViewQuery = { connecting: { total: number, missing: Array<string>, connectors: Array<{ members: Array<string>, node: { id: string, label: string, type: NodeType }, via: Array<{ id: string, type: RelationshipType, source: string, target: string, how: DerivationHow | null, basis: EvidenceBasis, annotation: boolean, evidence: string | null, sourceDoc: string | null, generalKnowledge: boolean, reasoning: string | null }> }>, subgraph: { truncated: boolean, total: number | null, layout: Array<{ id: string, x: number, y: number }> | null, nodes: Array<{ id: string, type: NodeType, label: string, kind: string | null, year: number | null, degree: number, distance: number | null }>, edges: Array<{ id: string, type: RelationshipType, source: string, target: string, how: DerivationHow | null, basis: EvidenceBasis, annotation: boolean }> } } };

export type SetSearchQueryVariables = Exact<{
  query: string;
}>;


export type SetSearchQuery = { search: Array<{ id: string, label: string, type: NodeType, kind: string | null, year: number | null }> };

export type SimilarViewQueryVariables = Exact<{
  id: string;
  limit: number;
}>;


export type SimilarViewQuery = { node: { id: string, type: NodeType, label: string, kind: string | null, year: number | null, degree: number, distance: number | null } | null, similar: Array<{ score: number, reasons: Array<string>, node: { id: string, label: string } }>, similarGraph: { truncated: boolean, total: number | null, nodes: Array<{ id: string, type: NodeType, label: string, kind: string | null, year: number | null, degree: number, distance: number | null }>, edges: Array<{ id: string, type: RelationshipType, source: string, target: string, how: DerivationHow | null, basis: EvidenceBasis, annotation: boolean }> } };

export type SuggestResourceMutationVariables = Exact<{
  input: SuggestionInput;
}>;


export type SuggestResourceMutation = { suggestResource: { id: string, title: string, status: SuggestionStatus } };

export type SuggestLinkResourceQueryVariables = Exact<{
  id: string;
}>;


export type SuggestLinkResourceQuery = { node: { id: string, type: NodeType, label: string, url: string | null } | null };

export type SuggestLinkMutationVariables = Exact<{
  input: LinkSuggestionInput;
}>;


export type SuggestLinkMutation = { suggestLink: { id: string, title: string, status: SuggestionStatus } };

export type TimelineQueryVariables = Exact<{
  filter: GraphFilter;
  limit: number;
}>;


export type TimelineQuery = { graph: { truncated: boolean, total: number | null, nodes: Array<{ id: string, type: NodeType, label: string, kind: string | null, year: number | null, degree: number, distance: number | null }>, edges: Array<{ id: string, type: RelationshipType, source: string, target: string, how: DerivationHow | null, basis: EvidenceBasis, annotation: boolean }> } };

export const FacetValuesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacetValues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subgraph"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}}]}}]}}]} as unknown as DocumentNode<FacetValuesFragment, unknown>;
export const GraphNodeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"distance"}}]}}]} as unknown as DocumentNode<GraphNodeFieldsFragment, unknown>;
export const GraphEdgeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"how"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"annotation"}}]}}]} as unknown as DocumentNode<GraphEdgeFieldsFragment, unknown>;
export const SubgraphFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubgraphFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subgraph"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEdgeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"distance"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"how"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"annotation"}}]}}]} as unknown as DocumentNode<SubgraphFieldsFragment, unknown>;
export const EdgeProvenanceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EdgeProvenanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDoc"}},{"kind":"Field","name":{"kind":"Name","value":"generalKnowledge"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}}]}}]} as unknown as DocumentNode<EdgeProvenanceFieldsFragment, unknown>;
export const ChangeNodeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"exists"}}]}}]} as unknown as DocumentNode<ChangeNodeFieldsFragment, unknown>;
export const CiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CitationFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accessed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"accessed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accessed"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<CiteQuery, CiteQueryVariables>;
export const CurationStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurationStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"curationStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"signedIn"}},{"kind":"Field","name":{"kind":"Name","value":"curator"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tokenProblem"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"oidc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}}]}}]}}]} as unknown as DocumentNode<CurationStatusQuery, CurationStatusQueryVariables>;
export const FacetOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FacetOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"restraintTypes"},"name":{"kind":"Name","value":"graph"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RESTRAINT_TYPE"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetValues"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"settings"},"name":{"kind":"Name","value":"graph"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SETTING"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetValues"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"audiences"},"name":{"kind":"Name","value":"graph"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"AUDIENCE"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetValues"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"jurisdictions"},"name":{"kind":"Name","value":"graph"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"JURISDICTION"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetValues"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"organisations"},"name":{"kind":"Name","value":"graph"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ORGANISATION"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"300"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetValues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacetValues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subgraph"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}}]}}]}}]} as unknown as DocumentNode<FacetOptionsQuery, FacetOptionsQueryVariables>;
export const RelationshipsAmongDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RelationshipsAmong"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationshipsAmong"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EdgeProvenanceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EdgeProvenanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDoc"}},{"kind":"Field","name":{"kind":"Name","value":"generalKnowledge"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}}]}}]} as unknown as DocumentNode<RelationshipsAmongQuery, RelationshipsAmongQueryVariables>;
export const UnrecordedMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnrecordedMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GraphFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unrecordedMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facet"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<UnrecordedMatchesQuery, UnrecordedMatchesQueryVariables>;
export const NodeDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNodeFields"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"generalKnowledge"}},{"kind":"Field","name":{"kind":"Name","value":"easyRead"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}},{"kind":"Field","name":{"kind":"Name","value":"descriptiveTitle"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"300"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEdgeFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EdgeProvenanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"distance"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"how"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"annotation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EdgeProvenanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDoc"}},{"kind":"Field","name":{"kind":"Name","value":"generalKnowledge"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}}]}}]} as unknown as DocumentNode<NodeDetailQuery, NodeDetailQueryVariables>;
export const ResourceVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResourceVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"older"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]}}]}}]} as unknown as DocumentNode<ResourceVersionsQuery, ResourceVersionsQueryVariables>;
export const SimilarResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimilarResources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]} as unknown as DocumentNode<SimilarResourcesQuery, SimilarResourcesQueryVariables>;
export const TypeAheadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TypeAhead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]} as unknown as DocumentNode<TypeAheadQuery, TypeAheadQueryVariables>;
export const CurateHistoryNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurateHistoryNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frameworks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"restraintTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audiences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legislations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CurateHistoryNamesQuery, CurateHistoryNamesQueryVariables>;
export const CurateUpdateResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CurateUpdateResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"update"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"update"},"value":{"kind":"Variable","name":{"kind":"Name","value":"update"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CurateUpdateResourceMutation, CurateUpdateResourceMutationVariables>;
export const CurateUpdateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CurateUpdateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"update"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"update"},"value":{"kind":"Variable","name":{"kind":"Name","value":"update"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CurateUpdateOrganisationMutation, CurateUpdateOrganisationMutationVariables>;
export const CurateUpdateFrameworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CurateUpdateFramework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"update"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FrameworkUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFrameworks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"update"},"value":{"kind":"Variable","name":{"kind":"Name","value":"update"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CurateUpdateFrameworkMutation, CurateUpdateFrameworkMutationVariables>;
export const CurateUpdateRestraintTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CurateUpdateRestraintType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"update"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RestraintTypeUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRestraintTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"update"},"value":{"kind":"Variable","name":{"kind":"Name","value":"update"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restraintTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CurateUpdateRestraintTypeMutation, CurateUpdateRestraintTypeMutationVariables>;
export const CurateUpdateSettingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CurateUpdateSetting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"update"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SettingUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"update"},"value":{"kind":"Variable","name":{"kind":"Name","value":"update"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CurateUpdateSettingMutation, CurateUpdateSettingMutationVariables>;
export const CurateUpdateAudienceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CurateUpdateAudience"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"update"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AudienceUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAudiences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"update"},"value":{"kind":"Variable","name":{"kind":"Name","value":"update"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CurateUpdateAudienceMutation, CurateUpdateAudienceMutationVariables>;
export const CurateUpdateJurisdictionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CurateUpdateJurisdiction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"update"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JurisdictionUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateJurisdictions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"update"},"value":{"kind":"Variable","name":{"kind":"Name","value":"update"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CurateUpdateJurisdictionMutation, CurateUpdateJurisdictionMutationVariables>;
export const CurateUpdateLegislationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CurateUpdateLegislation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"update"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LegislationUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLegislations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"update"},"value":{"kind":"Variable","name":{"kind":"Name","value":"update"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legislations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CurateUpdateLegislationMutation, CurateUpdateLegislationMutationVariables>;
export const CurateUpdatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CurateUpdatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"update"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePeople"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"update"},"value":{"kind":"Variable","name":{"kind":"Name","value":"update"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CurateUpdatePersonMutation, CurateUpdatePersonMutationVariables>;
export const CurateCreateResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CurateCreateResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"input"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CurateCreateResourceMutation, CurateCreateResourceMutationVariables>;
export const CurateCreateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CurateCreateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"input"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CurateCreateOrganisationMutation, CurateCreateOrganisationMutationVariables>;
export const CurateCreateFrameworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CurateCreateFramework"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FrameworkCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFrameworks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"input"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frameworks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CurateCreateFrameworkMutation, CurateCreateFrameworkMutationVariables>;
export const CurateCreateRestraintTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CurateCreateRestraintType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RestraintTypeCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRestraintTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"input"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restraintTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CurateCreateRestraintTypeMutation, CurateCreateRestraintTypeMutationVariables>;
export const CurateCreateSettingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CurateCreateSetting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SettingCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"input"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CurateCreateSettingMutation, CurateCreateSettingMutationVariables>;
export const CurateCreateAudienceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CurateCreateAudience"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AudienceCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAudiences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"input"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CurateCreateAudienceMutation, CurateCreateAudienceMutationVariables>;
export const CurateCreateJurisdictionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CurateCreateJurisdiction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JurisdictionCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createJurisdictions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"input"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurisdictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CurateCreateJurisdictionMutation, CurateCreateJurisdictionMutationVariables>;
export const CurateCreateLegislationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CurateCreateLegislation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LegislationCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLegislations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"input"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legislations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CurateCreateLegislationMutation, CurateCreateLegislationMutationVariables>;
export const CurateCreatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CurateCreatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPeople"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"input"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CurateCreatePersonMutation, CurateCreatePersonMutationVariables>;
export const CurateAddRelationshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CurateAddRelationship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRelationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEdgeFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EdgeProvenanceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"how"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"annotation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EdgeProvenanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDoc"}},{"kind":"Field","name":{"kind":"Name","value":"generalKnowledge"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}}]}}]} as unknown as DocumentNode<CurateAddRelationshipMutation, CurateAddRelationshipMutationVariables>;
export const CurateUpdateRelationshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CurateUpdateRelationship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRelationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEdgeFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EdgeProvenanceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"how"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"annotation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EdgeProvenanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDoc"}},{"kind":"Field","name":{"kind":"Name","value":"generalKnowledge"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}}]}}]} as unknown as DocumentNode<CurateUpdateRelationshipMutation, CurateUpdateRelationshipMutationVariables>;
export const CurateRemoveRelationshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CurateRemoveRelationship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeRelationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}]}}]} as unknown as DocumentNode<CurateRemoveRelationshipMutation, CurateRemoveRelationshipMutationVariables>;
export const CurateDeleteNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CurateDeleteNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEntity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedBy"}}]}}]}}]} as unknown as DocumentNode<CurateDeleteNodeMutation, CurateDeleteNodeMutationVariables>;
export const CurateRestoreNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CurateRestoreNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreEntity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<CurateRestoreNodeMutation, CurateRestoreNodeMutationVariables>;
export const CurateNodeHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurateNodeHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<CurateNodeHistoryQuery, CurateNodeHistoryQueryVariables>;
export const CurateDeletedNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurateDeletedNodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedEntities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedBy"}}]}}]}}]} as unknown as DocumentNode<CurateDeletedNodesQuery, CurateDeletedNodesQueryVariables>;
export const CurateTargetSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurateTargetSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeType"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]} as unknown as DocumentNode<CurateTargetSearchQuery, CurateTargetSearchQueryVariables>;
export const CurateKeptChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurateKeptChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"curatorChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"property"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"Field","name":{"kind":"Name","value":"curatorValue"}},{"kind":"Field","name":{"kind":"Name","value":"seedValue"}},{"kind":"Field","name":{"kind":"Name","value":"conflict"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<CurateKeptChangesQuery, CurateKeptChangesQueryVariables>;
export const ChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Changes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeNodeFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"exists"}}]}}]} as unknown as DocumentNode<ChangesQuery, ChangesQueryVariables>;
export const CoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rows"},"value":{"kind":"EnumValue","value":"RESTRAINT_TYPE"}},{"kind":"Argument","name":{"kind":"Name","value":"columns"},"value":{"kind":"EnumValue","value":"SETTING"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"frameworks"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rowsUnrecorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnsUnrecorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withoutRowType"}},{"kind":"Field","name":{"kind":"Name","value":"withoutColumnType"}}]}}]}}]} as unknown as DocumentNode<CoverageQuery, CoverageQueryVariables>;
export const CoverageCellResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverageCellResources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"row"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"column"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverageCell"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rows"},"value":{"kind":"EnumValue","value":"RESTRAINT_TYPE"}},{"kind":"Argument","name":{"kind":"Name","value":"columns"},"value":{"kind":"EnumValue","value":"SETTING"}},{"kind":"Argument","name":{"kind":"Name","value":"row"},"value":{"kind":"Variable","name":{"kind":"Name","value":"row"}}},{"kind":"Argument","name":{"kind":"Name","value":"column"},"value":{"kind":"Variable","name":{"kind":"Name","value":"column"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNodeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"distance"}}]}}]} as unknown as DocumentNode<CoverageCellResourcesQuery, CoverageCellResourcesQueryVariables>;
export const PendingSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingSuggestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"pageText"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"relatedIds"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<PendingSuggestionsQuery, PendingSuggestionsQueryVariables>;
export const ApproveSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveSuggestionInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}}]}}]} as unknown as DocumentNode<ApproveSuggestionMutation, ApproveSuggestionMutationVariables>;
export const RejectSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RejectSuggestionMutation, RejectSuggestionMutationVariables>;
export const SuggestionRelatedNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestionRelatedNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<SuggestionRelatedNodeQuery, SuggestionRelatedNodeQueryVariables>;
export const GuidedRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuidedRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"route"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"intro"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"why"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNodeFields"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"easyRead"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"distance"}}]}}]} as unknown as DocumentNode<GuidedRouteQuery, GuidedRouteQueryVariables>;
export const GuidedRoutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuidedRoutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"intro"}},{"kind":"Field","name":{"kind":"Name","value":"questions"}}]}}]}}]} as unknown as DocumentNode<GuidedRoutesQuery, GuidedRoutesQueryVariables>;
export const InsightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Insights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"split"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CoverageSplit"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rankBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CentralityMeasure"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"split"},"value":{"kind":"Variable","name":{"kind":"Name","value":"split"}}},{"kind":"Argument","name":{"kind":"Name","value":"rankBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rankBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"undated"}},{"kind":"Field","name":{"kind":"Name","value":"withoutJurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"unrecorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facet"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"betweennessComputed"}},{"kind":"Field","name":{"kind":"Name","value":"byYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byJurisdiction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mostConnectedResources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mostConnectedFrameworks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"splitBy"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rowsUnrecorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnsUnrecorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InsightsQuery, InsightsQueryVariables>;
export const LineageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Lineage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LineageDirection"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"basis"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceBasis"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubgraphFields"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}}]}},{"kind":"Field","name":{"kind":"Name","value":"layout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"view"},"value":{"kind":"EnumValue","value":"HIERARCHY"}},{"kind":"Argument","name":{"kind":"Name","value":"focus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"distance"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"how"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"annotation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubgraphFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subgraph"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEdgeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]} as unknown as DocumentNode<LineageQuery, LineageQueryVariables>;
export const NeighbourhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"view"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ViewLayout"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withLayout"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNodeFields"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubgraphFields"}},{"kind":"Field","name":{"kind":"Name","value":"layout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"view"},"value":{"kind":"Variable","name":{"kind":"Name","value":"view"}}},{"kind":"Argument","name":{"kind":"Name","value":"focus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withLayout"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"distance"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"how"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"annotation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubgraphFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subgraph"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEdgeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]} as unknown as DocumentNode<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const OrgResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgResources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GraphFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graph"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<OrgResourcesQuery, OrgResourcesQueryVariables>;
export const OverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Overview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GraphFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graph"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubgraphFields"}},{"kind":"Field","name":{"kind":"Name","value":"layout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"view"},"value":{"kind":"EnumValue","value":"FORCE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"distance"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"how"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"annotation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubgraphFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subgraph"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEdgeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]} as unknown as DocumentNode<OverviewQuery, OverviewQueryVariables>;
export const PathsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Paths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sharedContext"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"basis"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceBasis"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"fromNode"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"toNode"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"throughSharedContext"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sharedContext"}}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubgraphFields"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EdgeProvenanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"layout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"view"},"value":{"kind":"EnumValue","value":"FORCE"}},{"kind":"Argument","name":{"kind":"Name","value":"focus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"viaSharedContext"},"name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"throughSharedContext"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sharedContext"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"distance"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"how"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"annotation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubgraphFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subgraph"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEdgeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EdgeProvenanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDoc"}},{"kind":"Field","name":{"kind":"Name","value":"generalKnowledge"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}}]}}]} as unknown as DocumentNode<PathsQuery, PathsQueryVariables>;
export const SearchPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"60"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNodeFields"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"distance"}}]}}]} as unknown as DocumentNode<SearchPageQuery, SearchPageQueryVariables>;
export const SetViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SetView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connecting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEdgeFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EdgeProvenanceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subgraph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubgraphFields"}},{"kind":"Field","name":{"kind":"Name","value":"layout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"view"},"value":{"kind":"EnumValue","value":"FORCE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"distance"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"how"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"annotation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EdgeProvenanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"sourceDoc"}},{"kind":"Field","name":{"kind":"Name","value":"generalKnowledge"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubgraphFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subgraph"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEdgeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]} as unknown as DocumentNode<SetViewQuery, SetViewQueryVariables>;
export const SetSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SetSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]} as unknown as DocumentNode<SetSearchQuery, SetSearchQueryVariables>;
export const SimilarViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimilarView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"similar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"similarGraph"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubgraphFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"distance"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"how"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"annotation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubgraphFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subgraph"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEdgeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]} as unknown as DocumentNode<SimilarViewQuery, SimilarViewQueryVariables>;
export const SuggestResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuggestResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SuggestResourceMutation, SuggestResourceMutationVariables>;
export const SuggestLinkResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestLinkResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<SuggestLinkResourceQuery, SuggestLinkResourceQueryVariables>;
export const SuggestLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuggestLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SuggestLinkMutation, SuggestLinkMutationVariables>;
export const TimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Timeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GraphFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graph"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubgraphFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"distance"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"how"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"annotation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubgraphFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subgraph"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEdgeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]} as unknown as DocumentNode<TimelineQuery, TimelineQueryVariables>;