import { useState } from "react";

/**
 * The latest answer or, while the next one is on its way (a filter ticked, a limit raised), the
 * one before it. The view keeps its size, so the page keeps its scroll position instead of
 * collapsing to a loading note and growing back. `updating` says the shown answer is the old one.
 */
export function useKeptData<T>(data: T | undefined): { data: T | undefined; updating: boolean } {
  const [kept, setKept] = useState(data);
  // Storing from the previous render, as React's docs advise, rather than in an effect a frame late.
  if (data !== undefined && data !== kept) setKept(data);
  return data !== undefined ? { data, updating: false } : { data: kept, updating: kept !== undefined };
}
