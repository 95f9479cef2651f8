import { useMemo } from "react";
import { EdgeLineIcon } from "../../components/TypeIcons";
import { Link } from "react-router-dom";
import { isPlainClick } from "../../components/plain-click";
import { useQuery } from "urql";
import { GraphWorkspace } from "../../components/GraphWorkspace";
import { SearchBox } from "../../components/search/SearchBox";
import { EmptyState, ErrorState, LoadingState } from "../../components/StatusStates";
import { pathItems, shortestRoutes, type PathStep } from "../../graph/path-steps";
import { nodeHref, routes } from "../../navigation/routes";
import {
  basisText,
  edgeLook,
  howLabel,
  isSharedContextType,
  isStated,
  sharedContextPhrase,
} from "../../graph/visual-encoding";
import { Segmented } from "../../components/Segmented";
import { BasisNote } from "../../components/BasisNote";
import { ChainStrength } from "../../components/ChainStrength";
import { StatedOnlySwitch, statedBases } from "../../components/StatedOnlySwitch";
import { ViewHeader } from "../../components/ViewHeader";
import { useViewState } from "../../hooks/use-view-state";
import "./PathView.css";
import { PathEndChoices } from "./PathEndChoices";
import { chainOf, OtherRoutes } from "./PathRoutes";
import { PathsQuery } from "./operations";
import type { PathsQuery as PathsResult } from "../../__generated__/graphql";

type Step = PathStep<PathsResult["paths"]["edges"][number]>;

/** Routes listed with their weakest link; any beyond are drawn and counted (the API returns 5 by default). */
const MAX_LISTED_ROUTES = 12;

/** One step: who — what (its basis, always) → whom, and the quote behind it. */
function StepLine({ step }: { step: Step }) {
  const look = edgeLook(step.edge.type);
  const [subject, object] = step.reversed ? [step.to, step.from] : [step.from, step.to];
  return (
    <>
      <span className="step-line">
        <Link to={nodeHref(subject)}>{subject.label}</Link>
        <span className="step-rel">
          <EdgeLineIcon type={step.edge.type} />
          {look.forward.toLowerCase()}
          {step.edge.how ? ` (${howLabel(step.edge.how)})` : ""}
        </span>
        <Link to={nodeHref(object)}>{object.label}</Link>
        <span className={`step-basis${isStated(step.edge.basis) ? "" : " weak"}`} data-testid="step-basis">
          {basisText(step.edge)}
        </span>
      </span>
      {step.edge.evidence && <q className="step-evidence">{step.edge.evidence}</q>}
      {!isStated(step.edge.basis) && <BasisNote edge={step.edge} />}
    </>
  );
}

/**
 * /path?from=…&to=… — how two things connect: the shortest paths, each step explained with its
 * basis. Steps through shared context (a setting, audience, jurisdiction or restraint type both
 * sides are filed under) are left out unless `context=include`: "how is X connected to Y" asks
 * for links, and "both are for schools" is not one.
 */
export default function PathView() {
  const { state, update, href } = useViewState();
  const { from = "", to = "", pathContext, statedOnly } = state;
  const ready = Boolean(from && to);
  const [result, reexecute] = useQuery({
    query: PathsQuery,
    variables: { from, to, sharedContext: pathContext, basis: statedBases(statedOnly) },
    pause: !ready,
  });
  const ends = useMemo(() => [from, to], [from, to]);
  // Every route as short as the first is drawn, so each one states its own weakest link.
  const found = useMemo(
    () => (result.data ? shortestRoutes(result.data.paths, from, to, MAX_LISTED_ROUTES) : { routes: [], total: 0 }),
    [result.data, from, to],
  );
  const steps = useMemo(() => found.routes[0] ?? [], [found]);
  const items = useMemo(() => pathItems(steps, (n) => isSharedContextType(n.type)), [steps]);
  const shared = items.filter((i) => i.kind === "shared");
  const contextSteps = result.data?.viaSharedContext?.edges.length ?? 0;

  const weakSteps = steps.filter((step) => !isStated(step.edge.basis)).length;
  const otherRoutes = found.total - 1;
  const phrases = shared
    .map((i) => (i.kind === "shared" ? sharedContextPhrase(i.left.edge.type, i.right.edge.type, i.via.label) : ""))
    .join("; ");
  const sharedSummary =
    shared.length === items.length
      ? `Only shared context joins them (${phrases}): no link between them is recorded.`
      : `${shared.length} of the steps ${shared.length === 1 ? "is" : "are"} shared context (${phrases}), not a link.`;

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
      <Segmented
        label="Steps through shared context"
        value={pathContext ? "include" : "leave-out"}
        options={[
          { value: "leave-out", label: "Links only" },
          { value: "include", label: "Include shared context" },
        ]}
        onChange={(v) => update({ pathContext: v === "include", selected: undefined }, "push")}
        hrefFor={(v) => href({ pathContext: v === "include", selected: undefined })}
      />
      <p className="path-context-note muted" data-testid="path-context-note">
        {pathContext
          ? "Paths may pass through a setting, audience, jurisdiction or restraint type that both sides are recorded as for: such a step is shared context, not a link between them, and is drawn grey and dotted."
          : "Paths through a setting, audience, jurisdiction or restraint type both sides are recorded as for are left out: that is shared context, not a link between them."}
      </p>
      <StatedOnlySwitch what="paths" />
      {!ready && (
        <EmptyState title="Choose both ends">
          <p>
            For example, <Link to={routes.path("hope-model", "no-force-first")}>HOPE model → No Force First</Link> or,
            through shared context,{" "}
            <Link to={`${routes.path("six-core-strategies", "mersey-care")}&context=include`}>
              Six Core Strategies → Mersey Care
            </Link>
            .
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
        <EmptyState
          title={statedOnly ? "No chain of stated links" : pathContext ? "No connection found" : "No link found"}
        >
          {statedOnly ? (
            <p data-testid="no-path">
              No chain of links their quotes state outright joins {fromLabel} and {toLabel} within six steps
              {pathContext ? "" : " without passing through shared context"}: none remains.{" "}
              <Link to={href({ statedOnly: false, selected: undefined })}>Show paths over every link</Link>
            </p>
          ) : (
            <p data-testid="no-path">
              Nothing links {fromLabel} and {toLabel} within six steps
              {pathContext ? "" : " without passing through shared context"}. Try a broader starting point, such as the
              organisation that published one of them.
            </p>
          )}
          {!pathContext && contextSteps > 0 && (
            <p data-testid="shared-context-available">
              They do share context ({contextSteps} steps through a setting, audience, jurisdiction or restraint type):{" "}
              <Link to={href({ pathContext: true, selected: undefined })}>include shared context</Link>.
            </p>
          )}
        </EmptyState>
      )}
      {ready && result.data?.fromNode && result.data.toNode && result.data.paths.nodes.length > 0 && (
        <>
          <p className="path-summary" role="status" data-testid="path-summary">
            <strong>{fromLabel}</strong> and <strong>{toLabel}</strong> are {steps.length}{" "}
            {steps.length === 1 ? "step" : "steps"} apart
            {otherRoutes > 0
              ? `; ${otherRoutes === 1 ? "one other route as short is drawn below too, saying how sure it is" : `${otherRoutes} other routes as short are drawn below too, each saying how sure it is`}`
              : ""}
            .{shared.length > 0 && ` ${sharedSummary}`}
            {weakSteps > 0 &&
              ` ${weakSteps} of the steps ${weakSteps === 1 ? "is" : "are"} not stated outright by ${weakSteps === 1 ? "its" : "their"} quote (marked below).`}
            {!pathContext && contextSteps > 0 && contextSteps < steps.length && (
              <>
                {" "}
                A shorter route through shared context ({contextSteps} steps) is left out:{" "}
                <Link to={href({ pathContext: true, selected: undefined })}>include shared context</Link>.
              </>
            )}
          </p>
          <ChainStrength chain={chainOf(steps)} />
          <ol className="path-steps surface" aria-label="How they connect" data-testid="path-steps">
            {items.map((item) =>
              item.kind === "step" ? (
                <li key={item.step.edge.id} data-kind="link">
                  <StepLine step={item.step} />
                </li>
              ) : (
                <li key={`${item.left.edge.id}|${item.right.edge.id}`} className="shared-context" data-kind="shared">
                  <span className="step-line">
                    <span className="shared-badge">Shared context</span>
                    <Link to={nodeHref(item.left.from)}>{item.left.from.label}</Link>
                    <span className="muted">and</span>
                    <Link to={nodeHref(item.right.to)}>{item.right.to.label}</Link>
                    <span className="shared-phrase">
                      {sharedContextPhrase(item.left.edge.type, item.right.edge.type, item.via.label)}
                    </span>
                  </span>
                  <span className="shared-note">Not a link between them: each is only recorded as linked to it.</span>
                  <ol className="shared-halves">
                    <li>
                      <StepLine step={item.left} />
                    </li>
                    <li>
                      <StepLine step={item.right} />
                    </li>
                  </ol>
                </li>
              ),
            )}
          </ol>
          <OtherRoutes routes={found.routes} total={found.total} />
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
