import { AddRelationship } from "./relationships/AddRelationship";
import { DeleteNode } from "./deleted/DeleteNode";
import { NodeHistory } from "./history/NodeHistory";
import { PropertyEditor, type EditableNode } from "./properties/PropertyEditor";
import "../styles/forms.css";
import "./CuratorTools.css";

interface Props {
  node: EditableNode;
  /** Display names of the panel's neighbours, for the history's relationship lines. */
  names: ReadonlyMap<string, string>;
}

/**
 * The signed-in curator's part of the detail panel: edit the node's properties, add a
 * relationship (change and remove sit beside each one in the list), read its history, delete
 * it. Loaded only for curators (React.lazy in DetailPanel), so visitors never download it.
 */
export default function CuratorTools({ node, names }: Props) {
  return (
    <section className="curator-tools" aria-labelledby="curator-tools-heading" data-testid="curator-tools">
      <h3 id="curator-tools-heading" className="section-heading">
        Curator
      </h3>
      <PropertyEditor key={`props-${node.id}`} node={node} />
      <AddRelationship key={`rel-${node.id}`} node={{ id: node.id, type: node.type, label: node.label }} />
      <NodeHistory key={`history-${node.id}`} id={node.id} names={names} />
      <DeleteNode key={`delete-${node.id}`} node={node} />
    </section>
  );
}
