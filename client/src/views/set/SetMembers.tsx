import { Link } from "react-router-dom";
import { useQuery } from "urql";
import { NodeTypeBadge } from "../../components/TypeIcons";
import { humanise } from "../../graph/visual-encoding";
import { useViewState } from "../../hooks/use-view-state";
import { nodeHref, routes } from "../../navigation/routes";
import { SetSearchQuery } from "./operations";

export interface Member {
  id: string;
  label: string;
  type: Parameters<typeof NodeTypeBadge>[0]["type"];
  kind?: string | null;
  year?: number | null;
}

/** The set as a list, each member with a Remove link (the URL without it), in the set's order. */
export function SetMembers({ members, missing }: { members: readonly Member[]; missing: readonly string[] }) {
  const { state, href } = useViewState();
  const without = (id: string) => href({ ids: state.ids.filter((m) => m !== id), selected: undefined });
  return (
    <ol className="set-members surface" aria-label="Members of the set" data-testid="set-members">
      {members.map((m) => (
        <li key={m.id} data-id={m.id}>
          <NodeTypeBadge type={m.type} />
          <Link to={nodeHref(m)} className="member-name">
            {m.label}
          </Link>
          <span className="muted">{[m.kind && humanise(m.kind), m.year].filter(Boolean).join(" · ")}</span>
          <Link className="button link remove" to={without(m.id)} preventScrollReset aria-label={`Remove ${m.label}`}>
            Remove
          </Link>
        </li>
      ))}
      {missing.map((id) => (
        <li key={id} data-id={id} className="missing">
          <span>“{id}” is not in the graph (a stale or mistyped link).</span>
          <Link className="button link remove" to={without(id)} preventScrollReset aria-label={`Remove ${id}`}>
            Remove
          </Link>
        </li>
      ))}
    </ol>
  );
}

/**
 * "Add to this set": a GET form (`q`, the set's `ids` kept) whose matches are links to the set
 * with each one added, so a set grows from search with or without scripts.
 */
export function AddToThisSet({ full }: { full: boolean }) {
  const { state, href, update } = useViewState();
  const q = (state.query ?? "").trim();
  const [result] = useQuery({ query: SetSearchQuery, variables: { query: q }, pause: !q || full });
  const hits = (result.data?.search ?? []).filter((h) => !state.ids.includes(h.id));
  return (
    <section className="set-add" aria-labelledby="set-add-heading">
      <h2 id="set-add-heading" className="section-heading">
        Add to this set
      </h2>
      {full ? (
        <p className="muted">The set is full: remove a member to add another.</p>
      ) : (
        // A plain GET form (the set's ids ride along hidden); scripts write the same URL in place.
        <form
          method="get"
          action={routes.set()}
          role="search"
          aria-label="Find something to add"
          onSubmit={(e) => {
            e.preventDefault();
            const text = new FormData(e.currentTarget).get("q");
            update({ query: typeof text === "string" ? text.trim() : undefined }, "push");
          }}
        >
          {state.ids.length > 0 && <input type="hidden" name="ids" value={state.ids.join(",")} />}
          <label className="set-add-field">
            <span>Find</span>
            <input type="search" name="q" defaultValue={q} placeholder="e.g. Six Core Strategies checklist" />
          </label>
          <button type="submit" className="button" data-testid="set-search">
            Search
          </button>
        </form>
      )}
      {q && result.data && (
        <ul className="set-add-results" data-testid="set-add-results">
          {hits.length === 0 && <li className="muted">Nothing more matches “{q}”.</li>}
          {hits.map((h) => (
            <li key={h.id}>
              <NodeTypeBadge type={h.type} /> <span>{h.label}</span>{" "}
              <Link
                className="button"
                to={href({ ids: [...state.ids, h.id], query: undefined })}
                aria-label={`Add ${h.label} to the set`}
              >
                Add
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
