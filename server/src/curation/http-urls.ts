import { badInput } from "../schema/arguments.js";
import { isHttpUrl } from "../schema/http-url.js";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * A curator may set a node's `url` (`input: [{ url }]` on create, `update: { url: { set } }` on
 * update) only to an http(s) link: a `javascript:` or `data:` URL would otherwise reach every
 * visitor's "Open resource" link. Null clears the link and is allowed.
 */
export function requireHttpUrls(args: unknown, path: string[] = []): void {
  if (Array.isArray(args)) {
    args.forEach((v, i) => requireHttpUrls(v, [...path, String(i)]));
    return;
  }
  if (!isObject(args)) return;
  for (const [key, value] of Object.entries(args)) {
    // The root `where` only selects what to update.
    if (key === "where" && path.length === 0) continue;
    if (key === "url") {
      const url = isObject(value) ? value.set : value;
      if (url !== null && url !== undefined && (typeof url !== "string" || !isHttpUrl(url))) {
        const at = [...path, key].join(".");
        throw badInput(at, `${at} must be an http:// or https:// link (got ${JSON.stringify(url).slice(0, 80)}).`);
      }
      continue;
    }
    requireHttpUrls(value, [...path, key]);
  }
}
