import { useMemo } from "react";
import { useQuery, type Client } from "urql";
import { graphql } from "../__generated__";
import type { EdgeProvenanceFieldsFragment } from "../__generated__/graphql";

export type EdgeProvenance = EdgeProvenanceFieldsFragment;

/** The API's bound on ids per request (its `limit` maximum). */
const MAX_IDS = 1000;

const RelationshipsAmongQuery = graphql(`
  query RelationshipsAmong($ids: [ID!]!) {
    relationshipsAmong(ids: $ids) {
      ...EdgeProvenanceFields
    }
  }
`);

/**
 * Evidence for the relationships among the drawn nodes, by edge id. Canvas queries leave it out;
 * the list view and exports ask here, by node ids, when they are opened. Beyond MAX_IDS nodes
 * (a neighbourhood expanded many times) the rest go without.
 */
export function useProvenance(nodeIds: readonly string[]): ReadonlyMap<string, EdgeProvenance> | undefined {
  const ids = useMemo(() => nodeIds.slice(0, MAX_IDS), [nodeIds]);
  const [result] = useQuery({ query: RelationshipsAmongQuery, variables: { ids }, pause: ids.length === 0 });
  return useMemo(
    () => (result.data ? new Map(result.data.relationshipsAmong.map((e) => [e.id, e])) : undefined),
    [result.data],
  );
}

export async function fetchProvenance(
  client: Client,
  nodeIds: readonly string[],
): Promise<ReadonlyMap<string, EdgeProvenance>> {
  if (nodeIds.length === 0) return new Map();
  const result = await client.query(RelationshipsAmongQuery, { ids: nodeIds.slice(0, MAX_IDS) }).toPromise();
  if (result.error) throw result.error;
  return new Map((result.data?.relationshipsAmong ?? []).map((e) => [e.id, e]));
}
