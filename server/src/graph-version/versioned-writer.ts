import { bumpGraphVersion } from "../neo4j/graph-version-store.js";
import type { GraphWriter } from "../neo4j/write.js";
import type { GraphVersionTracker } from "./tracker.js";

/**
 * A writer for changes to the public graph: each write bumps the graph version in its own
 * transaction (so the change and the new version commit together or not at all), and once it
 * has committed this instance moves to the new version at once — the very next request misses
 * every cached answer. Suggestions and rejections, which change nothing public, use the plain
 * writer. The version is bumped first, so the write's audit entry can record its change under
 * it (`graphVersion` in the scope); the version node's lock then also orders concurrent
 * writers' changes as they commit.
 */
export function versionedWriter(writer: GraphWriter, tracker: GraphVersionTracker): GraphWriter {
  return {
    read: (work) => writer.read(work),
    write: async (work) => {
      let version: string | undefined;
      const result = await writer.write(async (scope) => {
        const bumped = await bumpGraphVersion(scope.run);
        const value = await work({ ...scope, graphVersion: bumped });
        version = bumped.version;
        return value;
      });
      if (version !== undefined) tracker.advance(version);
      return result;
    },
  };
}
