import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { useCurationStatus } from "../api/curation-status";
import "./curation.css";

/**
 * One polite live region for the whole app (Shell): every curator action says what it did
 * there ("Added: … derives from …"), so a screen reader hears it wherever focus is, and it
 * outlives the view that did it (a restored node's page replaces the "deleted" notice). Shown
 * at the foot of the window for a while. Kept free of the curation forms so the public bundle
 * stays small.
 */
const SHOWN_FOR_MS = 12_000;
const AnnounceContext = createContext<(message: string) => void>(() => undefined);
/** Counts curator writes in this tab, so views that fetch once (the canvas) fetch again after one. */
const GraphRevisionContext = createContext(0);

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState("");
  const [revision, setRevision] = useState(0);
  // Every announcement reports a write (or a write that changed nothing, which costs one refetch).
  const announce = useCallback((text: string) => {
    setMessage(text);
    setRevision((r) => r + 1);
  }, []);
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(""), SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <AnnounceContext.Provider value={announce}>
      <GraphRevisionContext.Provider value={revision}>
        <p className="curation-status" role="status" aria-live="polite" data-testid="curation-status">
          {message}
        </p>
        {children}
      </GraphRevisionContext.Provider>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}

/** 0 until a curator writes in this tab; then changes with every write. */
export function useGraphRevision(): number {
  return useContext(GraphRevisionContext);
}

/** True when a signed-in curator is using the explorer (the server checks every write again). */
export function useIsCurator(): boolean {
  const [{ data }] = useCurationStatus();
  return useMemo(() => data?.curationStatus.curator === true, [data]);
}
