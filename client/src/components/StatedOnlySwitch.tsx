import type { EvidenceBasis } from "../__generated__/graphql";
import { useViewState } from "../hooks/use-view-state";
import { Segmented } from "./Segmented";

/** The `basis` argument for the view's paths or lineage: stated relationships only, or (null) every basis. */
export function statedBases(statedOnly: boolean): EvidenceBasis[] | null {
  return statedOnly ? ["STATED"] : null;
}

/**
 * "Stated links only": recomputes the path or lineage over the relationships their quote states
 * outright (`stated=only`, the same parameter as the List tab's checkbox). Links, so it works
 * without scripts and the server renders either answer.
 */
export function StatedOnlySwitch({ what }: { what: "paths" | "lineage" }) {
  const { state, update, href } = useViewState();
  return (
    <Segmented
      label={what === "paths" ? "Links the paths may follow" : "Links the lineage may follow"}
      value={state.statedOnly ? "stated" : "all"}
      options={[
        { value: "all", label: "All links" },
        { value: "stated", label: "Stated links only" },
      ]}
      onChange={(v) => update({ statedOnly: v === "stated", selected: undefined }, "push")}
      hrefFor={(v) => href({ statedOnly: v === "stated", selected: undefined })}
    />
  );
}
