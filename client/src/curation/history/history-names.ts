import { useMemo } from "react";
import { useQuery } from "urql";
import { graphql } from "../../__generated__";

/** Display names of nodes of any type by id: the history names the other end of each relationship. */
const NamesQuery = graphql(`
  query CurateHistoryNames($ids: [ID!]!) {
    resources(where: { id: { in: $ids } }) {
      id
      title
    }
    organisations(where: { id: { in: $ids } }) {
      id
      name
    }
    frameworks(where: { id: { in: $ids } }) {
      id
      name
    }
    restraintTypes(where: { id: { in: $ids } }) {
      id
      name
    }
    settings(where: { id: { in: $ids } }) {
      id
      name
    }
    audiences(where: { id: { in: $ids } }) {
      id
      name
    }
    jurisdictions(where: { id: { in: $ids } }) {
      id
      name
    }
    legislations(where: { id: { in: $ids } }) {
      id
      name
    }
    people(where: { id: { in: $ids } }) {
      id
      name
    }
  }
`);

/**
 * `known` plus the names of `ids` it lacks, asked for in one request (deleted nodes stay ids);
 * null until the answer is in, so the history is shown once, with names.
 */
export function useNames(
  ids: readonly string[],
  known: ReadonlyMap<string, string>,
): ReadonlyMap<string, string> | null {
  const missing = useMemo(() => ids.filter((id) => !known.has(id)), [ids, known]);
  const [{ data, error }] = useQuery({ query: NamesQuery, variables: { ids: missing }, pause: missing.length === 0 });
  return useMemo(() => {
    if (missing.length === 0 || error) return known;
    if (!data) return null;
    const names = new Map(known);
    for (const r of data.resources) names.set(r.id, r.title);
    for (const list of [
      data.organisations,
      data.frameworks,
      data.restraintTypes,
      data.settings,
      data.audiences,
      data.jurisdictions,
      data.legislations,
      data.people,
    ])
      for (const n of list) names.set(n.id, n.name);
    return names;
  }, [data, error, known, missing.length]);
}
