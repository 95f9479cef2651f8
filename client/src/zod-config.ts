import { config } from "zod";

/**
 * Zod (the shared model's validation) compiles its object parsers with `new Function` when it
 * can, and finds out whether it can by trying once. The site's Content-Security-Policy forbids
 * eval, so that try is a reported violation in every browser; the interpreted parsers are
 * plenty for the few values the client validates.
 */
config({ jitless: true });
