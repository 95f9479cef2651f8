import type { Guide } from "@rrn/model";
import { register } from "tsx/esm/api";

// Vite loads its config (and this file) with Node, which cannot run the workspaces' TypeScript
// sources; tsx can, registered for this one import only.
const unregister = register();
const { loadGuides } = await import("@rrn/graph-seed/guides");
await unregister();

/** What the landing page's route cards show of each guided route. */
export interface RouteCardData {
  id: string;
  title: string;
  audience: string;
  questions: string[];
}

/**
 * The guided routes' titles and questions, read at build time with the seed's own loader, which
 * checks the file against the model's guide schema (`@rrn/model`) and fails the build on a bad
 * one; the server also checks it against the graph before it serves anything. Built into the
 * page, the cards are in the prerendered HTML and in the app's first render alike: no request
 * to wait for, and nothing moves when the app takes over.
 */
export function routeCards(guides: readonly Guide[] = loadGuides()): RouteCardData[] {
  return guides.map((g) => ({
    id: g.id,
    title: g.title,
    audience: g.audience,
    questions: g.steps.map((s) => s.question),
  }));
}
