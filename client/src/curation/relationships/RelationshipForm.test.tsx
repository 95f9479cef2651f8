// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Provider, type Client } from "urql";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fromValue } from "wonka";
import { RelationshipForm } from "./RelationshipForm";

/**
 * The relationship form in a browser-like DOM, with urql answering from a stand-in client: what
 * the pickers offer, what the search is asked, what a save sends and says.
 */
function fakeClient(onMutation: (variables: unknown) => void) {
  const searches: unknown[] = [];
  const client = {
    executeQuery: vi.fn((operation: { variables: unknown }) => {
      searches.push(operation.variables);
      return fromValue({
        operation,
        data: { search: [{ __typename: "GraphNode", id: "toolkit", type: "RESOURCE", label: "Toolkit", year: 2020 }] },
        stale: false,
        hasNext: false,
      });
    }),
    executeMutation: vi.fn((operation: { variables: unknown }) => {
      onMutation(operation.variables);
      return fromValue({
        operation,
        data: {
          addRelationship: {
            __typename: "GraphEdge",
            id: "e1",
            type: "COMPLIES_WITH",
            source: "toolkit",
            target: "act",
            how: null,
            basis: "STATED",
            annotation: null,
            evidence: "Quote.",
            sourceDoc: "https://example.org",
            generalKnowledge: false,
            reasoning: null,
          },
        },
        stale: false,
        hasNext: false,
      });
    }),
    executeSubscription: vi.fn(),
  } as unknown as Client;
  return { client, searches };
}

afterEach(cleanup);

describe("RelationshipForm", () => {
  const act = { id: "act", type: "LEGISLATION" as const, label: "The Act" };

  it("offers only what the model allows, finds the other end by name and sends one relationship", async () => {
    const sent: unknown[] = [];
    const { client, searches } = fakeClient((v) => sent.push(v));
    const onDone = vi.fn();
    const user = userEvent.setup();
    render(
      <Provider value={client}>
        <RelationshipForm node={act} onDone={onDone} onCancel={vi.fn()} onKeyDown={vi.fn()} />
      </Provider>,
    );
    const type = screen.getByRole("combobox", { name: "Relationship" });
    const offered = within(type)
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(offered).toEqual(["Choose…", "Complied with by", "Referenced by"]);
    await user.selectOptions(type, "Complied with by");

    const other = screen.getByRole("combobox", { name: "From (the other end)" });
    await user.type(other, "tool");
    await screen.findByRole("option", { name: /Toolkit/ });
    expect(searches.at(-1)).toEqual({ query: "tool", types: ["RESOURCE"] });
    await user.keyboard("{ArrowDown}{Enter}");
    expect(screen.getByRole("img", { name: "Toolkit complies with The Act" })).toBeTruthy();

    // Nothing is sent until the rule is met; the problems are named at their fields.
    await user.click(screen.getByRole("button", { name: "Add relationship" }));
    expect(sent).toEqual([]);
    expect(screen.getByText("Quote the sentence that supports the relationship.")).toBeTruthy();

    await user.type(screen.getByRole("textbox", { name: /^Evidence/ }), "Quote.");
    await user.type(screen.getByRole("textbox", { name: /^Source/ }), "https://example.org");
    await user.click(screen.getByRole("button", { name: "Add relationship" }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith("Added: Toolkit complies with The Act"));
    expect(sent).toEqual([
      {
        input: {
          type: "COMPLIES_WITH",
          from: "toolkit",
          to: "act",
          how: null,
          evidence: "Quote.",
          source: "https://example.org",
          basis: "STATED",
          reasoning: null,
        },
      },
    ]);
  });

  it("asks why only when the basis is inferred", async () => {
    const { client } = fakeClient(() => undefined);
    const user = userEvent.setup();
    render(
      <Provider value={client}>
        <RelationshipForm node={act} onDone={vi.fn()} onCancel={vi.fn()} onKeyDown={vi.fn()} />
      </Provider>,
    );
    await user.selectOptions(screen.getByRole("combobox", { name: "Relationship" }), "Complied with by");
    expect(screen.queryByRole("textbox", { name: /^Why the quote supports it/ })).toBeNull();
    await user.selectOptions(screen.getByRole("combobox", { name: "How the quote supports it" }), "Inferred");
    expect(screen.getByRole("textbox", { name: /^Why the quote supports it/ })).toBeTruthy();
  });
});
