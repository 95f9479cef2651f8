/**
 * The organisation view's role groups live in @rrn/graph-layout: the API lays that view out in
 * the same groups, so the canvas can draw it at the API's positions.
 */
export {
  affiliatedPeople,
  groupByOrgRole,
  OTHER_ROLE,
  THROUGH_PEOPLE_ROLE,
  type OrgRole,
  type OrgRoleGroups,
} from "@rrn/graph-layout";
