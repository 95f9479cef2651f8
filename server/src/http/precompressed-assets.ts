import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Request, RequestHandler, Response } from "express";
import { compressOnce } from "../read-cache/compress.js";

/** Text the browser downloads; source maps are for developers, fetched rarely. */
const COMPRESSIBLE = /\.(js|css|svg|json|html|txt)$/;

interface Encoded {
  br: Buffer;
  gzip: Buffer;
  type: string;
}

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * The build's hashed files, compressed once (brotli and gzip) and answered from memory to a
 * browser that accepts either: a phone on a slow network gets the app's JavaScript in about a
 * third of its bytes. Compression runs in the background after start (zlib's thread pool), so
 * the server listens at once; until a file is ready, and for identity, ranges and source maps,
 * requests fall through to express.static.
 */
export function precompressedAssets(assetsDir: string, headers: (res: Response) => void): RequestHandler {
  const files = new Map<string, Encoded>();
  // A build always has assets; a hand-made client folder (tests, a stub page) may not.
  const names = existsSync(assetsDir) ? readdirSync(assetsDir) : [];
  for (const name of names) {
    if (!COMPRESSIBLE.test(name)) continue;
    const body = readFileSync(path.join(assetsDir, name));
    void compressOnce(body).then(
      (forms) => files.set(`/${name}`, { ...forms, type: TYPES[path.extname(name)] ?? "application/octet-stream" }),
      // Not fatal: that file is served as it is on disk.
      () => undefined,
    );
  }
  return (req: Request, res: Response, next) => {
    const file = req.method === "GET" || req.method === "HEAD" ? files.get(req.path) : undefined;
    if (!file || req.headers.range !== undefined) return next();
    const encoding = req.acceptsEncodings("br", "gzip", "identity");
    if (encoding !== "br" && encoding !== "gzip") return next();
    const bytes = encoding === "br" ? file.br : file.gzip;
    res.vary("Accept-Encoding");
    res.setHeader("content-type", file.type);
    res.setHeader("content-encoding", encoding);
    res.setHeader("content-length", bytes.length);
    headers(res);
    if (req.method === "HEAD") res.end();
    else res.end(bytes);
  };
}
