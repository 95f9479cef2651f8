import type { ElementDefinition } from "cytoscape";

/** How a node relates to an organisation, as a policy lead asks about it. */
export interface OrgRole {
  key: string;
  label: string;
}

/** What grouping needs of a graph: ids, and typed edges between them. */
export interface RoleGraph {
  nodes: readonly { id: string }[];
  edges: readonly { type: string; source: string; target: string }[];
}

// In priority order: a resource the organisation both published and commissioned is listed
// under "Published" on the canvas (a node has one group box) and under both in the summary.
const ROLE_RULES: { key: string; label: string; edgeType: string; incoming: boolean }[] = [
  { key: "published", label: "Published", edgeType: "PUBLISHED_BY", incoming: true },
  { key: "commissioned", label: "Commissioned", edgeType: "COMMISSIONED_BY", incoming: true },
  { key: "developed-with", label: "Developed with others", edgeType: "DEVELOPED_WITH", incoming: true },
  { key: "frameworks", label: "Frameworks developed", edgeType: "DEVELOPED_BY", incoming: true },
  { key: "people", label: "People", edgeType: "AFFILIATED_WITH", incoming: true },
  { key: "parts", label: "Parts", edgeType: "PART_OF", incoming: true },
  { key: "part-of", label: "Part of", edgeType: "PART_OF", incoming: false },
];

/**
 * What the organisation's affiliated people made, appear in or belong to, when the view brings
 * their neighbourhoods in: reached through a person, never claimed for the organisation itself.
 */
export const THROUGH_PEOPLE_ROLE: OrgRole = { key: "through-people", label: "Through affiliated people" };

export const OTHER_ROLE: OrgRole = { key: "other", label: "Other connections" };

/** The people affiliated with the organisation, by the AFFILIATED_WITH edges in the data. */
export function affiliatedPeople(orgId: string, data: RoleGraph): string[] {
  const people = data.edges.filter((e) => e.type === "AFFILIATED_WITH" && e.target === orgId).map((e) => e.source);
  return [...new Set(people)].sort();
}

export interface OrgRoleGroups {
  /** Every role the organisation has, with the nodes in it (a node may be in several). */
  roles: (OrgRole & { nodeIds: string[] })[];
  /** One group box per node for the canvas. */
  parents: Map<string, string>;
  groupElements: ElementDefinition[];
}

/**
 * The organisation view's grouping: the browser draws these boxes and the API lays the view out
 * with the same boxes, so both see one picture.
 */
export function groupByOrgRole(orgId: string, data: RoleGraph): OrgRoleGroups {
  const roles = new Map<string, OrgRole & { nodeIds: string[] }>();
  const firstRole = new Map<string, string>();
  for (const rule of ROLE_RULES) {
    for (const e of data.edges) {
      if (e.type !== rule.edgeType) continue;
      const other = rule.incoming
        ? e.target === orgId
          ? e.source
          : undefined
        : e.source === orgId
          ? e.target
          : undefined;
      if (!other || other === orgId) continue;
      const role = roles.get(rule.key) ?? { key: rule.key, label: rule.label, nodeIds: [] };
      if (!role.nodeIds.includes(other)) role.nodeIds.push(other);
      roles.set(rule.key, role);
      if (!firstRole.has(other)) firstRole.set(other, rule.key);
    }
  }
  const people = new Set(affiliatedPeople(orgId, data));
  for (const e of data.edges) {
    const [person, other] = people.has(e.source) ? [e.source, e.target] : [e.target, e.source];
    if (!people.has(person) || other === orgId || firstRole.has(other)) continue;
    const role = roles.get(THROUGH_PEOPLE_ROLE.key) ?? { ...THROUGH_PEOPLE_ROLE, nodeIds: [] };
    if (!role.nodeIds.includes(other)) role.nodeIds.push(other);
    roles.set(THROUGH_PEOPLE_ROLE.key, role);
  }
  for (const other of roles.get(THROUGH_PEOPLE_ROLE.key)?.nodeIds ?? []) firstRole.set(other, THROUGH_PEOPLE_ROLE.key);
  const others = data.nodes.filter((n) => n.id !== orgId && !firstRole.has(n.id)).map((n) => n.id);
  if (others.length) {
    roles.set(OTHER_ROLE.key, { ...OTHER_ROLE, nodeIds: others });
    for (const id of others) firstRole.set(id, OTHER_ROLE.key);
  }
  const ordered = [...roles.values()];
  const parents = new Map([...firstRole.entries()].map(([id, role]) => [id, `group:${role}`]));
  const counts = new Map<string, number>();
  for (const role of firstRole.values()) counts.set(role, (counts.get(role) ?? 0) + 1);
  const groupElements: ElementDefinition[] = ordered
    .filter((r) => counts.has(r.key))
    .map((r) => ({
      group: "nodes",
      data: { id: `group:${r.key}`, label: r.label },
      classes: "role-group",
      selectable: false,
    }));
  return { roles: ordered, parents, groupElements };
}
