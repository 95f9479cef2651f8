/**
 * The explorer's load (`@rrn/testkit/load`): its views' queries sent as the browser sends
 * them, one at a time (ask) or from many clients at once (startLoad), for the resilience tier
 * and the soak benchmark alike.
 */
export { ask, mixSucceeds, readiness, untilEveryViewAnswers, type Answer } from "./ask.js";
export { explorerRequest, type ExplorerRequest } from "./explorer-requests.js";
export { startLoad, type LoadFigures, type Outcome, type RunningLoad } from "./load.js";
export { queryMix, type MixQuery } from "./query-mix.js";
