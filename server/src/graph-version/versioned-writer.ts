import { bumpGraphVersion } from "../neo4j/graph-version-store.js";
import type { GraphWriter } from "../neo4j/write.js";
import type { GraphVersionTracker } from "./tracker.js";

/**
 * A writer for changes to the public graph: each write bumps the graph version in its own
 * transaction (so the change and the new version commit together or not at all), and once it
 * has committed this instance moves to the new version at once — the very next request misses
 * every cached answer. Suggestions and rejections, which change nothing public, use the plain
 * writer.
 */
export function versionedWriter(writer: GraphWriter, tracker: GraphVersionTracker): GraphWriter {
  return {
    read: (work) => writer.read(work),
    write: async (work) => {
      let version: string | undefined;
      const result = await writer.write(async (scope) => {
        const value = await work(scope);
        version = await bumpGraphVersion(scope.run);
        return value;
      });
      if (version !== undefined) tracker.advance(version);
      return result;
    },
  };
}
