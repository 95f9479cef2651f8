import { readFileSync } from "node:fs";
import { parse } from "yaml";

/** What the landing page's route cards show of each guided route. */
export interface RouteCardData {
  id: string;
  title: string;
  audience: string;
  questions: string[];
}

interface RouteFile {
  id: string;
  title: string;
  audience: string;
  steps: { question: string }[];
}

/**
 * The guided routes' titles and questions, read at build time from the seed's routes file (the
 * server validates the same file against the graph before it serves anything). Built into the
 * page, the cards are in the prerendered HTML and in the app's first render alike: no request
 * to wait for, and nothing moves when the app takes over.
 */
export function routeCards(): RouteCardData[] {
  const file = new URL("../../graph-seed/data/routes.yaml", import.meta.url);
  const routes = parse(readFileSync(file, "utf8")) as RouteFile[];
  return routes.map((r) => ({
    id: r.id,
    title: r.title,
    audience: r.audience,
    questions: r.steps.map((s) => s.question),
  }));
}
