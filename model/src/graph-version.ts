/**
 * The graph version: one node, changed in the same transaction as every change to the public
 * graph (a seed import that changes something, a curator's write, a restore), so the API can
 * cache every public read under it and know at once when its answers go out of date. `version`
 * pairs a counter with a random tag: a version is never issued twice, even after the database is
 * wiped and the counter starts again, so no cache can mistake an old answer for a current one.
 */
export const GRAPH_VERSION_LABEL = "GraphVersion";
export const GRAPH_VERSION_ID = "graph";
export const GRAPH_VERSION_CONSTRAINT = "graph_version_id_unique";

/** What the API reports before anything has ever changed the version (a database seeded before it existed). */
export const INITIAL_GRAPH_VERSION = "0";

/**
 * Bumps the version and returns the new one. `$floor`: the counter never ends up at or below it
 * (a restore passes the counter the database had before it wiped it; drivers may send it as a
 * float, hence toInteger). The write lock on the one
 * node serialises concurrent writers, so each gets its own number.
 */
export const BUMP_GRAPH_VERSION_CYPHER = `
  MERGE (v:${GRAPH_VERSION_LABEL} {id: "${GRAPH_VERSION_ID}"})
  SET v.counter = toInteger(CASE WHEN coalesce(v.counter, 0) > $floor THEN v.counter ELSE $floor END) + 1
  SET v.version = toString(v.counter) + "-" + substring(replace(randomUUID(), "-", ""), 0, 8),
      v.changedAt = toString(datetime())
  RETURN v.version AS version, v.counter AS counter`;

/** The current version, or none (INITIAL_GRAPH_VERSION) on a database no versioned write has touched. */
export const READ_GRAPH_VERSION_CYPHER = `
  OPTIONAL MATCH (v:${GRAPH_VERSION_LABEL} {id: "${GRAPH_VERSION_ID}"})
  RETURN v.version AS version, v.counter AS counter`;
