import { useMemo, useState, type KeyboardEvent } from "react";
import { useQuery } from "urql";
import type { NodeType } from "../../__generated__/graphql";
import { NodeOption, useCombobox } from "../../components/search/combobox";
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
  const combobox = useCombobox();
  const { open, setOpen, active, setActive, listId, optionId } = combobox;
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
    combobox.close();
    onPick({ id: hit.id, type: hit.type, label: hit.label });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (combobox.arrow(e.key, hits.length)) {
      // moved through the options
    } else if (e.key === "Enter") {
      const hit = hits[active] ?? (hits.length === 1 ? hits[0] : undefined);
      if (!expanded || !hit) return;
      choose(hit);
    } else if (e.key === "Escape") {
      // An open list closes first; a closed one lets Escape close the whole form.
      if (!expanded) return;
      e.stopPropagation();
      combobox.close();
    } else {
      return;
    }
    e.preventDefault();
  };

  const allowed = types.map((t) => nodeLook(t).plural.toLowerCase()).join(", ");
  return (
    <div className="target-picker">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        {...combobox.inputProps(expanded)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ""}`}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
          if (value) onPick(null);
        }}
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
          <NodeOption
            key={hit.id}
            as="li"
            id={optionId(i)}
            className="target-picker-option"
            node={hit}
            active={i === active}
            onChoose={() => choose(hit)}
            onHover={() => setActive(i)}
          >
            <span>{hit.label}</span>
            <span className="option-meta">
              {nodeLook(hit.type).label}
              {hit.year ? `, ${hit.year}` : ""}
            </span>
          </NodeOption>
        ))}
      </ul>
    </div>
  );
}
