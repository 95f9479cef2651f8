/**
 * `npm run prerequisites [-- test|start]`: the first step of `npm test` (and of `npm start`,
 * which calls ensurePrerequisites itself). Checks what the command needs and installs what is
 * missing when it can (root on Debian); otherwise says exactly what to run.
 */
import { UserFacingError } from "../neo4j/prerequisites.js";
import { ensurePrerequisites } from "./ensure.js";
import { localHost } from "./host.js";
import { NEEDS, type Purpose } from "./requirements.js";

const isPurpose = (name: string): name is Purpose => Object.hasOwn(NEEDS, name);

const purpose = process.argv[2] ?? "test";
if (!isPurpose(purpose)) {
  console.error(`usage: npm run prerequisites -- [${Object.keys(NEEDS).join("|")}]`);
  process.exit(2);
}
try {
  ensurePrerequisites(NEEDS[purpose], localHost());
} catch (err) {
  if (!(err instanceof UserFacingError)) throw err;
  console.error(`error: ${err.message}`);
  process.exit(1);
}
