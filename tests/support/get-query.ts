import { createHash } from "node:crypto";

/** What the explorer's client sends for a read: a GET with the document's hash (automatic persisted query). */
export interface GetOptions {
  /** Leave the query text out, as a client does once the server knows the hash. */
  hashOnly?: boolean;
  headers?: Record<string, string>;
  /** Leave out the preflight header the explorer's client always sends (x-apollo-operation-name). */
  noPreflightHeader?: boolean;
}

export interface GetResponse<T> {
  status: number;
  headers: Headers;
  text: string;
  body: { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
}

export const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

/** The URL of a persisted GET, built the way the explorer's client builds it. */
export function getUrl(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  hashOnly = false,
  operationName?: string,
): string {
  const params = new URLSearchParams();
  if (!hashOnly) params.set("query", query);
  if (operationName) params.set("operationName", operationName);
  params.set("variables", JSON.stringify(variables));
  params.set("extensions", JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(query) } }));
  return `${base}/graphql?${params.toString()}`;
}

export async function getQuery<T = unknown>(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: GetOptions = {},
): Promise<GetResponse<T>> {
  const name = /(?:query)\s+(\w+)/.exec(query)?.[1];
  const res = await fetch(getUrl(base, query, variables, options.hashOnly ?? false, name), {
    headers: {
      ...(options.noPreflightHeader ? {} : { "x-apollo-operation-name": name ?? "anonymous" }),
      ...options.headers,
    },
  });
  const text = await res.text();
  let body: GetResponse<T>["body"];
  try {
    body = text ? (JSON.parse(text) as GetResponse<T>["body"]) : undefined;
  } catch {
    body = undefined;
  }
  return { status: res.status, headers: res.headers, text, body };
}
