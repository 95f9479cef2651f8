// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Provider, type Client } from "urql";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fromValue } from "wonka";
import { AnnouncerProvider } from "../announcer";
import { PropertyEditor } from "./PropertyEditor";

afterEach(cleanup);

/** urql answering every mutation as done; queries (the curation status) with nothing. */
function fakeClient(sent: unknown[]): Client {
  return {
    executeQuery: vi.fn((operation: unknown) =>
      fromValue({ operation, data: { curationStatus: null }, stale: false, hasNext: false }),
    ),
    // The editor calls client.mutation(…).toPromise() with the type's generated document.
    mutation: vi.fn((_document: unknown, variables: unknown) => {
      sent.push(variables);
      const data = { updateLegislations: { __typename: "UpdateLegislationsMutationResponse", legislations: [] } };
      return { toPromise: () => Promise.resolve({ data, error: undefined }) };
    }),
    executeSubscription: vi.fn(),
  } as unknown as Client;
}

const act = { id: "act", type: "LEGISLATION" as const, label: "The Act", year: 2018, summary: "An act.", aliases: [] };

function renderEditor(sent: unknown[]) {
  render(
    <Provider value={fakeClient(sent)}>
      <AnnouncerProvider>
        <PropertyEditor node={act} />
      </AnnouncerProvider>
    </Provider>,
  );
}

/** Opens the editor and types a new year over the old one. */
async function openWithYear(value: string) {
  const sent: unknown[] = [];
  const user = userEvent.setup();
  renderEditor(sent);
  await user.click(screen.getByRole("button", { name: "Edit properties" }));
  const year = screen.getByRole("textbox", { name: /^Year/ });
  await user.clear(year);
  await user.type(year, value);
  return { sent, user, year };
}

describe("PropertyEditor", () => {
  it("opens with focus in the form, and Escape closes it with focus back on its button, sending nothing", async () => {
    const sent: unknown[] = [];
    const user = userEvent.setup();
    renderEditor(sent);
    await user.click(screen.getByRole("button", { name: "Edit properties" }));
    expect(screen.getByRole("textbox", { name: /^Name/ })).toBe(document.activeElement);
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.getByRole("button", { name: "Edit properties" })).toBe(document.activeElement));
    expect(screen.queryByRole("form")).toBeNull();
    expect(sent).toEqual([]);
  });

  it("sends only the changed properties and says what it saved", async () => {
    const { sent, user } = await openWithYear("2019");
    await user.type(screen.getByRole("textbox", { name: /^Also known as/ }), "Use of Force Act");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() =>
      expect(screen.getByRole("status").textContent).toBe("Saved The Act: changed year, also known as."),
    );
    expect(sent).toEqual([{ id: "act", update: { year: { set: 2019 }, aliases: { set: ["Use of Force Act"] } } }]);
  });

  it("refuses a year out of range at its field, sending nothing", async () => {
    const { sent, user, year } = await openWithYear("18");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(year.getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText("Year must be a whole number from 1800 to 2100.")).toBeTruthy();
    expect(sent).toEqual([]);
  });
});
