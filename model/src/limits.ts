/**
 * Limits and thresholds that more than one workspace must agree on. Each hub threshold has its
 * own name because each measures something different; none is "the" hub degree.
 */

/** The most nodes one `cite` request formats; the explorer cites the first this many of a view. */
export const MAX_CITE_IDS = 200;

/** The most members a set (`/set?ids=…`, the API's `connecting`) holds: a reading list, not a graph dump. */
export const MAX_SET_IDS = 50;

/**
 * Graph walks (neighbourhoods beyond the first hop, paths) draw a node with more relationships
 * than this but do not expand it, so their cost does not grow with the graph. The seed's
 * best-connected node has a dozen relationships, so none of its nodes is such a hub.
 */
export const WALK_HUB_DEGREE = 100;

/**
 * "More like this" finds candidates only through neighbours with at most this many
 * relationships; the rest are counted (they weigh under 1 / ln of it each) but not walked through.
 */
export const SIMILARITY_HUB_DEGREE = 1000;

/** On a large canvas, nodes with at least this many relationships are drawn as landmarks. */
export const LANDMARK_DEGREE = 9;
