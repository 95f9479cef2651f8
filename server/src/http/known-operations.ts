import { readFileSync } from "node:fs";
import type { ApolloServerPlugin } from "@apollo/server";
import { z } from "zod";
import type { GraphContext } from "../context.js";
import { persistedHash, sha256Hex } from "../read-cache/operation-key.js";

/**
 * The explorer sends its reads as automatic persisted queries: a GET with the document's SHA-256
 * and no text, which Apollo answers from its own persisted-query store, or with
 * PersistedQueryNotFound (the client then sends the text once). The client build writes every
 * operation it can send, by hash, to persisted-queries.json; the server reads it at start and
 * fills in the text of any hash it lists, so even the first request after a restart — and the
 * HTML shell's preload, which cannot retry — is answered at once. Apollo still checks the text
 * against the hash, and an unknown hash behaves exactly as before.
 */
const manifestSchema = z.record(z.string().regex(/^[0-9a-f]{64}$/), z.string().min(1));

export function readKnownOperations(file: string): Map<string, string> {
  const parsed = manifestSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  const known = new Map<string, string>();
  for (const [hash, text] of Object.entries(parsed)) {
    // A manifest that disagrees with itself is a build problem worth failing on.
    if (sha256Hex(text) !== hash) throw new Error(`${file}: the text listed under ${hash} has another hash`);
    known.set(hash, text);
  }
  return known;
}

export function knownOperationsPlugin(known: ReadonlyMap<string, string>): ApolloServerPlugin<GraphContext> {
  return {
    requestDidStart: ({ request }) => {
      if (request.query === undefined) {
        const hash = persistedHash(request.extensions);
        const text = hash === undefined ? undefined : known.get(hash);
        if (text !== undefined) request.query = text;
      }
      return Promise.resolve(undefined);
    },
  };
}
