import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { useQuery } from "urql";
import type { NodeType } from "../../__generated__/graphql";
import { NodeShapeIcon } from "../../components/TypeIcons";
import { nodeLook } from "../../graph/visual-encoding";
import { useDebouncedValue } from "../../hooks/use-debounced-value";
import { TargetSearchQuery } from "../relationship-operations";
import "./TargetPicker.css";

export interface PickedNode {
  id: string;
  type: NodeType;
  label: string;
}

interface Props {
  label: string;
  /** Only these types may be the other end (from the model's allowed pairs). */
  types: readonly NodeType[];
  /** The node in the panel: never its own other end. */
  excludeId?: string;
  value: PickedNode | null;
  onPick: (node: PickedNode | null) => void;
  id: string;
  problem?: string;
}

/**
 * The other end of a relationship, found by name: the public search limited to the allowed
 * types, as a WAI-ARIA combobox (arrows move, Enter picks, Escape closes). Nobody types an id.
 */
export function TargetPicker({ label, types, excludeId, value, onPick, id, problem }: Props) {
  const [text, setText] = useState(value?.label ?? "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const query = useDebouncedValue(text.trim(), 150);
  const typeKey = types.join(",");
  const variables = useMemo(() => ({ query, types: typeKey.split(",") as NodeType[] }), [query, typeKey]);
  const [result] = useQuery({ query: TargetSearchQuery, variables, pause: query.length < 2 });
  const hits = useMemo(
    () => (query.length >= 2 ? (result.data?.search ?? []).filter((h) => h.id !== excludeId) : []),
    [query, result.data, excludeId],
  );
  const expanded = open && text.trim().length >= 2 && (text !== value?.label || !value);

  const choose = (hit: PickedNode) => {
    setText(hit.label);
    setOpen(false);
    setActive(-1);
    onPick({ id: hit.id, type: hit.type, label: hit.label });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      setOpen(true);
      setActive((i) => (hits.length ? (i + 1) % hits.length : -1));
    } else if (e.key === "ArrowUp") {
      setActive((i) => (hits.length ? (i - 1 + hits.length) % hits.length : -1));
    } else if (e.key === "Enter") {
      const hit = hits[active] ?? (hits.length === 1 ? hits[0] : undefined);
      if (!expanded || !hit) return;
      choose(hit);
    } else if (e.key === "Escape") {
      // An open list closes first; a closed one lets Escape close the whole form.
      if (!expanded) return;
      e.stopPropagation();
      setOpen(false);
      setActive(-1);
    } else {
      return;
    }
    e.preventDefault();
  };

  const optionId = (i: number) => `${listId}-opt-${i}`;
  const allowed = types.map((t) => nodeLook(t).plural.toLowerCase()).join(", ");
  return (
    <div className="target-picker">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ""}`}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
          if (value) onPick(null);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-hint`} className="field-hint">
        Type part of a name ({allowed}); pick with the arrow keys and Enter.
        {value && <span className="visually-hidden"> Chosen: {value.label}.</span>}
      </p>
      {problem && (
        <p id={`${id}-problem`} className="field-problem">
          {problem}
        </p>
      )}
      <ul id={listId} role="listbox" aria-label={`${label}: matches`} className="target-picker-list" hidden={!expanded}>
        {expanded && result.fetching && hits.length === 0 && <li className="target-picker-status">Searching…</li>}
        {expanded && !result.fetching && query.length >= 2 && hits.length === 0 && (
          <li className="target-picker-status">
            No {allowed} match “{query}”.
          </li>
        )}
        {hits.map((hit, i) => (
          <li
            key={hit.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className="target-picker-option"
            data-node-id={hit.id}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(hit);
            }}
            onMouseEnter={() => setActive(i)}
          >
            <NodeShapeIcon type={hit.type} size={14} />
            <span>{hit.label}</span>
            <span className="option-meta">
              {nodeLook(hit.type).label}
              {hit.year ? `, ${hit.year}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
