import { parseArgs } from "node:util";
import { mintCuratorToken } from "@rrn/common/curator-token";

/**
 * `npm run curator:token -- --name <name> [--expires 8h] [--role curator]`: mints an HS256
 * token with the server's own secret, for local use. With a JWKS or OpenID set-up, tokens come
 * from the identity provider instead.
 */
const { values } = parseArgs({
  options: {
    name: { type: "string" },
    expires: { type: "string", default: "8h" },
    role: { type: "string", multiple: true },
  },
});

if (!values.name?.trim()) {
  console.error("Usage: npm run curator:token -- --name <your name> [--expires 8h] [--role curator]");
  process.exit(1);
}
try {
  console.log(
    await mintCuratorToken(process.env, { name: values.name.trim(), expires: values.expires, roles: values.role }),
  );
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
