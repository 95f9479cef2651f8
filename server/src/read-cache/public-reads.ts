import {
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

/**
 * Which operations are public reads, answered alike for everyone and changed only by a new graph
 * version: queries none of whose root fields is in `personal` (curator reads, which depend on
 * who asks, and anything that reports live server state). A root selection that cannot be read
 * plainly counts as personal: when in doubt, nothing is cached.
 */
export function isPublicRead(
  operation: OperationDefinitionNode,
  document: DocumentNode | undefined,
  personal: ReadonlySet<string>,
): boolean {
  if (operation.operation !== OperationTypeNode.QUERY) return false;
  const fragments = new Map(
    (document?.definitions ?? []).flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
  );
  const seen = new Set<string>();
  const check = (set: SelectionSetNode): boolean =>
    set.selections.every((s) => {
      if (s.kind === Kind.FIELD) return !personal.has(s.name.value);
      if (s.kind === Kind.INLINE_FRAGMENT) return check(s.selectionSet);
      const fragment = fragments.get(s.name.value);
      if (!fragment || seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return check(fragment.selectionSet);
    });
  return check(operation.selectionSet);
}
