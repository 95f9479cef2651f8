import { useState } from "react";

/**
 * The latest answer or, while the next one is on its way (a filter ticked, a limit raised), the
 * one before it. The view keeps its size, so the page keeps its scroll position instead of
 * collapsing to a loading note and growing back. `updating` says the shown answer is the old one.
 */
export function useKeptData<T>(data: T | undefined, key = ""): { data: T | undefined; updating: boolean } {
  // `key` names what the answer is about (a lineage's node): another one's answer is never shown.
  const [kept, setKept] = useState<{ key: string; data: T | undefined }>({ key, data });
  // Storing from the previous render, as React's docs advise, rather than in an effect a frame late.
  if (data !== undefined && (data !== kept.data || key !== kept.key)) setKept({ key, data });
  if (data !== undefined) return { data, updating: false };
  const previous = kept.key === key ? kept.data : undefined;
  return { data: previous, updating: previous !== undefined };
}
