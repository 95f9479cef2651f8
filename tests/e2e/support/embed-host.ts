import http from "node:http";
import type { AddressInfo } from "node:net";

export interface EmbedHost {
  /** The host site's origin, as a browser names it in CSP frame-ancestors. */
  origin: string;
  /** Its page framing `src`. */
  pageFor: (src: string) => string;
  close: () => Promise<void>;
}

/**
 * Another site, as small as one can be: every GET answers a page that frames the URL in its
 * `src` parameter (`/?src=…`), as a site pasting the explorer's embed code would.
 */
export async function startEmbedHost(): Promise<EmbedHost> {
  const server = http.createServer((req, res) => {
    const src = new URL(req.url ?? "/", "http://host").searchParams.get("src") ?? "about:blank";
    const attribute = src.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
    res
      .writeHead(200, { "content-type": "text/html; charset=utf-8" })
      .end(
        `<!doctype html><html lang="en"><head><title>Host site</title></head>` +
          `<body><h1>A page of another site</h1><iframe id="embedded" title="Embedded view" src="${attribute}" width="1000" height="800"></iframe></body></html>`,
      );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    pageFor: (src) => `${origin}/?src=${encodeURIComponent(src)}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
