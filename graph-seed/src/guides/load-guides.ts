import { existsSync } from "node:fs";
import path from "node:path";
import { defaultDataDir, displayPath } from "../paths.js";
import { SeedValidationError, type SeedProblem } from "../validate/problems.js";
import { readYamlList } from "../validate/read-seed-files.js";
import { checkGuideRecords } from "./check-guides.js";
import { type Guide, GUIDES_FILE } from "@rrn/model";

/**
 * The guided routes as the API serves them: `routes.yaml` read and checked for shape. The API
 * reads the file rather than the database because routes are the explorer's own prose, shipped
 * with each release like the rest of its text, while the resources they show are selected from
 * the live graph on every request. Every API instance of one release therefore serves the same
 * routes, the import and backup stay about the graph alone, and a curator's new resource joins
 * any route whose selection it matches. `npm run seed` (and `seed:validate`) checks the file
 * against the seed as well, so an empty step never reaches the API from a valid seed; a step a
 * later curator edit empties is shown as such. A missing file means no routes.
 */
export function loadGuides(dataDir: string = defaultDataDir): Guide[] {
  const file = path.join(dataDir, GUIDES_FILE);
  if (!existsSync(file)) return [];
  const problems: SeedProblem[] = [];
  const records = readYamlList(file, problems);
  const checked = records ? checkGuideRecords(displayPath(file), records) : { routes: [], problems: [] };
  problems.push(...checked.problems);
  if (problems.length > 0) throw new SeedValidationError(problems);
  return checked.routes;
}
