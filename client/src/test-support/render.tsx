import { render } from "@testing-library/react";
import { getOperationAST, type DocumentNode } from "graphql";
import type { ReactElement } from "react";
import { MemoryRouter, Route, Routes, useLocation } from "react-router-dom";
import { Provider, type Client } from "urql";
import { vi } from "vitest";
import { fromValue, never } from "wonka";

/** What the fake API answers: data per operation name, or undefined to leave it loading. */
export type Answers = (operationName: string, variables: Record<string, unknown>) => unknown;

export interface FakeClient {
  client: Client;
  /** Every operation asked for, in order: its name and variables. */
  sent: { name: string; variables: Record<string, unknown> }[];
}

/**
 * An urql client answering from a function instead of the network, for component tests in
 * happy-dom: the component's own queries run through urql's hooks as in the browser.
 */
export function fakeClient(answers: Answers): FakeClient {
  const sent: FakeClient["sent"] = [];
  const answer = (query: DocumentNode, variables: Record<string, unknown> = {}) => {
    const name = getOperationAST(query)?.name?.value ?? "";
    sent.push({ name, variables });
    return answers(name, variables);
  };
  const client = {
    executeQuery: vi.fn((operation: { query: DocumentNode; variables?: Record<string, unknown> }) => {
      const data = answer(operation.query, operation.variables);
      return data === undefined ? never : fromValue({ operation, data, stale: false, hasNext: false });
    }),
    query: vi.fn((query: DocumentNode, variables?: Record<string, unknown>) => {
      const data = answer(query, variables);
      return { toPromise: () => Promise.resolve({ data, error: undefined }) };
    }),
    executeSubscription: vi.fn(),
  } as unknown as Client;
  return { client, sent };
}

/** Shows the current query string, so a test can read what a component wrote to the URL. */
function Where() {
  const { search } = useLocation();
  return <output data-testid="where">{search}</output>;
}

/** Renders at a URL, inside a router and the fake API; `where()` is the query string now. */
export function renderAt(
  ui: ReactElement,
  { url = "/", answers = () => undefined }: { url?: string; answers?: Answers },
) {
  const api = fakeClient(answers);
  const result = render(
    <Provider value={api.client}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route
            path="*"
            element={
              <>
                {ui}
                <Where />
              </>
            }
          />
        </Routes>
      </MemoryRouter>
    </Provider>,
  );
  const where = () => new URLSearchParams(result.getByTestId("where").textContent ?? "");
  return { ...result, ...api, where };
}
