import { useMemo } from "react";
import { useQuery } from "urql";
import { ErrorState, LoadingState } from "../../components/StatusStates";
import { describeEntry, mentionedIds, whenText } from "../history";
import { NodeHistoryQuery } from "../relationship-operations";
import { useDisclosure } from "../use-disclosure";
import { useNames } from "./history-names";
import { KeptChanges } from "./KeptChanges";
import "./NodeHistory.css";

interface Props {
  id: string;
  /** Display names of nodes the history may mention (the panel's neighbours). */
  names: ReadonlyMap<string, string>;
}

/** "Show history": the node's audit log, newest first, in plain words. */
export function NodeHistory({ id, names }: Props) {
  const { open, setOpen, buttonRef } = useDisclosure();
  return (
    <div className="curator-block">
      <button
        type="button"
        className="button"
        ref={buttonRef}
        aria-expanded={open}
        aria-controls={`history-${id}`}
        onClick={() => setOpen(!open)}
      >
        {open ? "Hide history" : "Show history"}
      </button>
      {open && <HistoryList id={id} names={names} />}
    </div>
  );
}

function HistoryList({ id, names }: Props) {
  const [result, reexecute] = useQuery({
    query: NodeHistoryQuery,
    variables: { id },
    requestPolicy: "cache-and-network",
  });
  const entries = useMemo(() => result.data?.auditLog ?? [], [result.data]);
  const ids = useMemo(() => mentionedIds(entries, id), [entries, id]);
  const allNames = useNames(ids, names);
  const lines = useMemo(
    () => (allNames ? entries.map((entry) => describeEntry(entry, id, allNames)) : null),
    [entries, id, allNames],
  );
  if (result.error)
    return <ErrorState error={result.error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />;
  if (!result.data || !lines) return <LoadingState label="Loading history" />;
  return (
    <div id={`history-${id}`} className="node-history">
      <KeptChanges id={id} names={allNames ?? names} />
      {lines.length === 0 ? (
        <p className="muted">No curator has changed this node yet; it is as the seed data has it.</p>
      ) : (
        <ol aria-label="History, newest first">
          {lines.map((line) => (
            <li key={line.id}>
              <p className="history-head">
                <strong>{line.what}</strong> — {line.who}, <time dateTime={line.at}>{whenText(line.at)}</time>
              </p>
              {line.details.length > 0 && (
                <ul>
                  {line.details.map((d, i) => (
                    <li key={i}>{d}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
