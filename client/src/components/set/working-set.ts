import { MAX_SET_IDS } from "@rrn/model";
import { useSyncExternalStore } from "react";

/**
 * The set a reader is building while browsing other views ("Add to set" in the detail panel, on
 * search results, shift/ctrl-click on the canvas, the List tab's ticks). The set itself is its
 * URL (`/set?ids=…`); this only remembers, in this browser, which set the next "Add" goes to, so
 * it keeps the ids and nothing else. The server knows no working set: it renders every control
 * as for an empty one, and the browser's own answer follows after hydration.
 */
const KEY = "rrn:set";
/** A set is a reading list; the API answers `connecting` for at most this many ids. */
export const MAX_SET_SIZE = MAX_SET_IDS;

const listeners = new Set<() => void>();
const EMPTY: readonly string[] = Object.freeze([]);
let cached: { raw: string | null; ids: readonly string[] } = { raw: null, ids: EMPTY };

function storage(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    // Storage switched off (some private modes): the set still works through its URL.
    return undefined;
  }
}

/** The ids in the working set, in the order added; the same array until it changes. */
export function readWorkingSet(): readonly string[] {
  const raw = storage()?.getItem(KEY) ?? null;
  if (raw === cached.raw) return cached.ids;
  cached = { raw, ids: parseIds(raw) };
  return cached.ids;
}

function parseIds(raw: string | null): readonly string[] {
  if (!raw) return EMPTY;
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value)
      ? value.filter((v): v is string => typeof v === "string").slice(0, MAX_SET_SIZE)
      : EMPTY;
  } catch {
    return EMPTY;
  }
}

export function writeWorkingSet(ids: readonly string[]): void {
  try {
    storage()?.setItem(KEY, JSON.stringify([...new Set(ids)].slice(0, MAX_SET_SIZE)));
  } catch {
    // Full or refused: the next read keeps the previous set.
  }
  listeners.forEach((l) => l());
}

/** Adds ids not yet in the set, at its end, or removes them when `on` is false. */
export function toggleInWorkingSet(ids: readonly string[], on: boolean): void {
  const current = readWorkingSet();
  writeWorkingSet(
    on ? [...current, ...ids.filter((id) => !current.includes(id))] : current.filter((id) => !ids.includes(id)),
  );
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab's changes arrive as storage events.
  const onStorage = (e: StorageEvent) => {
    if (e.key === KEY) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

/** The working set; empty on the server and in the render that hydrates its HTML. */
export function useWorkingSet(): readonly string[] {
  return useSyncExternalStore(subscribe, readWorkingSet, () => EMPTY);
}
