import { useRef, useState } from "react";
import { CitePanel } from "./CitePanel";

/**
 * "Cite these (N)": a list's references (Harvard, APA, RIS, BibTeX, CSL-JSON) in the cite panel,
 * for views whose list is not a graph's (a coverage cell). Closing returns the focus to the button.
 */
export function CiteButton({ ids, what }: { ids: readonly string[]; what: string }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  if (ids.length === 0) return null;
  return (
    <>
      <button
        type="button"
        className="button"
        ref={button}
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        data-testid="cite-list"
      >
        Cite these ({ids.length})
      </button>
      {open && (
        <CitePanel
          ids={ids}
          what={what}
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}
