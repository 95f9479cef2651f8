import { writeFileSync } from "node:fs";
import path from "node:path";
import { printSchema } from "graphql";
import { format, resolveConfig } from "prettier";
import { buildSchema } from "./build-schema.js";

/**
 * `npm run schema:print`: writes the full schema the server runs (entity layer included) to
 * server/schema.graphql, the file client types are generated from. A test checks the two agree.
 */
export const schemaFile = path.resolve(import.meta.dirname, "../../schema.graphql");

const schema = await buildSchema();
// Formatted as the repository's Prettier check expects, so a reprint never fails lint.
const text = await format(printSchema(schema), { ...(await resolveConfig(schemaFile)), filepath: schemaFile });
writeFileSync(schemaFile, text);
console.log(`Wrote ${path.relative(process.cwd(), schemaFile)}`);
