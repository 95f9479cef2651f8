import { parentPort } from "node:worker_threads";
import { computeLayout, type ComputeLayoutRequest } from "@rrn/graph-layout/headless";

/**
 * The layout thread: force layouts of a few hundred nodes take a second or more of CPU, which
 * must not stall the event loop that answers everyone else. One request at a time, in order.
 */
interface Job {
  id: number;
  request: ComputeLayoutRequest;
}

parentPort?.on("message", (job: Job) => {
  computeLayout(job.request).then(
    (positions) => parentPort?.postMessage({ id: job.id, positions }),
    (err: unknown) => parentPort?.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) }),
  );
});
