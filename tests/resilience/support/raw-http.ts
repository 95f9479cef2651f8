import http from "node:http";

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  ms: number;
}

/** Reads a whole answer; `ms` counts from `started` (performance.now()) to its last byte. */
function readResponse(
  res: http.IncomingMessage,
  started: number,
  resolve: (r: RawResponse) => void,
  reject: (err: Error) => void,
): void {
  const chunks: Buffer[] = [];
  res.on("data", (c: Buffer) => chunks.push(c));
  res.on("end", () =>
    resolve({
      status: res.statusCode ?? 0,
      headers: res.headers,
      body: Buffer.concat(chunks).toString("utf8"),
      ms: Math.round(performance.now() - started),
    }),
  );
  res.on("error", reject);
}

/**
 * One HTTP request with exactly the given method, headers and bytes (fetch would add a
 * content-type and refuse some headers), on a fresh connection. A server may answer before it
 * has read a large body and close the socket; the answer still counts, the write error does not.
 */
export function rawRequest(
  baseUrl: string,
  req: { method: string; path: string; headers: Record<string, string>; body: Buffer | undefined },
  timeoutMs = 30_000,
): Promise<RawResponse> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    let answered = false;
    const request = http.request(
      `${baseUrl}${req.path}`,
      {
        method: req.method,
        headers: { ...req.headers, ...(req.body ? { "content-length": String(req.body.length) } : {}) },
        agent: false,
        timeout: timeoutMs,
      },
      (res) => {
        answered = true;
        readResponse(res, started, resolve, reject);
      },
    );
    request.on("timeout", () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on("error", (err) => {
      if (!answered) reject(err);
    });
    request.end(req.body);
  });
}

export interface SlowRequest {
  /** Resolves once the headers and the first part of the body have been handed to the socket. */
  started: Promise<void>;
  /** Sends the rest of the body; the server can answer only after this. */
  finish: () => void;
  response: Promise<RawResponse>;
}

/**
 * A POST whose body arrives in two parts: between them the server has the request in hand but
 * cannot answer it, which makes "a request in flight" a state the test controls rather than a
 * race it hopes to win.
 */
export function slowPost(baseUrl: string, path: string, body: Buffer): SlowRequest {
  const half = Math.floor(body.length / 2);
  const began = performance.now();
  let markStarted: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  let request: http.ClientRequest | undefined;
  const response = new Promise<RawResponse>((resolve, reject) => {
    request = http.request(
      `${baseUrl}${path}`,
      {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": String(body.length) },
        agent: false,
      },
      (res) => readResponse(res, began, resolve, reject),
    );
    request.on("error", reject);
    request.flushHeaders();
    request.write(body.subarray(0, half), () => markStarted());
  });
  return { started, finish: () => request?.end(body.subarray(half)), response };
}
