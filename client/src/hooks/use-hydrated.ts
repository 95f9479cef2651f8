import { useSyncExternalStore } from "react";

const never = () => () => undefined;

/**
 * False in the server's render and in the hydrating render that must match it, true once the
 * page runs scripts: for controls that only work with them (copying a link), so the HTML a
 * reader without scripts gets never offers them.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
