/** What this page has asked the static copy that it cannot answer, by operation name (for ./StaticNote.tsx). */
type Listener = () => void;
const listeners = new Set<Listener>();
let unanswered: readonly string[] = [];

export function reportUnanswered(operation: string | null): void {
  const name = operation ?? "(unnamed)";
  if (unanswered.includes(name)) return;
  unanswered = [...unanswered, name];
  for (const listener of listeners) listener();
}

/** The operations asked for and not answered, in the order first asked; the same array until one is added. */
export const unansweredOperations = (): readonly string[] => unanswered;

export function subscribeUnanswered(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
