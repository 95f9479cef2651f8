import { describe, expect, it } from "vitest";
import { changedFields, createdFields, fieldProblem, fieldsOf, initialValues } from "./node-fields";
import { slugOf } from "@rrn/model";

describe("node fields", () => {
  it("gives every type its own properties and never the id", () => {
    expect(fieldsOf("Legislation").map((f) => f.key)).toEqual([
      "name",
      "year",
      "summary",
      "aliases",
      "generalKnowledge",
    ]);
    expect(fieldsOf("Resource").map((f) => f.key)).toEqual(
      expect.arrayContaining(["title", "kind", "year", "url", "aliases", "easyRead", "descriptiveTitle"]),
    );
    for (const label of ["Resource", "Person", "Setting"] as const) {
      expect(fieldsOf(label).map((f) => f.key)).not.toContain("id");
    }
  });

  it("starts from the node as the API returns it (label is the title or name)", () => {
    const values = initialValues("Legislation", { id: "x", label: "Mental Health Act", year: 1983, aliases: ["MHA"] });
    expect(values).toMatchObject({ name: "Mental Health Act", year: "1983", aliases: ["MHA"], summary: "" });
  });

  it("sends only what changed, as set operations with API values", () => {
    const before = initialValues("Legislation", { label: "Act", year: 1983, summary: "S", aliases: [] });
    const after = { ...before, year: "1984", aliases: ["The Act", " "], summary: "S" };
    expect(changedFields("Legislation", before, after)).toEqual({ year: { set: 1984 }, aliases: { set: ["The Act"] } });
    expect(changedFields("Legislation", before, { ...before, summary: "" })).toEqual({ summary: { set: null } });
  });

  it("creates with every filled-in value only", () => {
    const values = { ...initialValues("Person", {}), name: " Jo Bloggs ", role: "Nurse", summary: "A nurse." };
    expect(createdFields("Person", values)).toEqual({ name: "Jo Bloggs", role: "Nurse", summary: "A nurse." });
  });

  it("names problems in words", () => {
    const [year] = fieldsOf("Legislation").filter((f) => f.key === "year");
    const url = fieldsOf("Resource").find((f) => f.key === "url");
    const role = fieldsOf("Person").find((f) => f.key === "role");
    expect(year && fieldProblem(year, "19")).toMatch(/1800 to 2100/);
    expect(year && fieldProblem(year, "")).toBeNull();
    expect(url && fieldProblem(url, "javascript:alert(1)")).toMatch(/http/);
    expect(role && fieldProblem(role, "  ")).toBe("Role is required.");
  });

  it("makes ids from names", () => {
    expect(slugOf("Mental Health Units (Use of Force) Act 2018")).toBe("mental-health-units-use-of-force-act-2018");
    expect(slugOf("Émile's café")).toBe("emile-s-cafe");
  });
});
