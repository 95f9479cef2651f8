import { useMemo } from "react";
import { EdgeLineIcon } from "../../components/TypeIcons";
import { Link } from "react-router-dom";
import { isPlainClick } from "../../components/plain-click";
import { useQuery } from "urql";
import { GraphWorkspace } from "../../components/GraphWorkspace";
import { SearchBox } from "../../components/search/SearchBox";
import { EmptyState, ErrorState, LoadingState } from "../../components/StatusStates";
import { shortestPathSteps } from "../../graph/path-steps";
import { nodeHref, routes } from "../../navigation/routes";
import { edgeLook, howLabel, isStated } from "../../graph/visual-encoding";
import { BasisNote } from "../../components/BasisNote";
import { ViewHeader } from "../../components/ViewHeader";
import { useViewState } from "../../hooks/use-view-state";
import "./PathView.css";
import { PathEndChoices } from "./PathEndChoices";
import { PathsQuery } from "./operations";

/** /path?from=…&to=… — how two things connect: the shortest paths, each step explained. */
export default function PathView() {
  const { state, update, href } = useViewState();
  const { from = "", to = "" } = state;
  const ready = Boolean(from && to);
  const [result, reexecute] = useQuery({ query: PathsQuery, variables: { from, to }, pause: !ready });
  const ends = useMemo(() => [from, to], [from, to]);
  const steps = useMemo(
    () => (result.data ? shortestPathSteps(result.data.paths, from, to) : []),
    [result.data, from, to],
  );

  const weakSteps = steps.filter((step) => !isStated(step.edge.basis)).length;

  const pick = (key: "from" | "to", id: string) => update({ [key]: id, selected: undefined }, "push");
  const swap = () => update({ from: to, to: from, selected: undefined }, "push");

  const fromLabel = result.data?.fromNode?.label;
  const toLabel = result.data?.toNode?.label;
  // An end the API did not find is words typed into the no-script form (or a stale link).
  const unfound = (end: "from" | "to") =>
    Boolean(result.data) && (end === "from" ? !result.data?.fromNode : !result.data?.toNode);

  return (
    <>
      <ViewHeader
        title="How are they connected?"
        description="Pick two things; the explorer finds the shortest chains of relationships between them, in either direction."
      />
      {/* With scripts the pickers write ids to the URL; without, the form sends the words typed
          and the view offers the matching things as links (PathEndChoices). */}
      <form
        className="path-pickers"
        method="get"
        action={routes.path()}
        onSubmit={(e) => e.preventDefault()}
        aria-label="Path ends"
      >
        <SearchBox
          key={`from-${from}-${fromLabel ?? ""}-${unfound("from")}`}
          label="From"
          showLabel
          placeholder="e.g. Six Core Strategies"
          initialText={fromLabel ?? (unfound("from") ? from : "")}
          onPick={(hit) => pick("from", hit.id)}
          testId="path-from"
          name="from"
        />
        {ready ? (
          <Link
            className="icon-button swap"
            to={href({ from: to, to: from, selected: undefined })}
            onClick={(e) => {
              if (!isPlainClick(e)) return;
              e.preventDefault();
              swap();
            }}
            aria-label="Swap from and to"
          >
            ⇄
          </Link>
        ) : (
          <button type="button" className="icon-button swap" aria-label="Swap from and to" disabled>
            ⇄
          </button>
        )}
        <SearchBox
          key={`to-${to}-${toLabel ?? ""}-${unfound("to")}`}
          label="To"
          showLabel
          placeholder="e.g. Mersey Care"
          initialText={toLabel ?? (unfound("to") ? to : "")}
          onPick={(hit) => pick("to", hit.id)}
          testId="path-to"
          name="to"
        />
        <noscript>
          <button type="submit" className="button">
            Find paths
          </button>
        </noscript>
      </form>
      {!ready && (
        <EmptyState title="Choose both ends">
          <p>
            For example,{" "}
            <Link to={routes.path("six-core-strategies", "mersey-care")}>Six Core Strategies → Mersey Care</Link> or{" "}
            <Link to={routes.path("stomp", "schools")}>STOMP → schools</Link>.
          </p>
        </EmptyState>
      )}
      {ready && result.error && !result.data && (
        <ErrorState error={result.error} onRetry={() => reexecute({ requestPolicy: "network-only" })} />
      )}
      {ready && !result.data && !result.error && <LoadingState label="Finding paths" />}
      {ready && result.data && (!result.data.fromNode || !result.data.toNode) && (
        <>
          <EmptyState title="One of the two ends isn’t in the graph">
            <p>Search for it again above.</p>
          </EmptyState>
          {unfound("from") && <PathEndChoices end="from" text={from} other={to} />}
          {unfound("to") && <PathEndChoices end="to" text={to} other={from} />}
        </>
      )}
      {ready && result.data?.fromNode && result.data.toNode && result.data.paths.nodes.length === 0 && (
        <EmptyState title="No connection found">
          <p>
            Nothing links {fromLabel} and {toLabel} within six steps. Try a broader starting point, such as the
            organisation that published one of them.
          </p>
        </EmptyState>
      )}
      {ready && result.data?.fromNode && result.data.toNode && result.data.paths.nodes.length > 0 && (
        <>
          <p className="path-summary" role="status" data-testid="path-summary">
            <strong>{fromLabel}</strong> and <strong>{toLabel}</strong> are {steps.length}{" "}
            {steps.length === 1 ? "step" : "steps"} apart
            {result.data.paths.edges.length > steps.length ? "; other short routes are drawn below too" : ""}.
            {weakSteps > 0 &&
              ` ${weakSteps} of the steps ${weakSteps === 1 ? "is" : "are"} not stated outright by ${weakSteps === 1 ? "its" : "their"} quote (marked below).`}
          </p>
          <ol className="path-steps surface" aria-label="How they connect" data-testid="path-steps">
            {steps.map((step) => {
              const look = edgeLook(step.edge.type);
              const [subject, object] = step.reversed ? [step.to, step.from] : [step.from, step.to];
              return (
                <li key={step.edge.id}>
                  <span className="step-line">
                    <Link to={nodeHref(subject)}>{subject.label}</Link>
                    <span className="step-rel">
                      <EdgeLineIcon type={step.edge.type} />
                      {look.forward.toLowerCase()}
                      {step.edge.how ? ` (${howLabel(step.edge.how)})` : ""}
                    </span>
                    <Link to={nodeHref(object)}>{object.label}</Link>
                  </span>
                  {step.edge.evidence && <q className="step-evidence">{step.edge.evidence}</q>}
                  {!isStated(step.edge.basis) && <BasisNote edge={step.edge} />}
                </li>
              );
            })}
          </ol>
          <GraphWorkspace
            title={`Paths from ${fromLabel} to ${toLabel}`}
            data={result.data.paths}
            drawing={{ defaultLayout: "fcose", rootId: from, pathEnds: ends, edgeLabels: true }}
          />
        </>
      )}
    </>
  );
}
