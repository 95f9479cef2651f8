import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { ComputeLayoutRequest, LayoutGraph, NodePosition, StandardLayout } from "@rrn/graph-layout/headless";
import { LRUCache } from "lru-cache";
import type { Logger } from "../logger.js";

export type { NodePosition, StandardLayout };

export interface LayoutAsk {
  layout: StandardLayout;
  graph: LayoutGraph;
  focus?: string | undefined;
}

/** Positions, or null: the graph is too big for the API to lay out, or the layout `failed` this time. */
export interface LayoutAnswer {
  positions: NodePosition[] | null;
  failed: boolean;
}

export interface LayoutService {
  /** Positions for the graph as the view draws it. */
  positions(ask: LayoutAsk): Promise<LayoutAnswer>;
  stats(): { computed: number; reused: number; failed: number };
  stop(): Promise<void>;
}

export interface LayoutServiceOptions {
  /** Graphs with more nodes are left to the browser. */
  maxNodes: number;
  /** A layout still running after this long is abandoned (its thread restarted). */
  timeoutMs: number;
  logger: Logger;
}

/** Positions are small (an id and two numbers per node); this many layouts is a few MB at most. */
const KEPT_LAYOUTS = 2000;

/**
 * Server-side layouts for the standard views, so the browser draws the first view at known
 * positions instead of laying it out itself. A layout depends only on what is laid out (the
 * view, its focus, and every node's id, label and degree and every edge, in order), so it is
 * cached by a hash of exactly that: computed at most once per graph version, and reused across
 * versions when a change does not touch it. The force layout's randomness is seeded from the same
 * hash, so every API instance computes the same positions. Layouts run one at a time in a worker
 * thread (./layout-worker.ts); one that fails or times out is sent without positions (the browser
 * lays it out) and asked for again next time.
 */
export function createLayoutService({ maxNodes, timeoutMs, logger }: LayoutServiceOptions): LayoutService {
  const done = new LRUCache<string, NodePosition[]>({ max: KEPT_LAYOUTS });
  const running = new Map<string, Promise<LayoutAnswer>>();
  const counts = { computed: 0, reused: 0, failed: 0 };
  let worker: LayoutThread | undefined;
  // Layouts are handed to the thread one at a time, so each one's timeout counts its own run,
  // not the wait behind others, and abandoning it (restarting the thread) abandons nothing else.
  let queue: Promise<unknown> = Promise.resolve();

  const compute = (key: string, request: ComputeLayoutRequest): Promise<LayoutAnswer> => {
    const turn = queue.then(() => computeNow(key, request));
    queue = turn;
    return turn;
  };

  const computeNow = async (key: string, request: ComputeLayoutRequest): Promise<LayoutAnswer> => {
    worker ??= startLayoutThread(logger);
    try {
      const positions = await worker.run(request, timeoutMs);
      done.set(key, positions);
      counts.computed += 1;
      return { positions, failed: false };
    } catch (err) {
      counts.failed += 1;
      logger.warn({ err, nodes: request.graph.nodes.length, layout: request.layout }, "server-side layout failed");
      // A thread that timed out may still be busy with it: start afresh next time.
      await worker?.stop();
      worker = undefined;
      return { positions: null, failed: true };
    } finally {
      running.delete(key);
    }
  };

  return {
    positions: async ({ layout, graph, focus }) => {
      if (graph.nodes.length === 0 || graph.nodes.length > maxNodes) return { positions: null, failed: false };
      const key = fingerprint(layout, focus, graph);
      const known = done.get(key);
      if (known) {
        counts.reused += 1;
        return { positions: known, failed: false };
      }
      let pending = running.get(key);
      if (!pending) {
        pending = compute(key, { layout, graph: plain(graph), focus, seed: Number.parseInt(key.slice(0, 8), 16) });
        running.set(key, pending);
      }
      return pending;
    },
    stats: () => ({ ...counts }),
    stop: async () => {
      await worker?.stop();
      worker = undefined;
    },
  };
}

/** Only what the layout reads crosses to the worker (GraphQL objects carry much more). */
function plain(graph: LayoutGraph): LayoutGraph {
  return {
    nodes: graph.nodes.map((n) => ({ id: n.id, label: n.label, degree: n.degree })),
    edges: graph.edges.map((e) => ({ id: e.id, type: e.type, source: e.source, target: e.target })),
  };
}

function fingerprint(layout: StandardLayout, focus: string | undefined, graph: LayoutGraph): string {
  const hash = createHash("sha256").update(`${layout}\n${focus ?? ""}\n`);
  for (const n of graph.nodes) hash.update(`${n.id}\t${n.label}\t${n.degree}\n`);
  hash.update("\n");
  for (const e of graph.edges) hash.update(`${e.id}\t${e.type}\t${e.source}\t${e.target}\n`);
  return hash.digest("hex");
}

interface LayoutThread {
  run(request: ComputeLayoutRequest, timeoutMs: number): Promise<NodePosition[]>;
  stop(): Promise<void>;
}

type Reply = { id: number; positions: NodePosition[] } | { id: number; error: string };

/**
 * The layout thread's module. Compiled (`npm run build:server`), it is dist/layout-worker.js
 * beside the server bundle, which plain node runs. From source (`npm run dev`, tests), it is
 * ./layout-worker.ts, run through tsx's loader, which the eval stub below registers in the new
 * thread before importing the worker module.
 */
function newLayoutWorker(): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./layout-worker.js", import.meta.url));
  const workerFile = new URL("./layout-worker.ts", import.meta.url);
  // tsx's ESM API (its exports map puts it beside the CommonJS one that require resolves).
  const tsxApi = pathToFileURL(
    createRequire(import.meta.url)
      .resolve("tsx/esm/api")
      .replace(/\.cjs$/, ".mjs"),
  );
  return new Worker(
    `import(${JSON.stringify(tsxApi.href)}).then((tsx) => tsx.tsImport(${JSON.stringify(workerFile.href)}, ${JSON.stringify(import.meta.url)}));`,
    { eval: true },
  );
}

function startLayoutThread(logger: Logger): LayoutThread {
  const thread = newLayoutWorker();
  thread.unref();
  const waiting = new Map<number, { resolve: (p: NodePosition[]) => void; reject: (e: Error) => void }>();
  let next = 0;
  const failAll = (err: Error) => {
    for (const w of waiting.values()) w.reject(err);
    waiting.clear();
  };
  thread.on("message", (reply: Reply) => {
    const w = waiting.get(reply.id);
    waiting.delete(reply.id);
    if ("error" in reply) w?.reject(new Error(reply.error));
    else w?.resolve(reply.positions);
  });
  thread.on("error", (err) => {
    logger.warn({ err }, "layout thread failed");
    failAll(err);
  });
  thread.on("exit", () => failAll(new Error("layout thread exited")));
  return {
    run: (request, timeoutMs) =>
      new Promise<NodePosition[]>((resolve, reject) => {
        const id = next++;
        const timer = setTimeout(() => {
          waiting.delete(id);
          reject(new Error(`layout of ${request.graph.nodes.length} nodes took over ${timeoutMs} ms`));
        }, timeoutMs);
        timer.unref();
        waiting.set(id, {
          resolve: (p) => {
            clearTimeout(timer);
            resolve(p);
          },
          reject: (e) => {
            clearTimeout(timer);
            reject(e);
          },
        });
        thread.postMessage({ id, request });
      }),
    stop: async () => {
      await thread.terminate();
    },
  };
}
