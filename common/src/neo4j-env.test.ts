import { describe, expect, it } from "vitest";
import { Neo4jEnvError, readConnectionSettings, readInstanceSettings } from "./neo4j-env.js";

describe("the NEO4J_* environment", () => {
  it("means the local dev instance on 7687 when nothing is set", () => {
    expect(readConnectionSettings({})).toEqual({
      uri: "bolt://127.0.0.1:7687",
      user: "neo4j",
      password: "",
      database: undefined,
    });
    expect(readInstanceSettings({})).toEqual({ name: "dev", boltPort: 7687, heap: "2g", pageCache: "2g" });
  });

  it("follows the instance and port chosen", () => {
    expect(readConnectionSettings({ NEO4J_INSTANCE: "test" }).uri).toBe("bolt://127.0.0.1:7688");
    expect(readConnectionSettings({ NEO4J_INSTANCE: "x", NEO4J_BOLT_PORT: "7799" }).uri).toBe("bolt://127.0.0.1:7799");
    expect(readInstanceSettings({ NEO4J_INSTANCE: "bench-1k" })).toMatchObject({ heap: "1g", pageCache: "512m" });
  });

  it("prefers NEO4J_URI and its credentials", () => {
    expect(
      readConnectionSettings({
        NEO4J_URI: "neo4j+s://db.example",
        NEO4J_USER: "me",
        NEO4J_PASSWORD: "pw",
        NEO4J_DATABASE: "rrn",
        NEO4J_BOLT_PORT: "7799",
      }),
    ).toEqual({ uri: "neo4j+s://db.example", user: "me", password: "pw", database: "rrn" });
  });

  it("names the variable that is wrong", () => {
    expect(() => readConnectionSettings({ NEO4J_URI: "http://db" })).toThrow(Neo4jEnvError);
    expect(() => readConnectionSettings({ NEO4J_URI: "http://db" })).toThrow(/NEO4J_URI/);
    expect(() => readInstanceSettings({ NEO4J_HEAP: "lots" })).toThrow(/NEO4J_HEAP looks like 1g/);
    expect(() => readInstanceSettings({ NEO4J_INSTANCE: "My DB" })).toThrow(/NEO4J_INSTANCE/);
  });
});
