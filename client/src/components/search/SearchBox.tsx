import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { useNavigate } from "react-router-dom";
import { useQuery } from "urql";
import type { NodeType } from "../../__generated__/graphql";
import { groupHits } from "../../graph/grouping";
import { nodeHref, routes } from "../../navigation/routes";
import { nodeLook } from "../../graph/visual-encoding";
import { useDebouncedValue } from "../../hooks/use-debounced-value";
import { NodeOption, useCombobox } from "./combobox";
import "./SearchBox.css";
import { TypeAheadQuery } from "./operations";

export interface SearchHit {
  id: string;
  type: NodeType;
  label: string;
}

export interface SearchBoxProps {
  /** Accessible name, e.g. "Search the graph" or "From". */
  label: string;
  placeholder?: string;
  /** Pick mode (path view): hand the hit back instead of navigating to it. */
  onPick?: (hit: SearchHit) => void;
  initialText?: string;
  testId?: string;
  showLabel?: boolean;
  /**
   * The input's name in a surrounding GET form (pick mode: the path view's `from`, `to`). The
   * header's box is its own form and always sends `q`.
   */
  name?: string;
}

/**
 * Type-ahead search following the WAI-ARIA combobox pattern: results grouped by type, arrow keys
 * move through them, Enter opens one (or the full results page), Escape closes. Outside pick
 * mode it is a GET form to /search with `q`, so without scripts the browser asks the server for
 * the results page; with scripts the form never submits on its own (the keys and the button do
 * what it would, in place).
 */
export function SearchBox({
  label,
  placeholder,
  onPick,
  initialText = "",
  testId = "search",
  showLabel = false,
  name,
}: SearchBoxProps) {
  const [text, setText] = useState(initialText);
  const combobox = useCombobox();
  const { open, setOpen, active, setActive, listId, optionId } = combobox;
  const input = useRef<HTMLInputElement>(null);
  // The server's HTML is usable before the app has taken it over, so a visitor may already have
  // typed here: keep those words, and offer their matches as if typed now.
  useEffect(() => {
    const typed = input.current?.value ?? "";
    if (typed === initialText) return;
    setText(typed);
    if (document.activeElement === input.current) setOpen(true);
  }, [initialText, setOpen]);
  const navigate = useNavigate();
  const inputId = useId();
  const query = useDebouncedValue(text.trim(), 150);
  const [result] = useQuery({ query: TypeAheadQuery, variables: { query }, pause: query.length < 2 });

  // Only show answers to the current text: urql keys results by variables, so an older
  // response never replaces a newer one.
  const hits = useMemo(() => (query.length >= 2 ? (result.data?.search ?? []) : []), [query, result.data]);
  const groups = useMemo(() => groupHits(hits), [hits]);
  const flat = useMemo(() => groups.flatMap((g) => g.hits), [groups]);
  const expanded = open && text.trim().length >= 2;

  const choose = (hit: SearchHit) => {
    combobox.close();
    if (onPick) {
      setText(hit.label);
      onPick(hit);
      return;
    }
    setText("");
    void navigate(`${nodeHref(hit)}?selected=${encodeURIComponent(hit.id)}`, { state: { focusDetail: true } });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (combobox.arrow(e.key, flat.length)) {
      // moved through the options
    } else if (e.key === "Enter") {
      const hit = flat[active];
      if (expanded && hit) choose(hit);
      else if (!onPick && text.trim()) {
        setOpen(false);
        void navigate(routes.search(text.trim()));
      }
    } else if (e.key === "Escape") {
      if (open) setOpen(false);
      else setText("");
      setActive(-1);
    } else {
      return;
    }
    e.preventDefault();
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    combobox.close();
    void navigate(routes.search(text.trim()));
  };

  // Each group's first position in the flat, keyboard-order list.
  const offsets = groups.map((_, g) => groups.slice(0, g).reduce((n, prev) => n + prev.hits.length, 0));

  const box = (
    <div className="searchbox" data-testid={testId}>
      <label htmlFor={inputId} className={showLabel ? "field-label" : "visually-hidden"}>
        {label}
      </label>
      <input
        ref={input}
        id={inputId}
        type="search"
        name={onPick ? name : "q"}
        {...combobox.inputProps(expanded)}
        placeholder={placeholder}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
      />
      <div id={listId} role="listbox" aria-label={`${label} results`} className="searchbox-popup" hidden={!expanded}>
        {expanded && result.fetching && flat.length === 0 && <div className="searchbox-status">Searching…</div>}
        {expanded && !result.fetching && query.length >= 2 && flat.length === 0 && (
          <div className="searchbox-status">No matches for “{query}”. Try a shorter or different word.</div>
        )}
        {groups.map((group, g) => (
          <div role="group" key={group.type} aria-labelledby={`${listId}-${group.type}`}>
            <div className="searchbox-group" id={`${listId}-${group.type}`} role="presentation">
              {nodeLook(group.type).plural}
            </div>
            {group.hits.map((hit, h) => {
              const i = (offsets[g] ?? 0) + h;
              return (
                <NodeOption
                  key={hit.id}
                  as="div"
                  id={optionId(i)}
                  className="searchbox-option"
                  node={hit}
                  active={i === active}
                  onChoose={() => choose(hit)}
                  onHover={() => setActive(i)}
                >
                  <span className="option-label">{hit.label}</span>
                  {hit.year && <span className="option-meta">{hit.year}</span>}
                </NodeOption>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
  if (onPick) return box;
  return (
    <form
      method="get"
      action={routes.search()}
      role="search"
      aria-label={label}
      className="searchbox-form"
      onSubmit={onSubmit}
    >
      {box}
      {/* Sits on the box's magnifier: a way to submit by pointer, and the form's button without scripts. */}
      <button type="submit" className="searchbox-submit" aria-label="Search" />
    </form>
  );
}
