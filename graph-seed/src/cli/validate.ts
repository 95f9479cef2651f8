/** npm run seed:validate [-- --data DIR] — checks the seed data against every rule; never touches Neo4j. */
import { parseArgs } from "node:util";
import { loadSeed } from "../load-seed.js";
import { displayPath } from "../paths.js";
import { runCli } from "./run-cli.js";
import { formatProblem } from "../validate/problems.js";

runCli(async () => {
  const { values } = parseArgs({ options: { data: { type: "string" } } });
  const seed = await loadSeed(values.data);
  for (const w of seed.warnings ?? []) console.warn(`warning: ${formatProblem(w)}`);
  console.log(
    `${displayPath(seed.dataDir)} is valid: ${seed.nodes.length} nodes and ${seed.relationships.length} relationships.`,
  );
  return 0;
});
