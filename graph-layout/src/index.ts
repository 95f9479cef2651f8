/**
 * `@rrn/graph-layout`: what the browser and the API must agree on to draw the same picture —
 * layout options, node sizes and the organisation view's groups (the landmark threshold is
 * `@rrn/model`'s LANDMARK_DEGREE). Pure: the headless runner that imports Cytoscape is
 * `@rrn/graph-layout/headless`.
 */
export {
  HUGE_GRAPH,
  LARGE_GRAPH,
  LAYOUT_LABELS,
  layoutOptions,
  type LayoutName,
  type LayoutRequest,
} from "./options.js";
export {
  estimateLabelBox,
  GROUP_PADDING,
  HUB_LABEL,
  NODE_LABEL,
  NODE_SIZE,
  NODE_SIZE_STYLE,
  nodeSize,
} from "./sizes.js";
export {
  affiliatedPeople,
  groupByOrgRole,
  OTHER_ROLE,
  THROUGH_PEOPLE_ROLE,
  type OrgRole,
  type OrgRoleGroups,
  type RoleGraph,
} from "./org-roles.js";
