/** Set by Vite's `define` at build time (client/vite.config.ts); absent in unit tests. */
declare const __GUIDE_CARDS__: { id: string; title: string; audience: string; questions: string[] }[] | undefined;
