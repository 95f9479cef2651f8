import { graphql } from "../__generated__";

/** One relationship at a time, by its type and ends (contract of issue #32). */
export const AddRelationship = graphql(`
  mutation CurateAddRelationship($input: RelationshipInput!) {
    addRelationship(input: $input) {
      ...GraphEdgeFields
      ...EdgeProvenanceFields
    }
  }
`);

export const UpdateRelationship = graphql(`
  mutation CurateUpdateRelationship($input: RelationshipInput!) {
    updateRelationship(input: $input) {
      ...GraphEdgeFields
      ...EdgeProvenanceFields
    }
  }
`);

export const RemoveRelationship = graphql(`
  mutation CurateRemoveRelationship($type: RelationshipType!, $from: ID!, $to: ID!) {
    removeRelationship(type: $type, from: $from, to: $to)
  }
`);

export const DeleteNode = graphql(`
  mutation CurateDeleteNode($id: ID!) {
    deleteEntity(id: $id) {
      id
      label
      deletedAt
      deletedBy
    }
  }
`);

export const RestoreNode = graphql(`
  mutation CurateRestoreNode($id: ID!) {
    restoreEntity(id: $id)
  }
`);

export const NodeHistoryQuery = graphql(`
  query CurateNodeHistory($id: ID!) {
    auditLog(entityId: $id, limit: 50) {
      id
      at
      actor
      action
      before
      after
    }
  }
`);

export const DeletedNodesQuery = graphql(`
  query CurateDeletedNodes {
    deletedEntities(limit: 100) {
      id
      label
      deletedAt
      deletedBy
    }
  }
`);

/** Type-ahead for a relationship's other end: the public search, limited to the types the pair allows. */
export const TargetSearchQuery = graphql(`
  query CurateTargetSearch($query: String!, $types: [NodeType!]) {
    search(query: $query, types: $types, limit: 10) {
      id
      type
      label
      year
    }
  }
`);

/** What of a node is the curators' and outlives the seed import (issue #32's curatorChanges). */
export const KeptChangesQuery = graphql(`
  query CurateKeptChanges($id: ID!) {
    curatorChanges(id: $id) {
      kind
      entityId
      property
      relationship {
        id
        type
        source
        target
      }
      curatorValue
      seedValue
      conflict
      by
      at
    }
  }
`);
