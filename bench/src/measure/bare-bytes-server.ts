/**
 * The floor for the warm overview: a bare Node HTTP server that answers every request with one
 * recorded response (status, headers, body bytes exactly as the API sent them). Run as its own
 * process (tsx bare-bytes-server.ts FILE PORT), like the API, so autocannon never shares its
 * event loop. FILE is JSON: { headers: Record<string,string>, bodyBase64: string }.
 */
import { readFileSync } from "node:fs";
import http from "node:http";
import { z } from "zod";

const recorded = z.object({ headers: z.record(z.string(), z.string()), bodyBase64: z.string() });

const [file, port] = process.argv.slice(2);
if (!file || !port) {
  console.error("usage: bare-bytes-server.ts FILE PORT");
  process.exit(2);
}
const { headers, bodyBase64 } = recorded.parse(JSON.parse(readFileSync(file, "utf8")));
const body = Buffer.from(bodyBase64, "base64");
const server = http.createServer((_req, res) => {
  res.writeHead(200, { ...headers, "content-length": String(body.length) }).end(body);
});
server.keepAliveTimeout = 65_000;
server.listen(Number(port), "127.0.0.1", () => console.log("ready"));
process.on("SIGTERM", () => {
  server.close();
  server.closeAllConnections();
});
