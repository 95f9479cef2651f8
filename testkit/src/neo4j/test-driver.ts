import neo4j, { type Driver } from "neo4j-driver";

/** A driver for a test's own setup and assertions (not the app's): plain numbers, no Integer. */
export function testDriver(uri: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic("neo4j", process.env.NEO4J_PASSWORD ?? ""), {
    disableLosslessIntegers: true,
  });
}
