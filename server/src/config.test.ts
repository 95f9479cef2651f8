import { describe, expect, it } from "vitest";
import { curationEnabled, graphqlIdeEnabled, readConfig } from "./config.js";

describe("readConfig", () => {
  it("allows same-origin only unless CORS_ORIGINS says otherwise", () => {
    expect(readConfig({}).CORS_ORIGINS).toEqual([]);
    expect(readConfig({ CORS_ORIGINS: " https://rrn.example , http://localhost:5173 ," }).CORS_ORIGINS).toEqual([
      "https://rrn.example",
      "http://localhost:5173",
    ]);
  });

  it.each([
    ["a trailing slash", "https://rrn.example/"],
    ["a path", "https://rrn.example/explorer"],
    ["no scheme", "rrn.example"],
    ["another scheme", "ftp://rrn.example"],
    ["a wildcard", "*"],
  ])("refuses an origin with %s, naming the variable", (_why, origin) => {
    expect(() => readConfig({ CORS_ORIGINS: origin })).toThrow(/CORS_ORIGINS: .* is not an origin/);
  });

  it("lets no site frame the explorer unless EMBED_ORIGINS lists it, refusing what is not an origin", () => {
    expect(readConfig({}).EMBED_ORIGINS).toEqual([]);
    expect(readConfig({ EMBED_ORIGINS: "https://trust.example, http://localhost:8080" }).EMBED_ORIGINS).toEqual([
      "https://trust.example",
      "http://localhost:8080",
    ]);
    expect(() => readConfig({ EMBED_ORIGINS: "https://trust.example/page" })).toThrow(
      /EMBED_ORIGINS: .* is not an origin/,
    );
    expect(() => readConfig({ EMBED_ORIGINS: "*" })).toThrow(/EMBED_ORIGINS: .* is not an origin/);
  });

  it("keeps the pool wait apart from the connect timeout, and a 10 s shutdown grace", () => {
    const config = readConfig({ NEO4J_CONNECT_TIMEOUT_MS: "2000" });
    expect(config.NEO4J_CONNECT_TIMEOUT_MS).toBe(2000);
    expect(config.NEO4J_ACQUISITION_TIMEOUT_MS).toBe(10_000);
    expect(config.SHUTDOWN_GRACE_MS).toBe(10_000);
  });

  it("trusts no proxy unless TRUST_PROXY says how many or which", () => {
    expect(readConfig({}).TRUST_PROXY).toBe(false);
    expect(readConfig({ TRUST_PROXY: "0" }).TRUST_PROXY).toBe(false);
    expect(readConfig({ TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
    expect(readConfig({ TRUST_PROXY: " 10.0.0.0/8, 192.0.2.7 ,loopback, fd00::/8" }).TRUST_PROXY).toEqual([
      "10.0.0.0/8",
      "192.0.2.7",
      "loopback",
      "fd00::/8",
    ]);
  });

  it.each([
    ["true (every hop believed)", "true", /TRUST_PROXY: true would believe every X-Forwarded-For entry/],
    ["a host name", "proxy.internal", /TRUST_PROXY: "proxy.internal" is not a hop count, an IP address or a CIDR/],
    ["a prefix too long", "10.0.0.0/33", /TRUST_PROXY: "10.0.0.0\/33" is not/],
    ["a negative count", "-1", /TRUST_PROXY: "-1" is not/],
  ])("refuses TRUST_PROXY with %s, naming the variable", (_why, value, message) => {
    expect(() => readConfig({ TRUST_PROXY: value })).toThrow(message);
  });

  it("probes Neo4j every second and gives each probe 2 s", () => {
    const config = readConfig({});
    expect(config.NEO4J_PROBE_INTERVAL_MS).toBe(1000);
    expect(config.NEO4J_PROBE_TIMEOUT_MS).toBe(2000);
  });
});

describe("operator settings", () => {
  const oidc = { CURATOR_OIDC_ISSUER: "https://id.example/realms/rrn", CURATOR_OIDC_CLIENT_ID: "rrn-explorer" };

  it("turns curation on with an OpenID issuer and client id, roles from `roles` by default", () => {
    const config = readConfig(oidc);
    expect(curationEnabled(config)).toBe(true);
    expect(config.CURATOR_OIDC_ROLE_CLAIM).toBe("roles");
    expect(readConfig({ ...oidc, CURATOR_OIDC_ROLE_CLAIM: "realm_access.roles" }).CURATOR_OIDC_ROLE_CLAIM).toBe(
      "realm_access.roles",
    );
  });

  it("needs the issuer and client id together", () => {
    expect(() => readConfig({ CURATOR_OIDC_ISSUER: oidc.CURATOR_OIDC_ISSUER })).toThrow(
      /CURATOR_OIDC_CLIENT_ID: CURATOR_OIDC_ISSUER and CURATOR_OIDC_CLIENT_ID go together/,
    );
    expect(() => readConfig({ CURATOR_OIDC_CLIENT_ID: "rrn" })).toThrow(/go together/);
  });

  it("refuses two ways of verifying tokens at once", () => {
    expect(() => readConfig({ ...oidc, CURATOR_JWT_SECRET: "x".repeat(32) })).toThrow(/set one of/);
    expect(() => readConfig({ ...oidc, CURATOR_JWKS_URL: "https://id.example/jwks" })).toThrow(/set one of/);
  });

  it("wants https for the issuer except on this machine", () => {
    expect(() => readConfig({ ...oidc, CURATOR_OIDC_ISSUER: "http://id.example" })).toThrow(/must use https/);
    expect(readConfig({ ...oidc, CURATOR_OIDC_ISSUER: "http://127.0.0.1:9100" }).CURATOR_OIDC_ISSUER).toBe(
      "http://127.0.0.1:9100",
    );
    expect(() => readConfig({ ...oidc, CURATOR_OIDC_ROLE_CLAIM: "roles[0]" })).toThrow(/dotted path/);
  });

  it("has the IDE on in development, off in production unless GRAPHQL_IDE=on", () => {
    expect(graphqlIdeEnabled(readConfig({}))).toBe(true);
    expect(graphqlIdeEnabled(readConfig({ NODE_ENV: "production" }))).toBe(false);
    expect(graphqlIdeEnabled(readConfig({ NODE_ENV: "production", GRAPHQL_IDE: "on" }))).toBe(true);
    expect(graphqlIdeEnabled(readConfig({ GRAPHQL_IDE: "off" }))).toBe(false);
    expect(() => readConfig({ GRAPHQL_IDE: "yes" })).toThrow(/GRAPHQL_IDE/);
  });

  it("takes PUBLIC_URL without its trailing slash and refuses a query", () => {
    expect(readConfig({ PUBLIC_URL: "https://rrn.example/explorer/" }).PUBLIC_URL).toBe("https://rrn.example/explorer");
    expect(() => readConfig({ PUBLIC_URL: "https://rrn.example/?x=1" })).toThrow(/PUBLIC_URL must have no query/);
    expect(() => readConfig({ PUBLIC_URL: "rrn.example" })).toThrow(/PUBLIC_URL must be an http\(s\) URL/);
  });
});
