import { useSyncExternalStore } from "react";

/**
 * The curator's bearer token, kept for this browser tab only (sessionStorage): closing the tab
 * signs out, and nothing outlives it on a shared computer. Every API request sends it (see
 * client.ts); the server decides what it allows.
 */
const KEY = "rrn-curator-token";
const listeners = new Set<() => void>();

function read(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function curatorToken(): string | null {
  return read();
}

export function setCuratorToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(KEY, token);
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage can be disabled; the token then lasts only until the page reloads.
  }
  for (const listener of listeners) listener();
}

export function useCuratorToken(): string | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    read,
    () => null,
  );
}
