import { useQuery } from "urql";
import { lastKnownName } from "../history";
import { NodeHistoryQuery } from "../relationship-operations";

/** A deleted node's name as its history last recorded it (the same request as its history), else its id. */
export function useDeletedName(id: string): string {
  const [{ data }] = useQuery({ query: NodeHistoryQuery, variables: { id } });
  return (data && lastKnownName(data.auditLog, id)) ?? id;
}
