import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import sirv from "sirv";

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * A plain static file server over a folder, as any host would serve a static export: files as
 * they are (`/x` and `/x/` from `x/index.html`), `404.html` with status 404 for anything else.
 * None of the app's server is involved.
 */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const files = sirv(dir, { dev: true, etag: false, extensions: ["html"] });
  const notFound = readFileSync(path.join(dir, "404.html"));
  const server = http.createServer((req, res) => {
    files(req, res, () => {
      res.writeHead(404, { "content-type": "text/html; charset=utf-8" }).end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
