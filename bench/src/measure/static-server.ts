import http from "node:http";

/** A tiny loopback server for the bare page and its elements, so it loads over HTTP like the app. */
export async function serveStatic(
  port: number,
  files: Record<string, { type: string; body: string }>,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const file = files[(req.url ?? "/").split("?")[0]!];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": file.type }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    // close() alone waits for every open socket, and Chromium keeps preconnected ones that never
    // carry a request (that, not the browser, is what held the run after the WebGL step).
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
