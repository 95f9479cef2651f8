/** Whether this page has asked the static copy something it cannot answer (for ./StaticNote.tsx). */
type Listener = () => void;
const listeners = new Set<Listener>();
let unanswered = false;

export function reportUnanswered(): void {
  if (unanswered) return;
  unanswered = true;
  for (const listener of listeners) listener();
}

export const wasUnanswered = (): boolean => unanswered;

export function subscribeUnanswered(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
