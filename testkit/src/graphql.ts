import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";

/**
 * Sending GraphQL to a running API in tests and benchmarks: a query as text, or one of the
 * client's own typed documents (`@rrn/client/operations`), whose result type comes with it.
 */
export type Operation<T = unknown, V = Record<string, unknown>> = string | TypedDocumentNode<T, V>;

export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GqlResponse<T> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: GqlError[] };
}

export function queryText(operation: Operation<unknown, never>): string {
  return typeof operation === "string" ? operation : print(operation);
}

/** POST /graphql with a body as given, for tests of malformed, batched or oversized requests. */
export async function postGraphql<T = unknown>(
  url: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<GqlResponse<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  const text = await res.text();
  let parsed: GqlResponse<T>["body"];
  try {
    parsed = JSON.parse(text) as GqlResponse<T>["body"];
  } catch {
    parsed = { errors: [{ message: text }] };
  }
  return { status: res.status, headers: res.headers, body: parsed };
}

export async function gql<T = unknown, V extends Record<string, unknown> = Record<string, unknown>>(
  url: string,
  query: Operation<T, V>,
  variables?: V,
  headers: Record<string, string> = {},
): Promise<GqlResponse<T>> {
  return postGraphql<T>(url, JSON.stringify({ query: queryText(query), variables: variables ?? {} }), headers);
}

/** The data of a response that must have succeeded; fails with the errors otherwise. */
export async function gqlData<T, V extends Record<string, unknown> = Record<string, unknown>>(
  url: string,
  query: Operation<T, V>,
  variables?: V,
  headers: Record<string, string> = {},
): Promise<T> {
  const res = await gql<T, V>(url, query, variables, headers);
  if (res.body.errors?.length || !res.body.data) {
    throw new Error(`GraphQL request failed (HTTP ${res.status}): ${JSON.stringify(res.body.errors)}`);
  }
  return res.body.data;
}

/**
 * The size of a successful answer in characters; throws on HTTP or GraphQL errors so a broken
 * query never looks fast (the benchmarks time this).
 */
export async function postQuery(url: string, document: string, variables: Record<string, unknown>): Promise<number> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: document, variables }),
  });
  const text = await res.text();
  const body = JSON.parse(text) as { errors?: { message: string }[] };
  if (!res.ok || body.errors?.length) {
    throw new Error(`GraphQL failed (HTTP ${res.status}): ${JSON.stringify(body.errors ?? text.slice(0, 200))}`);
  }
  return text.length;
}
