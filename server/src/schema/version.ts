import type { Driver } from "neo4j-driver";
import type { QueryResolvers } from "../__generated__/resolvers-types.js";
import type { Config } from "../config.js";
import { neo4jStatus } from "../neo4j/driver.js";
import { translateNeo4jError } from "../neo4j/errors.js";

export const versionTypeDefs = /* GraphQL */ `
  "Versions of the running API and the database behind it."
  type ServerVersion {
    api: String!
    neo4j: String!
    apoc: String
  }

  type Query {
    "Versions of the API and the Neo4j server it talks to."
    version: ServerVersion!
  }
`;

export const API_VERSION = "0.1.0";

export function versionResolvers(driver: Driver, config: Config): Pick<QueryResolvers, "version"> {
  return {
    version: async () => {
      const status = await neo4jStatus(driver, config);
      if (!status.ok) throw translateNeo4jError(new Error(`ServiceUnavailable: ${status.reason ?? ""}`));
      return { api: API_VERSION, neo4j: status.version ?? "unknown", apoc: status.apoc ?? null };
    },
  };
}
