/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Cite($ids: [ID!]!, $format: CitationFormat!, $accessed: String) {\n    cite(ids: $ids, format: $format, accessed: $accessed) {\n      format\n      contentType\n      filename\n      text\n    }\n  }\n": typeof types.CiteDocument,
    "\n  query CurationStatus {\n    curationStatus {\n      enabled\n      signedIn\n      curator\n      name\n      tokenProblem\n      contact\n      oidc {\n        issuer\n        clientId\n        scope\n      }\n    }\n  }\n": typeof types.CurationStatusDocument,
    "\n  fragment FacetValues on Subgraph {\n    nodes {\n      id\n      label\n      degree\n    }\n  }\n": typeof types.FacetValuesFragmentDoc,
    "\n  query FacetOptions {\n    restraintTypes: graph(filter: { types: [RESTRAINT_TYPE] }, limit: 100) {\n      ...FacetValues\n    }\n    settings: graph(filter: { types: [SETTING] }, limit: 100) {\n      ...FacetValues\n    }\n    audiences: graph(filter: { types: [AUDIENCE] }, limit: 100) {\n      ...FacetValues\n    }\n    jurisdictions: graph(filter: { types: [JURISDICTION] }, limit: 100) {\n      ...FacetValues\n    }\n    organisations: graph(filter: { types: [ORGANISATION] }, limit: 300) {\n      ...FacetValues\n    }\n  }\n": typeof types.FacetOptionsDocument,
    "\n  fragment GraphNodeFields on GraphNode {\n    id\n    type\n    label\n    kind\n    year\n    degree\n    distance\n  }\n": typeof types.GraphNodeFieldsFragmentDoc,
    "\n  fragment GraphEdgeFields on GraphEdge {\n    id\n    type\n    source\n    target\n    how\n    basis\n    annotation\n  }\n": typeof types.GraphEdgeFieldsFragmentDoc,
    "\n  fragment SubgraphFields on Subgraph {\n    nodes {\n      ...GraphNodeFields\n    }\n    edges {\n      ...GraphEdgeFields\n    }\n    truncated\n    total\n  }\n": typeof types.SubgraphFieldsFragmentDoc,
    "\n  fragment EdgeProvenanceFields on GraphEdge {\n    id\n    evidence\n    sourceDoc\n    generalKnowledge\n    reasoning\n  }\n": typeof types.EdgeProvenanceFieldsFragmentDoc,
    "\n  query RelationshipsAmong($ids: [ID!]!) {\n    relationshipsAmong(ids: $ids) {\n      ...EdgeProvenanceFields\n    }\n  }\n": typeof types.RelationshipsAmongDocument,
    "\n  query UnrecordedMatches($filter: GraphFilter!) {\n    unrecordedMatches(filter: $filter) {\n      facet\n      count\n    }\n  }\n": typeof types.UnrecordedMatchesDocument,
    "\n  query NodeDetail($id: ID!) {\n    node(id: $id) {\n      ...GraphNodeFields\n      summary\n      url\n      generalKnowledge\n      easyRead\n      aliases\n      definition\n      origin\n      role\n      country\n      editable\n      descriptiveTitle\n      description\n    }\n    neighbourhood(id: $id, depth: 1, limit: 300) {\n      nodes {\n        id\n        type\n        label\n        url\n      }\n      edges {\n        ...GraphEdgeFields\n        ...EdgeProvenanceFields\n      }\n      truncated\n    }\n  }\n": typeof types.NodeDetailDocument,
    "\n  query ResourceVersions($id: ID!) {\n    versions(id: $id) {\n      newer {\n        node {\n          id\n          label\n          year\n        }\n        relation\n        explanation\n      }\n      older {\n        node {\n          id\n          label\n          year\n        }\n        relation\n        explanation\n      }\n    }\n  }\n": typeof types.ResourceVersionsDocument,
    "\n  query SimilarResources($id: ID!, $limit: Int!) {\n    similar(id: $id, limit: $limit) {\n      node {\n        id\n        label\n        kind\n        year\n      }\n      score\n      reasons\n    }\n  }\n": typeof types.SimilarResourcesDocument,
    "\n  query TypeAhead($query: String!) {\n    search(query: $query, limit: 12) {\n      id\n      type\n      label\n      kind\n      year\n    }\n  }\n": typeof types.TypeAheadDocument,
    "\n  query CurateHistoryNames($ids: [ID!]!) {\n    resources(where: { id: { in: $ids } }) {\n      id\n      title\n    }\n    organisations(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n    frameworks(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n    restraintTypes(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n    settings(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n    audiences(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n    jurisdictions(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n    legislations(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n    people(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n  }\n": typeof types.CurateHistoryNamesDocument,
    "\n  mutation CurateUpdateResource($id: ID!, $update: ResourceUpdateInput!) {\n    updateResources(where: { id: { eq: $id } }, update: $update) {\n      resources {\n        id\n      }\n    }\n  }\n": typeof types.CurateUpdateResourceDocument,
    "\n  mutation CurateUpdateOrganisation($id: ID!, $update: OrganisationUpdateInput!) {\n    updateOrganisations(where: { id: { eq: $id } }, update: $update) {\n      organisations {\n        id\n      }\n    }\n  }\n": typeof types.CurateUpdateOrganisationDocument,
    "\n  mutation CurateUpdateFramework($id: ID!, $update: FrameworkUpdateInput!) {\n    updateFrameworks(where: { id: { eq: $id } }, update: $update) {\n      frameworks {\n        id\n      }\n    }\n  }\n": typeof types.CurateUpdateFrameworkDocument,
    "\n  mutation CurateUpdateRestraintType($id: ID!, $update: RestraintTypeUpdateInput!) {\n    updateRestraintTypes(where: { id: { eq: $id } }, update: $update) {\n      restraintTypes {\n        id\n      }\n    }\n  }\n": typeof types.CurateUpdateRestraintTypeDocument,
    "\n  mutation CurateUpdateSetting($id: ID!, $update: SettingUpdateInput!) {\n    updateSettings(where: { id: { eq: $id } }, update: $update) {\n      settings {\n        id\n      }\n    }\n  }\n": typeof types.CurateUpdateSettingDocument,
    "\n  mutation CurateUpdateAudience($id: ID!, $update: AudienceUpdateInput!) {\n    updateAudiences(where: { id: { eq: $id } }, update: $update) {\n      audiences {\n        id\n      }\n    }\n  }\n": typeof types.CurateUpdateAudienceDocument,
    "\n  mutation CurateUpdateJurisdiction($id: ID!, $update: JurisdictionUpdateInput!) {\n    updateJurisdictions(where: { id: { eq: $id } }, update: $update) {\n      jurisdictions {\n        id\n      }\n    }\n  }\n": typeof types.CurateUpdateJurisdictionDocument,
    "\n  mutation CurateUpdateLegislation($id: ID!, $update: LegislationUpdateInput!) {\n    updateLegislations(where: { id: { eq: $id } }, update: $update) {\n      legislations {\n        id\n      }\n    }\n  }\n": typeof types.CurateUpdateLegislationDocument,
    "\n  mutation CurateUpdatePerson($id: ID!, $update: PersonUpdateInput!) {\n    updatePeople(where: { id: { eq: $id } }, update: $update) {\n      people {\n        id\n      }\n    }\n  }\n": typeof types.CurateUpdatePersonDocument,
    "\n  mutation CurateCreateResource($input: ResourceCreateInput!) {\n    createResources(input: [$input]) {\n      resources {\n        id\n      }\n    }\n  }\n": typeof types.CurateCreateResourceDocument,
    "\n  mutation CurateCreateOrganisation($input: OrganisationCreateInput!) {\n    createOrganisations(input: [$input]) {\n      organisations {\n        id\n      }\n    }\n  }\n": typeof types.CurateCreateOrganisationDocument,
    "\n  mutation CurateCreateFramework($input: FrameworkCreateInput!) {\n    createFrameworks(input: [$input]) {\n      frameworks {\n        id\n      }\n    }\n  }\n": typeof types.CurateCreateFrameworkDocument,
    "\n  mutation CurateCreateRestraintType($input: RestraintTypeCreateInput!) {\n    createRestraintTypes(input: [$input]) {\n      restraintTypes {\n        id\n      }\n    }\n  }\n": typeof types.CurateCreateRestraintTypeDocument,
    "\n  mutation CurateCreateSetting($input: SettingCreateInput!) {\n    createSettings(input: [$input]) {\n      settings {\n        id\n      }\n    }\n  }\n": typeof types.CurateCreateSettingDocument,
    "\n  mutation CurateCreateAudience($input: AudienceCreateInput!) {\n    createAudiences(input: [$input]) {\n      audiences {\n        id\n      }\n    }\n  }\n": typeof types.CurateCreateAudienceDocument,
    "\n  mutation CurateCreateJurisdiction($input: JurisdictionCreateInput!) {\n    createJurisdictions(input: [$input]) {\n      jurisdictions {\n        id\n      }\n    }\n  }\n": typeof types.CurateCreateJurisdictionDocument,
    "\n  mutation CurateCreateLegislation($input: LegislationCreateInput!) {\n    createLegislations(input: [$input]) {\n      legislations {\n        id\n      }\n    }\n  }\n": typeof types.CurateCreateLegislationDocument,
    "\n  mutation CurateCreatePerson($input: PersonCreateInput!) {\n    createPeople(input: [$input]) {\n      people {\n        id\n      }\n    }\n  }\n": typeof types.CurateCreatePersonDocument,
    "\n  mutation CurateAddRelationship($input: RelationshipInput!) {\n    addRelationship(input: $input) {\n      ...GraphEdgeFields\n      ...EdgeProvenanceFields\n    }\n  }\n": typeof types.CurateAddRelationshipDocument,
    "\n  mutation CurateUpdateRelationship($input: RelationshipInput!) {\n    updateRelationship(input: $input) {\n      ...GraphEdgeFields\n      ...EdgeProvenanceFields\n    }\n  }\n": typeof types.CurateUpdateRelationshipDocument,
    "\n  mutation CurateRemoveRelationship($type: RelationshipType!, $from: ID!, $to: ID!) {\n    removeRelationship(type: $type, from: $from, to: $to)\n  }\n": typeof types.CurateRemoveRelationshipDocument,
    "\n  mutation CurateDeleteNode($id: ID!) {\n    deleteEntity(id: $id) {\n      id\n      label\n      deletedAt\n      deletedBy\n    }\n  }\n": typeof types.CurateDeleteNodeDocument,
    "\n  mutation CurateRestoreNode($id: ID!) {\n    restoreEntity(id: $id)\n  }\n": typeof types.CurateRestoreNodeDocument,
    "\n  query CurateNodeHistory($id: ID!) {\n    auditLog(entityId: $id, limit: 50) {\n      id\n      at\n      actor\n      action\n      before\n      after\n    }\n  }\n": typeof types.CurateNodeHistoryDocument,
    "\n  query CurateDeletedNodes {\n    deletedEntities(limit: 100) {\n      id\n      label\n      deletedAt\n      deletedBy\n    }\n  }\n": typeof types.CurateDeletedNodesDocument,
    "\n  query CurateTargetSearch($query: String!, $types: [NodeType!]) {\n    search(query: $query, types: $types, limit: 10) {\n      id\n      type\n      label\n      year\n    }\n  }\n": typeof types.CurateTargetSearchDocument,
    "\n  query CurateKeptChanges($id: ID!) {\n    curatorChanges(id: $id) {\n      kind\n      entityId\n      property\n      relationship {\n        id\n        type\n        source\n        target\n      }\n      curatorValue\n      seedValue\n      conflict\n      by\n      at\n    }\n  }\n": typeof types.CurateKeptChangesDocument,
    "\n  fragment ChangeNodeFields on ChangeNode {\n    id\n    label\n    type\n    exists\n  }\n": typeof types.ChangeNodeFieldsFragmentDoc,
    "\n  query Changes($limit: Int!) {\n    changes(limit: $limit) {\n      id\n      version\n      at\n      kind\n      itemCount\n      items {\n        change\n        type\n        node {\n          ...ChangeNodeFields\n        }\n        from {\n          ...ChangeNodeFields\n        }\n        to {\n          ...ChangeNodeFields\n        }\n      }\n    }\n  }\n": typeof types.ChangesDocument,
    "\n  query Coverage {\n    coverage(rows: RESTRAINT_TYPE, columns: SETTING) {\n      rows {\n        id\n        label\n      }\n      columns {\n        id\n        label\n      }\n      cells {\n        row\n        column\n        count\n        frameworks\n      }\n      rowsUnrecorded {\n        id\n        count\n      }\n      columnsUnrecorded {\n        id\n        count\n      }\n      withoutRowType\n      withoutColumnType\n    }\n  }\n": typeof types.CoverageDocument,
    "\n  query CoverageCellResources($row: ID!, $column: ID!) {\n    coverageCell(rows: RESTRAINT_TYPE, columns: SETTING, row: $row, column: $column, limit: 500) {\n      count\n      truncated\n      resources {\n        ...GraphNodeFields\n      }\n    }\n  }\n": typeof types.CoverageCellResourcesDocument,
    "\n  query PendingSuggestions {\n    suggestions(status: PENDING, limit: 100) {\n      id\n      type\n      targetId\n      source\n      pageText\n      title\n      url\n      summary\n      year\n      relatedIds\n      contact\n      submittedAt\n    }\n  }\n": typeof types.PendingSuggestionsDocument,
    "\n  mutation ApproveSuggestion($id: ID!, $input: ApproveSuggestionInput) {\n    approveSuggestion(id: $id, input: $input) {\n      id\n      status\n      resourceId\n    }\n  }\n": typeof types.ApproveSuggestionDocument,
    "\n  mutation RejectSuggestion($id: ID!, $reason: String!) {\n    rejectSuggestion(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.RejectSuggestionDocument,
    "\n  query SuggestionRelatedNode($id: ID!) {\n    node(id: $id) {\n      id\n      type\n      label\n    }\n  }\n": typeof types.SuggestionRelatedNodeDocument,
    "\n  query GuidedRoute($id: ID!) {\n    route(id: $id) {\n      id\n      title\n      audience\n      intro\n      steps {\n        id\n        question\n        explanation\n        total\n        cards {\n          why\n          resource {\n            ...GraphNodeFields\n            summary\n            url\n            easyRead\n          }\n        }\n      }\n    }\n  }\n": typeof types.GuidedRouteDocument,
    "\n  query GuidedRoutes {\n    routes {\n      id\n      title\n      audience\n      intro\n      questions\n    }\n  }\n": typeof types.GuidedRoutesDocument,
    "\n  query Insights($split: CoverageSplit!, $rankBy: CentralityMeasure!) {\n    insights(split: $split, rankBy: $rankBy) {\n      resourceCount\n      undated\n      withoutJurisdiction\n      unrecorded {\n        facet\n        count\n      }\n      betweennessComputed\n      byYear {\n        year\n        count\n      }\n      byKind {\n        key\n        label\n        count\n      }\n      byJurisdiction {\n        key\n        label\n        count\n      }\n      byOrganisation {\n        key\n        label\n        count\n      }\n      mostConnectedResources {\n        degree\n        betweenness\n        node {\n          id\n          type\n          label\n          kind\n        }\n      }\n      mostConnectedFrameworks {\n        degree\n        betweenness\n        node {\n          id\n          type\n          label\n          kind\n        }\n      }\n      coverage {\n        splitBy\n        rows {\n          key\n          label\n          count\n        }\n        columns {\n          key\n          label\n          count\n        }\n        parts {\n          key\n          label\n          count\n        }\n        cells {\n          row\n          column\n          count\n          parts {\n            key\n            label\n            count\n          }\n        }\n        rowsUnrecorded {\n          key\n          count\n        }\n        columnsUnrecorded {\n          key\n          count\n        }\n      }\n    }\n  }\n": typeof types.InsightsDocument,
    "\n  query Lineage($id: ID!, $direction: LineageDirection!, $basis: [EvidenceBasis!]) {\n    node(id: $id) {\n      ...GraphNodeFields\n    }\n    lineage(id: $id, direction: $direction, basis: $basis) {\n      ...SubgraphFields\n      # Each chain names its weakest link, with an inferred link's reason.\n      edges {\n        id\n        reasoning\n      }\n      layout(view: HIERARCHY, focus: $id) {\n        id\n        x\n        y\n      }\n    }\n  }\n": typeof types.LineageDocument,
    "\n  query Neighbourhood($id: ID!, $limit: Int!, $view: ViewLayout!, $withLayout: Boolean!) {\n    node(id: $id) {\n      ...GraphNodeFields\n      # The organisation view's header describes its focus.\n      summary\n    }\n    neighbourhood(id: $id, depth: 1, limit: $limit) {\n      ...SubgraphFields\n      layout(view: $view, focus: $id) @include(if: $withLayout) {\n        id\n        x\n        y\n      }\n    }\n  }\n": typeof types.NeighbourhoodDocument,
    "\n  query OrgResources($filter: GraphFilter!) {\n    graph(filter: $filter, limit: 500) {\n      nodes {\n        id\n        type\n      }\n    }\n  }\n": typeof types.OrgResourcesDocument,
    "\n  query Overview($filter: GraphFilter, $limit: Int!) {\n    graph(filter: $filter, limit: $limit) {\n      ...SubgraphFields\n      layout(view: FORCE) {\n        id\n        x\n        y\n      }\n    }\n  }\n": typeof types.OverviewDocument,
    "\n  query Paths($from: ID!, $to: ID!, $sharedContext: Boolean!, $basis: [EvidenceBasis!]) {\n    fromNode: node(id: $from) {\n      id\n      label\n      type\n    }\n    toNode: node(id: $to) {\n      id\n      label\n      type\n    }\n    paths(from: $from, to: $to, throughSharedContext: $sharedContext, basis: $basis) {\n      ...SubgraphFields\n      # The step list quotes each relationship's evidence (a path has a handful of edges).\n      edges {\n        ...EdgeProvenanceFields\n      }\n      # The API's force layout, as the canvas would lay the paths out: drawn at once, as SVG first.\n      layout(view: FORCE, focus: $from) {\n        id\n        x\n        y\n      }\n    }\n    # With shared context left out: the shortest route through it, to say what was left out.\n    viaSharedContext: paths(from: $from, to: $to, limit: 1, throughSharedContext: true, basis: $basis)\n      @skip(if: $sharedContext) {\n      edges {\n        id\n      }\n    }\n  }\n": typeof types.PathsDocument,
    "\n  query SearchPage($query: String!) {\n    search(query: $query, limit: 60) {\n      ...GraphNodeFields\n      summary\n    }\n  }\n": typeof types.SearchPageDocument,
    "\n  query SetView($ids: [ID!]!) {\n    connecting(ids: $ids) {\n      connectors {\n        node {\n          id\n          label\n          type\n        }\n        members\n        via {\n          ...GraphEdgeFields\n          ...EdgeProvenanceFields\n        }\n      }\n      subgraph {\n        ...SubgraphFields\n        # The API's force layout: the set is drawn at once, as SVG first.\n        layout(view: FORCE) {\n          id\n          x\n          y\n        }\n      }\n      total\n      missing\n    }\n  }\n": typeof types.SetViewDocument,
    "\n  query SetSearch($query: String!) {\n    search(query: $query, limit: 12) {\n      id\n      label\n      type\n      kind\n      year\n    }\n  }\n": typeof types.SetSearchDocument,
    "\n  query SimilarView($id: ID!, $limit: Int!) {\n    node(id: $id) {\n      ...GraphNodeFields\n    }\n    similar(id: $id, limit: $limit) {\n      node {\n        id\n        label\n      }\n      score\n      reasons\n    }\n    similarGraph(id: $id, limit: $limit) {\n      ...SubgraphFields\n    }\n  }\n": typeof types.SimilarViewDocument,
    "\n  mutation SuggestResource($input: SuggestionInput!) {\n    suggestResource(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.SuggestResourceDocument,
    "\n  query SuggestLinkResource($id: ID!) {\n    node(id: $id) {\n      id\n      type\n      label\n      url\n    }\n  }\n": typeof types.SuggestLinkResourceDocument,
    "\n  mutation SuggestLink($input: LinkSuggestionInput!) {\n    suggestLink(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.SuggestLinkDocument,
    "\n  query Timeline($filter: GraphFilter!, $limit: Int!) {\n    graph(filter: $filter, limit: $limit) {\n      ...SubgraphFields\n    }\n  }\n": typeof types.TimelineDocument,
};
const documents: Documents = {
    "\n  query Cite($ids: [ID!]!, $format: CitationFormat!, $accessed: String) {\n    cite(ids: $ids, format: $format, accessed: $accessed) {\n      format\n      contentType\n      filename\n      text\n    }\n  }\n": types.CiteDocument,
    "\n  query CurationStatus {\n    curationStatus {\n      enabled\n      signedIn\n      curator\n      name\n      tokenProblem\n      contact\n      oidc {\n        issuer\n        clientId\n        scope\n      }\n    }\n  }\n": types.CurationStatusDocument,
    "\n  fragment FacetValues on Subgraph {\n    nodes {\n      id\n      label\n      degree\n    }\n  }\n": types.FacetValuesFragmentDoc,
    "\n  query FacetOptions {\n    restraintTypes: graph(filter: { types: [RESTRAINT_TYPE] }, limit: 100) {\n      ...FacetValues\n    }\n    settings: graph(filter: { types: [SETTING] }, limit: 100) {\n      ...FacetValues\n    }\n    audiences: graph(filter: { types: [AUDIENCE] }, limit: 100) {\n      ...FacetValues\n    }\n    jurisdictions: graph(filter: { types: [JURISDICTION] }, limit: 100) {\n      ...FacetValues\n    }\n    organisations: graph(filter: { types: [ORGANISATION] }, limit: 300) {\n      ...FacetValues\n    }\n  }\n": types.FacetOptionsDocument,
    "\n  fragment GraphNodeFields on GraphNode {\n    id\n    type\n    label\n    kind\n    year\n    degree\n    distance\n  }\n": types.GraphNodeFieldsFragmentDoc,
    "\n  fragment GraphEdgeFields on GraphEdge {\n    id\n    type\n    source\n    target\n    how\n    basis\n    annotation\n  }\n": types.GraphEdgeFieldsFragmentDoc,
    "\n  fragment SubgraphFields on Subgraph {\n    nodes {\n      ...GraphNodeFields\n    }\n    edges {\n      ...GraphEdgeFields\n    }\n    truncated\n    total\n  }\n": types.SubgraphFieldsFragmentDoc,
    "\n  fragment EdgeProvenanceFields on GraphEdge {\n    id\n    evidence\n    sourceDoc\n    generalKnowledge\n    reasoning\n  }\n": types.EdgeProvenanceFieldsFragmentDoc,
    "\n  query RelationshipsAmong($ids: [ID!]!) {\n    relationshipsAmong(ids: $ids) {\n      ...EdgeProvenanceFields\n    }\n  }\n": types.RelationshipsAmongDocument,
    "\n  query UnrecordedMatches($filter: GraphFilter!) {\n    unrecordedMatches(filter: $filter) {\n      facet\n      count\n    }\n  }\n": types.UnrecordedMatchesDocument,
    "\n  query NodeDetail($id: ID!) {\n    node(id: $id) {\n      ...GraphNodeFields\n      summary\n      url\n      generalKnowledge\n      easyRead\n      aliases\n      definition\n      origin\n      role\n      country\n      editable\n      descriptiveTitle\n      description\n    }\n    neighbourhood(id: $id, depth: 1, limit: 300) {\n      nodes {\n        id\n        type\n        label\n        url\n      }\n      edges {\n        ...GraphEdgeFields\n        ...EdgeProvenanceFields\n      }\n      truncated\n    }\n  }\n": types.NodeDetailDocument,
    "\n  query ResourceVersions($id: ID!) {\n    versions(id: $id) {\n      newer {\n        node {\n          id\n          label\n          year\n        }\n        relation\n        explanation\n      }\n      older {\n        node {\n          id\n          label\n          year\n        }\n        relation\n        explanation\n      }\n    }\n  }\n": types.ResourceVersionsDocument,
    "\n  query SimilarResources($id: ID!, $limit: Int!) {\n    similar(id: $id, limit: $limit) {\n      node {\n        id\n        label\n        kind\n        year\n      }\n      score\n      reasons\n    }\n  }\n": types.SimilarResourcesDocument,
    "\n  query TypeAhead($query: String!) {\n    search(query: $query, limit: 12) {\n      id\n      type\n      label\n      kind\n      year\n    }\n  }\n": types.TypeAheadDocument,
    "\n  query CurateHistoryNames($ids: [ID!]!) {\n    resources(where: { id: { in: $ids } }) {\n      id\n      title\n    }\n    organisations(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n    frameworks(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n    restraintTypes(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n    settings(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n    audiences(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n    jurisdictions(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n    legislations(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n    people(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n  }\n": types.CurateHistoryNamesDocument,
    "\n  mutation CurateUpdateResource($id: ID!, $update: ResourceUpdateInput!) {\n    updateResources(where: { id: { eq: $id } }, update: $update) {\n      resources {\n        id\n      }\n    }\n  }\n": types.CurateUpdateResourceDocument,
    "\n  mutation CurateUpdateOrganisation($id: ID!, $update: OrganisationUpdateInput!) {\n    updateOrganisations(where: { id: { eq: $id } }, update: $update) {\n      organisations {\n        id\n      }\n    }\n  }\n": types.CurateUpdateOrganisationDocument,
    "\n  mutation CurateUpdateFramework($id: ID!, $update: FrameworkUpdateInput!) {\n    updateFrameworks(where: { id: { eq: $id } }, update: $update) {\n      frameworks {\n        id\n      }\n    }\n  }\n": types.CurateUpdateFrameworkDocument,
    "\n  mutation CurateUpdateRestraintType($id: ID!, $update: RestraintTypeUpdateInput!) {\n    updateRestraintTypes(where: { id: { eq: $id } }, update: $update) {\n      restraintTypes {\n        id\n      }\n    }\n  }\n": types.CurateUpdateRestraintTypeDocument,
    "\n  mutation CurateUpdateSetting($id: ID!, $update: SettingUpdateInput!) {\n    updateSettings(where: { id: { eq: $id } }, update: $update) {\n      settings {\n        id\n      }\n    }\n  }\n": types.CurateUpdateSettingDocument,
    "\n  mutation CurateUpdateAudience($id: ID!, $update: AudienceUpdateInput!) {\n    updateAudiences(where: { id: { eq: $id } }, update: $update) {\n      audiences {\n        id\n      }\n    }\n  }\n": types.CurateUpdateAudienceDocument,
    "\n  mutation CurateUpdateJurisdiction($id: ID!, $update: JurisdictionUpdateInput!) {\n    updateJurisdictions(where: { id: { eq: $id } }, update: $update) {\n      jurisdictions {\n        id\n      }\n    }\n  }\n": types.CurateUpdateJurisdictionDocument,
    "\n  mutation CurateUpdateLegislation($id: ID!, $update: LegislationUpdateInput!) {\n    updateLegislations(where: { id: { eq: $id } }, update: $update) {\n      legislations {\n        id\n      }\n    }\n  }\n": types.CurateUpdateLegislationDocument,
    "\n  mutation CurateUpdatePerson($id: ID!, $update: PersonUpdateInput!) {\n    updatePeople(where: { id: { eq: $id } }, update: $update) {\n      people {\n        id\n      }\n    }\n  }\n": types.CurateUpdatePersonDocument,
    "\n  mutation CurateCreateResource($input: ResourceCreateInput!) {\n    createResources(input: [$input]) {\n      resources {\n        id\n      }\n    }\n  }\n": types.CurateCreateResourceDocument,
    "\n  mutation CurateCreateOrganisation($input: OrganisationCreateInput!) {\n    createOrganisations(input: [$input]) {\n      organisations {\n        id\n      }\n    }\n  }\n": types.CurateCreateOrganisationDocument,
    "\n  mutation CurateCreateFramework($input: FrameworkCreateInput!) {\n    createFrameworks(input: [$input]) {\n      frameworks {\n        id\n      }\n    }\n  }\n": types.CurateCreateFrameworkDocument,
    "\n  mutation CurateCreateRestraintType($input: RestraintTypeCreateInput!) {\n    createRestraintTypes(input: [$input]) {\n      restraintTypes {\n        id\n      }\n    }\n  }\n": types.CurateCreateRestraintTypeDocument,
    "\n  mutation CurateCreateSetting($input: SettingCreateInput!) {\n    createSettings(input: [$input]) {\n      settings {\n        id\n      }\n    }\n  }\n": types.CurateCreateSettingDocument,
    "\n  mutation CurateCreateAudience($input: AudienceCreateInput!) {\n    createAudiences(input: [$input]) {\n      audiences {\n        id\n      }\n    }\n  }\n": types.CurateCreateAudienceDocument,
    "\n  mutation CurateCreateJurisdiction($input: JurisdictionCreateInput!) {\n    createJurisdictions(input: [$input]) {\n      jurisdictions {\n        id\n      }\n    }\n  }\n": types.CurateCreateJurisdictionDocument,
    "\n  mutation CurateCreateLegislation($input: LegislationCreateInput!) {\n    createLegislations(input: [$input]) {\n      legislations {\n        id\n      }\n    }\n  }\n": types.CurateCreateLegislationDocument,
    "\n  mutation CurateCreatePerson($input: PersonCreateInput!) {\n    createPeople(input: [$input]) {\n      people {\n        id\n      }\n    }\n  }\n": types.CurateCreatePersonDocument,
    "\n  mutation CurateAddRelationship($input: RelationshipInput!) {\n    addRelationship(input: $input) {\n      ...GraphEdgeFields\n      ...EdgeProvenanceFields\n    }\n  }\n": types.CurateAddRelationshipDocument,
    "\n  mutation CurateUpdateRelationship($input: RelationshipInput!) {\n    updateRelationship(input: $input) {\n      ...GraphEdgeFields\n      ...EdgeProvenanceFields\n    }\n  }\n": types.CurateUpdateRelationshipDocument,
    "\n  mutation CurateRemoveRelationship($type: RelationshipType!, $from: ID!, $to: ID!) {\n    removeRelationship(type: $type, from: $from, to: $to)\n  }\n": types.CurateRemoveRelationshipDocument,
    "\n  mutation CurateDeleteNode($id: ID!) {\n    deleteEntity(id: $id) {\n      id\n      label\n      deletedAt\n      deletedBy\n    }\n  }\n": types.CurateDeleteNodeDocument,
    "\n  mutation CurateRestoreNode($id: ID!) {\n    restoreEntity(id: $id)\n  }\n": types.CurateRestoreNodeDocument,
    "\n  query CurateNodeHistory($id: ID!) {\n    auditLog(entityId: $id, limit: 50) {\n      id\n      at\n      actor\n      action\n      before\n      after\n    }\n  }\n": types.CurateNodeHistoryDocument,
    "\n  query CurateDeletedNodes {\n    deletedEntities(limit: 100) {\n      id\n      label\n      deletedAt\n      deletedBy\n    }\n  }\n": types.CurateDeletedNodesDocument,
    "\n  query CurateTargetSearch($query: String!, $types: [NodeType!]) {\n    search(query: $query, types: $types, limit: 10) {\n      id\n      type\n      label\n      year\n    }\n  }\n": types.CurateTargetSearchDocument,
    "\n  query CurateKeptChanges($id: ID!) {\n    curatorChanges(id: $id) {\n      kind\n      entityId\n      property\n      relationship {\n        id\n        type\n        source\n        target\n      }\n      curatorValue\n      seedValue\n      conflict\n      by\n      at\n    }\n  }\n": types.CurateKeptChangesDocument,
    "\n  fragment ChangeNodeFields on ChangeNode {\n    id\n    label\n    type\n    exists\n  }\n": types.ChangeNodeFieldsFragmentDoc,
    "\n  query Changes($limit: Int!) {\n    changes(limit: $limit) {\n      id\n      version\n      at\n      kind\n      itemCount\n      items {\n        change\n        type\n        node {\n          ...ChangeNodeFields\n        }\n        from {\n          ...ChangeNodeFields\n        }\n        to {\n          ...ChangeNodeFields\n        }\n      }\n    }\n  }\n": types.ChangesDocument,
    "\n  query Coverage {\n    coverage(rows: RESTRAINT_TYPE, columns: SETTING) {\n      rows {\n        id\n        label\n      }\n      columns {\n        id\n        label\n      }\n      cells {\n        row\n        column\n        count\n        frameworks\n      }\n      rowsUnrecorded {\n        id\n        count\n      }\n      columnsUnrecorded {\n        id\n        count\n      }\n      withoutRowType\n      withoutColumnType\n    }\n  }\n": types.CoverageDocument,
    "\n  query CoverageCellResources($row: ID!, $column: ID!) {\n    coverageCell(rows: RESTRAINT_TYPE, columns: SETTING, row: $row, column: $column, limit: 500) {\n      count\n      truncated\n      resources {\n        ...GraphNodeFields\n      }\n    }\n  }\n": types.CoverageCellResourcesDocument,
    "\n  query PendingSuggestions {\n    suggestions(status: PENDING, limit: 100) {\n      id\n      type\n      targetId\n      source\n      pageText\n      title\n      url\n      summary\n      year\n      relatedIds\n      contact\n      submittedAt\n    }\n  }\n": types.PendingSuggestionsDocument,
    "\n  mutation ApproveSuggestion($id: ID!, $input: ApproveSuggestionInput) {\n    approveSuggestion(id: $id, input: $input) {\n      id\n      status\n      resourceId\n    }\n  }\n": types.ApproveSuggestionDocument,
    "\n  mutation RejectSuggestion($id: ID!, $reason: String!) {\n    rejectSuggestion(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.RejectSuggestionDocument,
    "\n  query SuggestionRelatedNode($id: ID!) {\n    node(id: $id) {\n      id\n      type\n      label\n    }\n  }\n": types.SuggestionRelatedNodeDocument,
    "\n  query GuidedRoute($id: ID!) {\n    route(id: $id) {\n      id\n      title\n      audience\n      intro\n      steps {\n        id\n        question\n        explanation\n        total\n        cards {\n          why\n          resource {\n            ...GraphNodeFields\n            summary\n            url\n            easyRead\n          }\n        }\n      }\n    }\n  }\n": types.GuidedRouteDocument,
    "\n  query GuidedRoutes {\n    routes {\n      id\n      title\n      audience\n      intro\n      questions\n    }\n  }\n": types.GuidedRoutesDocument,
    "\n  query Insights($split: CoverageSplit!, $rankBy: CentralityMeasure!) {\n    insights(split: $split, rankBy: $rankBy) {\n      resourceCount\n      undated\n      withoutJurisdiction\n      unrecorded {\n        facet\n        count\n      }\n      betweennessComputed\n      byYear {\n        year\n        count\n      }\n      byKind {\n        key\n        label\n        count\n      }\n      byJurisdiction {\n        key\n        label\n        count\n      }\n      byOrganisation {\n        key\n        label\n        count\n      }\n      mostConnectedResources {\n        degree\n        betweenness\n        node {\n          id\n          type\n          label\n          kind\n        }\n      }\n      mostConnectedFrameworks {\n        degree\n        betweenness\n        node {\n          id\n          type\n          label\n          kind\n        }\n      }\n      coverage {\n        splitBy\n        rows {\n          key\n          label\n          count\n        }\n        columns {\n          key\n          label\n          count\n        }\n        parts {\n          key\n          label\n          count\n        }\n        cells {\n          row\n          column\n          count\n          parts {\n            key\n            label\n            count\n          }\n        }\n        rowsUnrecorded {\n          key\n          count\n        }\n        columnsUnrecorded {\n          key\n          count\n        }\n      }\n    }\n  }\n": types.InsightsDocument,
    "\n  query Lineage($id: ID!, $direction: LineageDirection!, $basis: [EvidenceBasis!]) {\n    node(id: $id) {\n      ...GraphNodeFields\n    }\n    lineage(id: $id, direction: $direction, basis: $basis) {\n      ...SubgraphFields\n      # Each chain names its weakest link, with an inferred link's reason.\n      edges {\n        id\n        reasoning\n      }\n      layout(view: HIERARCHY, focus: $id) {\n        id\n        x\n        y\n      }\n    }\n  }\n": types.LineageDocument,
    "\n  query Neighbourhood($id: ID!, $limit: Int!, $view: ViewLayout!, $withLayout: Boolean!) {\n    node(id: $id) {\n      ...GraphNodeFields\n      # The organisation view's header describes its focus.\n      summary\n    }\n    neighbourhood(id: $id, depth: 1, limit: $limit) {\n      ...SubgraphFields\n      layout(view: $view, focus: $id) @include(if: $withLayout) {\n        id\n        x\n        y\n      }\n    }\n  }\n": types.NeighbourhoodDocument,
    "\n  query OrgResources($filter: GraphFilter!) {\n    graph(filter: $filter, limit: 500) {\n      nodes {\n        id\n        type\n      }\n    }\n  }\n": types.OrgResourcesDocument,
    "\n  query Overview($filter: GraphFilter, $limit: Int!) {\n    graph(filter: $filter, limit: $limit) {\n      ...SubgraphFields\n      layout(view: FORCE) {\n        id\n        x\n        y\n      }\n    }\n  }\n": types.OverviewDocument,
    "\n  query Paths($from: ID!, $to: ID!, $sharedContext: Boolean!, $basis: [EvidenceBasis!]) {\n    fromNode: node(id: $from) {\n      id\n      label\n      type\n    }\n    toNode: node(id: $to) {\n      id\n      label\n      type\n    }\n    paths(from: $from, to: $to, throughSharedContext: $sharedContext, basis: $basis) {\n      ...SubgraphFields\n      # The step list quotes each relationship's evidence (a path has a handful of edges).\n      edges {\n        ...EdgeProvenanceFields\n      }\n      # The API's force layout, as the canvas would lay the paths out: drawn at once, as SVG first.\n      layout(view: FORCE, focus: $from) {\n        id\n        x\n        y\n      }\n    }\n    # With shared context left out: the shortest route through it, to say what was left out.\n    viaSharedContext: paths(from: $from, to: $to, limit: 1, throughSharedContext: true, basis: $basis)\n      @skip(if: $sharedContext) {\n      edges {\n        id\n      }\n    }\n  }\n": types.PathsDocument,
    "\n  query SearchPage($query: String!) {\n    search(query: $query, limit: 60) {\n      ...GraphNodeFields\n      summary\n    }\n  }\n": types.SearchPageDocument,
    "\n  query SetView($ids: [ID!]!) {\n    connecting(ids: $ids) {\n      connectors {\n        node {\n          id\n          label\n          type\n        }\n        members\n        via {\n          ...GraphEdgeFields\n          ...EdgeProvenanceFields\n        }\n      }\n      subgraph {\n        ...SubgraphFields\n        # The API's force layout: the set is drawn at once, as SVG first.\n        layout(view: FORCE) {\n          id\n          x\n          y\n        }\n      }\n      total\n      missing\n    }\n  }\n": types.SetViewDocument,
    "\n  query SetSearch($query: String!) {\n    search(query: $query, limit: 12) {\n      id\n      label\n      type\n      kind\n      year\n    }\n  }\n": types.SetSearchDocument,
    "\n  query SimilarView($id: ID!, $limit: Int!) {\n    node(id: $id) {\n      ...GraphNodeFields\n    }\n    similar(id: $id, limit: $limit) {\n      node {\n        id\n        label\n      }\n      score\n      reasons\n    }\n    similarGraph(id: $id, limit: $limit) {\n      ...SubgraphFields\n    }\n  }\n": types.SimilarViewDocument,
    "\n  mutation SuggestResource($input: SuggestionInput!) {\n    suggestResource(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": types.SuggestResourceDocument,
    "\n  query SuggestLinkResource($id: ID!) {\n    node(id: $id) {\n      id\n      type\n      label\n      url\n    }\n  }\n": types.SuggestLinkResourceDocument,
    "\n  mutation SuggestLink($input: LinkSuggestionInput!) {\n    suggestLink(input: $input) {\n      id\n      title\n      status\n    }\n  }\n": types.SuggestLinkDocument,
    "\n  query Timeline($filter: GraphFilter!, $limit: Int!) {\n    graph(filter: $filter, limit: $limit) {\n      ...SubgraphFields\n    }\n  }\n": types.TimelineDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cite($ids: [ID!]!, $format: CitationFormat!, $accessed: String) {\n    cite(ids: $ids, format: $format, accessed: $accessed) {\n      format\n      contentType\n      filename\n      text\n    }\n  }\n"): (typeof documents)["\n  query Cite($ids: [ID!]!, $format: CitationFormat!, $accessed: String) {\n    cite(ids: $ids, format: $format, accessed: $accessed) {\n      format\n      contentType\n      filename\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurationStatus {\n    curationStatus {\n      enabled\n      signedIn\n      curator\n      name\n      tokenProblem\n      contact\n      oidc {\n        issuer\n        clientId\n        scope\n      }\n    }\n  }\n"): (typeof documents)["\n  query CurationStatus {\n    curationStatus {\n      enabled\n      signedIn\n      curator\n      name\n      tokenProblem\n      contact\n      oidc {\n        issuer\n        clientId\n        scope\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FacetValues on Subgraph {\n    nodes {\n      id\n      label\n      degree\n    }\n  }\n"): (typeof documents)["\n  fragment FacetValues on Subgraph {\n    nodes {\n      id\n      label\n      degree\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacetOptions {\n    restraintTypes: graph(filter: { types: [RESTRAINT_TYPE] }, limit: 100) {\n      ...FacetValues\n    }\n    settings: graph(filter: { types: [SETTING] }, limit: 100) {\n      ...FacetValues\n    }\n    audiences: graph(filter: { types: [AUDIENCE] }, limit: 100) {\n      ...FacetValues\n    }\n    jurisdictions: graph(filter: { types: [JURISDICTION] }, limit: 100) {\n      ...FacetValues\n    }\n    organisations: graph(filter: { types: [ORGANISATION] }, limit: 300) {\n      ...FacetValues\n    }\n  }\n"): (typeof documents)["\n  query FacetOptions {\n    restraintTypes: graph(filter: { types: [RESTRAINT_TYPE] }, limit: 100) {\n      ...FacetValues\n    }\n    settings: graph(filter: { types: [SETTING] }, limit: 100) {\n      ...FacetValues\n    }\n    audiences: graph(filter: { types: [AUDIENCE] }, limit: 100) {\n      ...FacetValues\n    }\n    jurisdictions: graph(filter: { types: [JURISDICTION] }, limit: 100) {\n      ...FacetValues\n    }\n    organisations: graph(filter: { types: [ORGANISATION] }, limit: 300) {\n      ...FacetValues\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphNodeFields on GraphNode {\n    id\n    type\n    label\n    kind\n    year\n    degree\n    distance\n  }\n"): (typeof documents)["\n  fragment GraphNodeFields on GraphNode {\n    id\n    type\n    label\n    kind\n    year\n    degree\n    distance\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphEdgeFields on GraphEdge {\n    id\n    type\n    source\n    target\n    how\n    basis\n    annotation\n  }\n"): (typeof documents)["\n  fragment GraphEdgeFields on GraphEdge {\n    id\n    type\n    source\n    target\n    how\n    basis\n    annotation\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubgraphFields on Subgraph {\n    nodes {\n      ...GraphNodeFields\n    }\n    edges {\n      ...GraphEdgeFields\n    }\n    truncated\n    total\n  }\n"): (typeof documents)["\n  fragment SubgraphFields on Subgraph {\n    nodes {\n      ...GraphNodeFields\n    }\n    edges {\n      ...GraphEdgeFields\n    }\n    truncated\n    total\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EdgeProvenanceFields on GraphEdge {\n    id\n    evidence\n    sourceDoc\n    generalKnowledge\n    reasoning\n  }\n"): (typeof documents)["\n  fragment EdgeProvenanceFields on GraphEdge {\n    id\n    evidence\n    sourceDoc\n    generalKnowledge\n    reasoning\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelationshipsAmong($ids: [ID!]!) {\n    relationshipsAmong(ids: $ids) {\n      ...EdgeProvenanceFields\n    }\n  }\n"): (typeof documents)["\n  query RelationshipsAmong($ids: [ID!]!) {\n    relationshipsAmong(ids: $ids) {\n      ...EdgeProvenanceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnrecordedMatches($filter: GraphFilter!) {\n    unrecordedMatches(filter: $filter) {\n      facet\n      count\n    }\n  }\n"): (typeof documents)["\n  query UnrecordedMatches($filter: GraphFilter!) {\n    unrecordedMatches(filter: $filter) {\n      facet\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeDetail($id: ID!) {\n    node(id: $id) {\n      ...GraphNodeFields\n      summary\n      url\n      generalKnowledge\n      easyRead\n      aliases\n      definition\n      origin\n      role\n      country\n      editable\n      descriptiveTitle\n      description\n    }\n    neighbourhood(id: $id, depth: 1, limit: 300) {\n      nodes {\n        id\n        type\n        label\n        url\n      }\n      edges {\n        ...GraphEdgeFields\n        ...EdgeProvenanceFields\n      }\n      truncated\n    }\n  }\n"): (typeof documents)["\n  query NodeDetail($id: ID!) {\n    node(id: $id) {\n      ...GraphNodeFields\n      summary\n      url\n      generalKnowledge\n      easyRead\n      aliases\n      definition\n      origin\n      role\n      country\n      editable\n      descriptiveTitle\n      description\n    }\n    neighbourhood(id: $id, depth: 1, limit: 300) {\n      nodes {\n        id\n        type\n        label\n        url\n      }\n      edges {\n        ...GraphEdgeFields\n        ...EdgeProvenanceFields\n      }\n      truncated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceVersions($id: ID!) {\n    versions(id: $id) {\n      newer {\n        node {\n          id\n          label\n          year\n        }\n        relation\n        explanation\n      }\n      older {\n        node {\n          id\n          label\n          year\n        }\n        relation\n        explanation\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourceVersions($id: ID!) {\n    versions(id: $id) {\n      newer {\n        node {\n          id\n          label\n          year\n        }\n        relation\n        explanation\n      }\n      older {\n        node {\n          id\n          label\n          year\n        }\n        relation\n        explanation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarResources($id: ID!, $limit: Int!) {\n    similar(id: $id, limit: $limit) {\n      node {\n        id\n        label\n        kind\n        year\n      }\n      score\n      reasons\n    }\n  }\n"): (typeof documents)["\n  query SimilarResources($id: ID!, $limit: Int!) {\n    similar(id: $id, limit: $limit) {\n      node {\n        id\n        label\n        kind\n        year\n      }\n      score\n      reasons\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TypeAhead($query: String!) {\n    search(query: $query, limit: 12) {\n      id\n      type\n      label\n      kind\n      year\n    }\n  }\n"): (typeof documents)["\n  query TypeAhead($query: String!) {\n    search(query: $query, limit: 12) {\n      id\n      type\n      label\n      kind\n      year\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurateHistoryNames($ids: [ID!]!) {\n    resources(where: { id: { in: $ids } }) {\n      id\n      title\n    }\n    organisations(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n    frameworks(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n    restraintTypes(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n    settings(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n    audiences(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n    jurisdictions(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n    legislations(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n    people(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query CurateHistoryNames($ids: [ID!]!) {\n    resources(where: { id: { in: $ids } }) {\n      id\n      title\n    }\n    organisations(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n    frameworks(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n    restraintTypes(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n    settings(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n    audiences(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n    jurisdictions(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n    legislations(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n    people(where: { id: { in: $ids } }) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurateUpdateResource($id: ID!, $update: ResourceUpdateInput!) {\n    updateResources(where: { id: { eq: $id } }, update: $update) {\n      resources {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CurateUpdateResource($id: ID!, $update: ResourceUpdateInput!) {\n    updateResources(where: { id: { eq: $id } }, update: $update) {\n      resources {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurateUpdateOrganisation($id: ID!, $update: OrganisationUpdateInput!) {\n    updateOrganisations(where: { id: { eq: $id } }, update: $update) {\n      organisations {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CurateUpdateOrganisation($id: ID!, $update: OrganisationUpdateInput!) {\n    updateOrganisations(where: { id: { eq: $id } }, update: $update) {\n      organisations {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurateUpdateFramework($id: ID!, $update: FrameworkUpdateInput!) {\n    updateFrameworks(where: { id: { eq: $id } }, update: $update) {\n      frameworks {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CurateUpdateFramework($id: ID!, $update: FrameworkUpdateInput!) {\n    updateFrameworks(where: { id: { eq: $id } }, update: $update) {\n      frameworks {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurateUpdateRestraintType($id: ID!, $update: RestraintTypeUpdateInput!) {\n    updateRestraintTypes(where: { id: { eq: $id } }, update: $update) {\n      restraintTypes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CurateUpdateRestraintType($id: ID!, $update: RestraintTypeUpdateInput!) {\n    updateRestraintTypes(where: { id: { eq: $id } }, update: $update) {\n      restraintTypes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurateUpdateSetting($id: ID!, $update: SettingUpdateInput!) {\n    updateSettings(where: { id: { eq: $id } }, update: $update) {\n      settings {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CurateUpdateSetting($id: ID!, $update: SettingUpdateInput!) {\n    updateSettings(where: { id: { eq: $id } }, update: $update) {\n      settings {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurateUpdateAudience($id: ID!, $update: AudienceUpdateInput!) {\n    updateAudiences(where: { id: { eq: $id } }, update: $update) {\n      audiences {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CurateUpdateAudience($id: ID!, $update: AudienceUpdateInput!) {\n    updateAudiences(where: { id: { eq: $id } }, update: $update) {\n      audiences {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurateUpdateJurisdiction($id: ID!, $update: JurisdictionUpdateInput!) {\n    updateJurisdictions(where: { id: { eq: $id } }, update: $update) {\n      jurisdictions {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CurateUpdateJurisdiction($id: ID!, $update: JurisdictionUpdateInput!) {\n    updateJurisdictions(where: { id: { eq: $id } }, update: $update) {\n      jurisdictions {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurateUpdateLegislation($id: ID!, $update: LegislationUpdateInput!) {\n    updateLegislations(where: { id: { eq: $id } }, update: $update) {\n      legislations {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CurateUpdateLegislation($id: ID!, $update: LegislationUpdateInput!) {\n    updateLegislations(where: { id: { eq: $id } }, update: $update) {\n      legislations {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurateUpdatePerson($id: ID!, $update: PersonUpdateInput!) {\n    updatePeople(where: { id: { eq: $id } }, update: $update) {\n      people {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CurateUpdatePerson($id: ID!, $update: PersonUpdateInput!) {\n    updatePeople(where: { id: { eq: $id } }, update: $update) {\n      people {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurateCreateResource($input: ResourceCreateInput!) {\n    createResources(input: [$input]) {\n      resources {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CurateCreateResource($input: ResourceCreateInput!) {\n    createResources(input: [$input]) {\n      resources {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurateCreateOrganisation($input: OrganisationCreateInput!) {\n    createOrganisations(input: [$input]) {\n      organisations {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CurateCreateOrganisation($input: OrganisationCreateInput!) {\n    createOrganisations(input: [$input]) {\n      organisations {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurateCreateFramework($input: FrameworkCreateInput!) {\n    createFrameworks(input: [$input]) {\n      frameworks {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CurateCreateFramework($input: FrameworkCreateInput!) {\n    createFrameworks(input: [$input]) {\n      frameworks {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurateCreateRestraintType($input: RestraintTypeCreateInput!) {\n    createRestraintTypes(input: [$input]) {\n      restraintTypes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CurateCreateRestraintType($input: RestraintTypeCreateInput!) {\n    createRestraintTypes(input: [$input]) {\n      restraintTypes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurateCreateSetting($input: SettingCreateInput!) {\n    createSettings(input: [$input]) {\n      settings {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CurateCreateSetting($input: SettingCreateInput!) {\n    createSettings(input: [$input]) {\n      settings {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurateCreateAudience($input: AudienceCreateInput!) {\n    createAudiences(input: [$input]) {\n      audiences {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CurateCreateAudience($input: AudienceCreateInput!) {\n    createAudiences(input: [$input]) {\n      audiences {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurateCreateJurisdiction($input: JurisdictionCreateInput!) {\n    createJurisdictions(input: [$input]) {\n      jurisdictions {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CurateCreateJurisdiction($input: JurisdictionCreateInput!) {\n    createJurisdictions(input: [$input]) {\n      jurisdictions {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurateCreateLegislation($input: LegislationCreateInput!) {\n    createLegislations(input: [$input]) {\n      legislations {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CurateCreateLegislation($input: LegislationCreateInput!) {\n    createLegislations(input: [$input]) {\n      legislations {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurateCreatePerson($input: PersonCreateInput!) {\n    createPeople(input: [$input]) {\n      people {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CurateCreatePerson($input: PersonCreateInput!) {\n    createPeople(input: [$input]) {\n      people {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurateAddRelationship($input: RelationshipInput!) {\n    addRelationship(input: $input) {\n      ...GraphEdgeFields\n      ...EdgeProvenanceFields\n    }\n  }\n"): (typeof documents)["\n  mutation CurateAddRelationship($input: RelationshipInput!) {\n    addRelationship(input: $input) {\n      ...GraphEdgeFields\n      ...EdgeProvenanceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurateUpdateRelationship($input: RelationshipInput!) {\n    updateRelationship(input: $input) {\n      ...GraphEdgeFields\n      ...EdgeProvenanceFields\n    }\n  }\n"): (typeof documents)["\n  mutation CurateUpdateRelationship($input: RelationshipInput!) {\n    updateRelationship(input: $input) {\n      ...GraphEdgeFields\n      ...EdgeProvenanceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurateRemoveRelationship($type: RelationshipType!, $from: ID!, $to: ID!) {\n    removeRelationship(type: $type, from: $from, to: $to)\n  }\n"): (typeof documents)["\n  mutation CurateRemoveRelationship($type: RelationshipType!, $from: ID!, $to: ID!) {\n    removeRelationship(type: $type, from: $from, to: $to)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurateDeleteNode($id: ID!) {\n    deleteEntity(id: $id) {\n      id\n      label\n      deletedAt\n      deletedBy\n    }\n  }\n"): (typeof documents)["\n  mutation CurateDeleteNode($id: ID!) {\n    deleteEntity(id: $id) {\n      id\n      label\n      deletedAt\n      deletedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurateRestoreNode($id: ID!) {\n    restoreEntity(id: $id)\n  }\n"): (typeof documents)["\n  mutation CurateRestoreNode($id: ID!) {\n    restoreEntity(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurateNodeHistory($id: ID!) {\n    auditLog(entityId: $id, limit: 50) {\n      id\n      at\n      actor\n      action\n      before\n      after\n    }\n  }\n"): (typeof documents)["\n  query CurateNodeHistory($id: ID!) {\n    auditLog(entityId: $id, limit: 50) {\n      id\n      at\n      actor\n      action\n      before\n      after\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurateDeletedNodes {\n    deletedEntities(limit: 100) {\n      id\n      label\n      deletedAt\n      deletedBy\n    }\n  }\n"): (typeof documents)["\n  query CurateDeletedNodes {\n    deletedEntities(limit: 100) {\n      id\n      label\n      deletedAt\n      deletedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurateTargetSearch($query: String!, $types: [NodeType!]) {\n    search(query: $query, types: $types, limit: 10) {\n      id\n      type\n      label\n      year\n    }\n  }\n"): (typeof documents)["\n  query CurateTargetSearch($query: String!, $types: [NodeType!]) {\n    search(query: $query, types: $types, limit: 10) {\n      id\n      type\n      label\n      year\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurateKeptChanges($id: ID!) {\n    curatorChanges(id: $id) {\n      kind\n      entityId\n      property\n      relationship {\n        id\n        type\n        source\n        target\n      }\n      curatorValue\n      seedValue\n      conflict\n      by\n      at\n    }\n  }\n"): (typeof documents)["\n  query CurateKeptChanges($id: ID!) {\n    curatorChanges(id: $id) {\n      kind\n      entityId\n      property\n      relationship {\n        id\n        type\n        source\n        target\n      }\n      curatorValue\n      seedValue\n      conflict\n      by\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChangeNodeFields on ChangeNode {\n    id\n    label\n    type\n    exists\n  }\n"): (typeof documents)["\n  fragment ChangeNodeFields on ChangeNode {\n    id\n    label\n    type\n    exists\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Changes($limit: Int!) {\n    changes(limit: $limit) {\n      id\n      version\n      at\n      kind\n      itemCount\n      items {\n        change\n        type\n        node {\n          ...ChangeNodeFields\n        }\n        from {\n          ...ChangeNodeFields\n        }\n        to {\n          ...ChangeNodeFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Changes($limit: Int!) {\n    changes(limit: $limit) {\n      id\n      version\n      at\n      kind\n      itemCount\n      items {\n        change\n        type\n        node {\n          ...ChangeNodeFields\n        }\n        from {\n          ...ChangeNodeFields\n        }\n        to {\n          ...ChangeNodeFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Coverage {\n    coverage(rows: RESTRAINT_TYPE, columns: SETTING) {\n      rows {\n        id\n        label\n      }\n      columns {\n        id\n        label\n      }\n      cells {\n        row\n        column\n        count\n        frameworks\n      }\n      rowsUnrecorded {\n        id\n        count\n      }\n      columnsUnrecorded {\n        id\n        count\n      }\n      withoutRowType\n      withoutColumnType\n    }\n  }\n"): (typeof documents)["\n  query Coverage {\n    coverage(rows: RESTRAINT_TYPE, columns: SETTING) {\n      rows {\n        id\n        label\n      }\n      columns {\n        id\n        label\n      }\n      cells {\n        row\n        column\n        count\n        frameworks\n      }\n      rowsUnrecorded {\n        id\n        count\n      }\n      columnsUnrecorded {\n        id\n        count\n      }\n      withoutRowType\n      withoutColumnType\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoverageCellResources($row: ID!, $column: ID!) {\n    coverageCell(rows: RESTRAINT_TYPE, columns: SETTING, row: $row, column: $column, limit: 500) {\n      count\n      truncated\n      resources {\n        ...GraphNodeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoverageCellResources($row: ID!, $column: ID!) {\n    coverageCell(rows: RESTRAINT_TYPE, columns: SETTING, row: $row, column: $column, limit: 500) {\n      count\n      truncated\n      resources {\n        ...GraphNodeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingSuggestions {\n    suggestions(status: PENDING, limit: 100) {\n      id\n      type\n      targetId\n      source\n      pageText\n      title\n      url\n      summary\n      year\n      relatedIds\n      contact\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  query PendingSuggestions {\n    suggestions(status: PENDING, limit: 100) {\n      id\n      type\n      targetId\n      source\n      pageText\n      title\n      url\n      summary\n      year\n      relatedIds\n      contact\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveSuggestion($id: ID!, $input: ApproveSuggestionInput) {\n    approveSuggestion(id: $id, input: $input) {\n      id\n      status\n      resourceId\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveSuggestion($id: ID!, $input: ApproveSuggestionInput) {\n    approveSuggestion(id: $id, input: $input) {\n      id\n      status\n      resourceId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectSuggestion($id: ID!, $reason: String!) {\n    rejectSuggestion(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RejectSuggestion($id: ID!, $reason: String!) {\n    rejectSuggestion(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestionRelatedNode($id: ID!) {\n    node(id: $id) {\n      id\n      type\n      label\n    }\n  }\n"): (typeof documents)["\n  query SuggestionRelatedNode($id: ID!) {\n    node(id: $id) {\n      id\n      type\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuidedRoute($id: ID!) {\n    route(id: $id) {\n      id\n      title\n      audience\n      intro\n      steps {\n        id\n        question\n        explanation\n        total\n        cards {\n          why\n          resource {\n            ...GraphNodeFields\n            summary\n            url\n            easyRead\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GuidedRoute($id: ID!) {\n    route(id: $id) {\n      id\n      title\n      audience\n      intro\n      steps {\n        id\n        question\n        explanation\n        total\n        cards {\n          why\n          resource {\n            ...GraphNodeFields\n            summary\n            url\n            easyRead\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuidedRoutes {\n    routes {\n      id\n      title\n      audience\n      intro\n      questions\n    }\n  }\n"): (typeof documents)["\n  query GuidedRoutes {\n    routes {\n      id\n      title\n      audience\n      intro\n      questions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Insights($split: CoverageSplit!, $rankBy: CentralityMeasure!) {\n    insights(split: $split, rankBy: $rankBy) {\n      resourceCount\n      undated\n      withoutJurisdiction\n      unrecorded {\n        facet\n        count\n      }\n      betweennessComputed\n      byYear {\n        year\n        count\n      }\n      byKind {\n        key\n        label\n        count\n      }\n      byJurisdiction {\n        key\n        label\n        count\n      }\n      byOrganisation {\n        key\n        label\n        count\n      }\n      mostConnectedResources {\n        degree\n        betweenness\n        node {\n          id\n          type\n          label\n          kind\n        }\n      }\n      mostConnectedFrameworks {\n        degree\n        betweenness\n        node {\n          id\n          type\n          label\n          kind\n        }\n      }\n      coverage {\n        splitBy\n        rows {\n          key\n          label\n          count\n        }\n        columns {\n          key\n          label\n          count\n        }\n        parts {\n          key\n          label\n          count\n        }\n        cells {\n          row\n          column\n          count\n          parts {\n            key\n            label\n            count\n          }\n        }\n        rowsUnrecorded {\n          key\n          count\n        }\n        columnsUnrecorded {\n          key\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Insights($split: CoverageSplit!, $rankBy: CentralityMeasure!) {\n    insights(split: $split, rankBy: $rankBy) {\n      resourceCount\n      undated\n      withoutJurisdiction\n      unrecorded {\n        facet\n        count\n      }\n      betweennessComputed\n      byYear {\n        year\n        count\n      }\n      byKind {\n        key\n        label\n        count\n      }\n      byJurisdiction {\n        key\n        label\n        count\n      }\n      byOrganisation {\n        key\n        label\n        count\n      }\n      mostConnectedResources {\n        degree\n        betweenness\n        node {\n          id\n          type\n          label\n          kind\n        }\n      }\n      mostConnectedFrameworks {\n        degree\n        betweenness\n        node {\n          id\n          type\n          label\n          kind\n        }\n      }\n      coverage {\n        splitBy\n        rows {\n          key\n          label\n          count\n        }\n        columns {\n          key\n          label\n          count\n        }\n        parts {\n          key\n          label\n          count\n        }\n        cells {\n          row\n          column\n          count\n          parts {\n            key\n            label\n            count\n          }\n        }\n        rowsUnrecorded {\n          key\n          count\n        }\n        columnsUnrecorded {\n          key\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Lineage($id: ID!, $direction: LineageDirection!, $basis: [EvidenceBasis!]) {\n    node(id: $id) {\n      ...GraphNodeFields\n    }\n    lineage(id: $id, direction: $direction, basis: $basis) {\n      ...SubgraphFields\n      # Each chain names its weakest link, with an inferred link's reason.\n      edges {\n        id\n        reasoning\n      }\n      layout(view: HIERARCHY, focus: $id) {\n        id\n        x\n        y\n      }\n    }\n  }\n"): (typeof documents)["\n  query Lineage($id: ID!, $direction: LineageDirection!, $basis: [EvidenceBasis!]) {\n    node(id: $id) {\n      ...GraphNodeFields\n    }\n    lineage(id: $id, direction: $direction, basis: $basis) {\n      ...SubgraphFields\n      # Each chain names its weakest link, with an inferred link's reason.\n      edges {\n        id\n        reasoning\n      }\n      layout(view: HIERARCHY, focus: $id) {\n        id\n        x\n        y\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighbourhood($id: ID!, $limit: Int!, $view: ViewLayout!, $withLayout: Boolean!) {\n    node(id: $id) {\n      ...GraphNodeFields\n      # The organisation view's header describes its focus.\n      summary\n    }\n    neighbourhood(id: $id, depth: 1, limit: $limit) {\n      ...SubgraphFields\n      layout(view: $view, focus: $id) @include(if: $withLayout) {\n        id\n        x\n        y\n      }\n    }\n  }\n"): (typeof documents)["\n  query Neighbourhood($id: ID!, $limit: Int!, $view: ViewLayout!, $withLayout: Boolean!) {\n    node(id: $id) {\n      ...GraphNodeFields\n      # The organisation view's header describes its focus.\n      summary\n    }\n    neighbourhood(id: $id, depth: 1, limit: $limit) {\n      ...SubgraphFields\n      layout(view: $view, focus: $id) @include(if: $withLayout) {\n        id\n        x\n        y\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgResources($filter: GraphFilter!) {\n    graph(filter: $filter, limit: 500) {\n      nodes {\n        id\n        type\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgResources($filter: GraphFilter!) {\n    graph(filter: $filter, limit: 500) {\n      nodes {\n        id\n        type\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overview($filter: GraphFilter, $limit: Int!) {\n    graph(filter: $filter, limit: $limit) {\n      ...SubgraphFields\n      layout(view: FORCE) {\n        id\n        x\n        y\n      }\n    }\n  }\n"): (typeof documents)["\n  query Overview($filter: GraphFilter, $limit: Int!) {\n    graph(filter: $filter, limit: $limit) {\n      ...SubgraphFields\n      layout(view: FORCE) {\n        id\n        x\n        y\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Paths($from: ID!, $to: ID!, $sharedContext: Boolean!, $basis: [EvidenceBasis!]) {\n    fromNode: node(id: $from) {\n      id\n      label\n      type\n    }\n    toNode: node(id: $to) {\n      id\n      label\n      type\n    }\n    paths(from: $from, to: $to, throughSharedContext: $sharedContext, basis: $basis) {\n      ...SubgraphFields\n      # The step list quotes each relationship's evidence (a path has a handful of edges).\n      edges {\n        ...EdgeProvenanceFields\n      }\n      # The API's force layout, as the canvas would lay the paths out: drawn at once, as SVG first.\n      layout(view: FORCE, focus: $from) {\n        id\n        x\n        y\n      }\n    }\n    # With shared context left out: the shortest route through it, to say what was left out.\n    viaSharedContext: paths(from: $from, to: $to, limit: 1, throughSharedContext: true, basis: $basis)\n      @skip(if: $sharedContext) {\n      edges {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query Paths($from: ID!, $to: ID!, $sharedContext: Boolean!, $basis: [EvidenceBasis!]) {\n    fromNode: node(id: $from) {\n      id\n      label\n      type\n    }\n    toNode: node(id: $to) {\n      id\n      label\n      type\n    }\n    paths(from: $from, to: $to, throughSharedContext: $sharedContext, basis: $basis) {\n      ...SubgraphFields\n      # The step list quotes each relationship's evidence (a path has a handful of edges).\n      edges {\n        ...EdgeProvenanceFields\n      }\n      # The API's force layout, as the canvas would lay the paths out: drawn at once, as SVG first.\n      layout(view: FORCE, focus: $from) {\n        id\n        x\n        y\n      }\n    }\n    # With shared context left out: the shortest route through it, to say what was left out.\n    viaSharedContext: paths(from: $from, to: $to, limit: 1, throughSharedContext: true, basis: $basis)\n      @skip(if: $sharedContext) {\n      edges {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPage($query: String!) {\n    search(query: $query, limit: 60) {\n      ...GraphNodeFields\n      summary\n    }\n  }\n"): (typeof documents)["\n  query SearchPage($query: String!) {\n    search(query: $query, limit: 60) {\n      ...GraphNodeFields\n      summary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetView($ids: [ID!]!) {\n    connecting(ids: $ids) {\n      connectors {\n        node {\n          id\n          label\n          type\n        }\n        members\n        via {\n          ...GraphEdgeFields\n          ...EdgeProvenanceFields\n        }\n      }\n      subgraph {\n        ...SubgraphFields\n        # The API's force layout: the set is drawn at once, as SVG first.\n        layout(view: FORCE) {\n          id\n          x\n          y\n        }\n      }\n      total\n      missing\n    }\n  }\n"): (typeof documents)["\n  query SetView($ids: [ID!]!) {\n    connecting(ids: $ids) {\n      connectors {\n        node {\n          id\n          label\n          type\n        }\n        members\n        via {\n          ...GraphEdgeFields\n          ...EdgeProvenanceFields\n        }\n      }\n      subgraph {\n        ...SubgraphFields\n        # The API's force layout: the set is drawn at once, as SVG first.\n        layout(view: FORCE) {\n          id\n          x\n          y\n        }\n      }\n      total\n      missing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetSearch($query: String!) {\n    search(query: $query, limit: 12) {\n      id\n      label\n      type\n      kind\n      year\n    }\n  }\n"): (typeof documents)["\n  query SetSearch($query: String!) {\n    search(query: $query, limit: 12) {\n      id\n      label\n      type\n      kind\n      year\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarView($id: ID!, $limit: Int!) {\n    node(id: $id) {\n      ...GraphNodeFields\n    }\n    similar(id: $id, limit: $limit) {\n      node {\n        id\n        label\n      }\n      score\n      reasons\n    }\n    similarGraph(id: $id, limit: $limit) {\n      ...SubgraphFields\n    }\n  }\n"): (typeof documents)["\n  query SimilarView($id: ID!, $limit: Int!) {\n    node(id: $id) {\n      ...GraphNodeFields\n    }\n    similar(id: $id, limit: $limit) {\n      node {\n        id\n        label\n      }\n      score\n      reasons\n    }\n    similarGraph(id: $id, limit: $limit) {\n      ...SubgraphFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestResource($input: SuggestionInput!) {\n    suggestResource(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SuggestResource($input: SuggestionInput!) {\n    suggestResource(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestLinkResource($id: ID!) {\n    node(id: $id) {\n      id\n      type\n      label\n      url\n    }\n  }\n"): (typeof documents)["\n  query SuggestLinkResource($id: ID!) {\n    node(id: $id) {\n      id\n      type\n      label\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuggestLink($input: LinkSuggestionInput!) {\n    suggestLink(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SuggestLink($input: LinkSuggestionInput!) {\n    suggestLink(input: $input) {\n      id\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Timeline($filter: GraphFilter!, $limit: Int!) {\n    graph(filter: $filter, limit: $limit) {\n      ...SubgraphFields\n    }\n  }\n"): (typeof documents)["\n  query Timeline($filter: GraphFilter!, $limit: Int!) {\n    graph(filter: $filter, limit: $limit) {\n      ...SubgraphFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;