import { useQuery } from "urql";
import { KeptChangesQuery } from "../relationship-operations";
import { keptChangeText } from "./kept-changes";

/** "Kept over the seed files": the node's curator changes the seed import keeps, conflicts first. */
export function KeptChanges({ id, names }: { id: string; names: ReadonlyMap<string, string> }) {
  const [{ data }] = useQuery({ query: KeptChangesQuery, variables: { id }, requestPolicy: "cache-and-network" });
  const changes = [...(data?.curatorChanges ?? [])].sort((a, b) => Number(b.conflict) - Number(a.conflict));
  if (changes.length === 0) return null;
  return (
    <section className="kept-changes" aria-labelledby={`kept-${id}`}>
      <h4 id={`kept-${id}`}>Kept over the seed files ({changes.length})</h4>
      <p className="field-hint">
        The seed import keeps these curator changes; <code>npm run seed:pull</code> writes them into the files.
      </p>
      <ul>
        {changes.map((c, i) => (
          <li key={i} className={c.conflict ? "conflict" : undefined}>
            {keptChangeText(c, id, names)}
          </li>
        ))}
      </ul>
    </section>
  );
}
