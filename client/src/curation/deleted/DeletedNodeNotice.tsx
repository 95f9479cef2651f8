import { lazy, Suspense } from "react";
import { useIsCurator } from "../announcer";

const DeletedNode = lazy(() => import("./DeletedNode"));

/** Under "We couldn't find that node": a curator may be looking at one they deleted, so offer Restore. */
export function DeletedNodeNotice({ id }: { id: string }) {
  const curator = useIsCurator();
  if (!curator) return null;
  return (
    <div className="deleted-node-notice">
      <Suspense fallback={null}>
        <DeletedNode id={id} />
      </Suspense>
    </div>
  );
}
