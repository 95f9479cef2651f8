import { getOperationAST, Kind, type DocumentNode } from "graphql";
import { TypeAheadQuery } from "../components/search/operations";
import { SearchPageQuery } from "../views/search/operations";
import { reportUnanswered } from "./unanswered";

/**
 * The API client's fetch in the static copy, where there is no /graphql: a GET the page carries
 * the answer to (embedded by the export, keyed by its URL) is answered with it; the header's
 * type-ahead and the search page are answered from the search index; anything else (expanding a
 * node, a filter that needs new data, a suggestion) gets a GraphQL error saying the static copy
 * cannot answer it, and the page's note (./StaticNote.tsx) points to the live explorer.
 */
export const STATIC_DATA_ID = "rrn-static-data";
export const UNANSWERABLE =
  "This static copy of the explorer cannot answer that: it holds only what its pages show and its search index.";

/** The query-string parameters in one order, so a URL matches however its parameters were ordered. */
export function requestKey(url: URL): string {
  const params = new URLSearchParams(url.search);
  params.sort();
  return `${url.pathname}?${params.toString()}`;
}

/** The answers the page carries, by request key. */
export function embeddedAnswers(doc: Document = document): Map<string, unknown> {
  const text = doc.getElementById(STATIC_DATA_ID)?.textContent;
  const answers = new Map<string, unknown>();
  if (!text) return answers;
  for (const [url, answer] of Object.entries(JSON.parse(text) as Record<string, unknown>)) {
    answers.set(requestKey(new URL(url, "http://static.invalid")), answer);
  }
  return answers;
}

/** The `limit:` a search document asks for, read from the document so the two never disagree. */
function searchLimit(document: DocumentNode): number {
  const field = getOperationAST(document)?.selectionSet.selections[0];
  const limit = field?.kind === Kind.FIELD ? field.arguments?.find((a) => a.name.value === "limit")?.value : undefined;
  return limit?.kind === Kind.INT ? Number(limit.value) : 20;
}

const SEARCHES = new Map(
  [TypeAheadQuery, SearchPageQuery].map((doc) => [getOperationAST(doc)?.name?.value ?? "", searchLimit(doc)]),
);

/**
 * What the static copy says of curation when the page does not carry the server's answer (every
 * view's frame asks): off, since nothing can be sent from here; the nav then offers no Curate.
 */
const CURATION_OFF = {
  data: {
    curationStatus: {
      __typename: "CurationStatus",
      enabled: false,
      signedIn: false,
      curator: false,
      name: null,
      tokenProblem: null,
      oidc: null,
      contact: null,
    },
  },
};

const json = (body: unknown): Response =>
  new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });

export function staticFetch(answers: Map<string, unknown> = embeddedAnswers()): typeof fetch {
  return async (input, init) => {
    const href = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(href, window.location.href);
    const method = (init?.method ?? (input instanceof Request ? input.method : "GET")).toUpperCase();
    const operation = url.searchParams.get("operationName");
    if (method === "GET") {
      const answer = answers.get(requestKey(url));
      if (answer !== undefined) return json(answer);
      if (operation === "CurationStatus") return json(CURATION_OFF);
      const limit = operation === null ? undefined : SEARCHES.get(operation);
      if (limit !== undefined) {
        const variables = JSON.parse(url.searchParams.get("variables") ?? "{}") as { query?: unknown };
        const text = typeof variables.query === "string" ? variables.query : "";
        // MiniSearch is fetched only by static pages that search, so the live explorer's bundle does not grow.
        const { loadSearchIndex, searchNodes } = await import("./search");
        const hits = searchNodes(await loadSearchIndex(), text, limit);
        return json({
          data: { search: hits.map((n) => ({ __typename: "GraphNode", distance: null, ...n })) },
        });
      }
    }
    reportUnanswered(operation);
    return json({ errors: [{ message: UNANSWERABLE, extensions: { code: "STATIC_EXPORT" } }] });
  };
}
