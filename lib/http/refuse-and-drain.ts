import type { IncomingMessage, ServerResponse } from "node:http";

// An answer sent before the request's body has arrived (a refusal: too large, a malformed address,
// a method the route does not take, a session that has ended) must still reach the client. If the
// server closed the connection while the client was still sending, the client's next packets
// would draw a reset from the server's system, and a reset makes the client's system drop the
// answer it had received but not yet read: the person sees "network error" instead of "too
// large", depending on timing. So such an answer goes out whole, with `Connection: close`, and
// the connection stays open while what the client is still sending is read and dropped, up to a
// cap; only then is it closed. Past the cap the connection is closed anyway: a client sending far
// more than any route takes gets no more of the server's time.

export interface DrainCap {
  /** Bytes read and dropped at most. */
  maxBytes: number;
  /** How long the connection may stay open for it, in ms. */
  maxMs: number;
}

/** Whether part of the request's body may still be on its way. */
export function bodyStillComing(req: IncomingMessage): boolean {
  if (req.complete || req.destroyed) return false;
  return req.headers["transfer-encoding"] !== undefined || Number(req.headers["content-length"] ?? 0) > 0;
}

/**
 * Reads and drops the rest of the request's body. Resolves true once the body has ended, false
 * when the client went away or the cap was reached first. Reading through `read()` works whatever
 * else is attached to the request: a `data` listener gets the chunks too, an idle stream reader
 * is bypassed.
 */
export function drainBody(req: IncomingMessage, { maxBytes, maxMs }: DrainCap): Promise<boolean> {
  if (req.readableEnded) return Promise.resolve(true);
  if (req.destroyed) return Promise.resolve(false);
  return new Promise((resolve) => {
    let seen = 0;
    const settle = (ended: boolean) => {
      clearTimeout(timer);
      req.off("readable", read);
      req.off("end", onEnd);
      req.off("close", onGone);
      req.off("error", onGone);
      resolve(ended);
    };
    const read = () => {
      for (let chunk: Buffer | null; (chunk = req.read() as Buffer | null) !== null;) {
        seen += chunk.length;
        if (seen > maxBytes) return settle(false);
      }
    };
    const onEnd = () => settle(true);
    const onGone = () => settle(false);
    const timer = setTimeout(() => settle(false), maxMs);
    req.on("readable", read);
    req.once("end", onEnd);
    req.once("close", onGone);
    req.once("error", onGone);
    read();
  });
}

type End = (...args: unknown[]) => ServerResponse;

/** Splits `end`'s arguments: `end(cb)`, `end(chunk, cb)`, `end(chunk, encoding, cb)`. */
function endArguments(args: unknown[]) {
  const cb = args.find((a) => typeof a === "function") as (() => void) | undefined;
  const [chunk, encoding] = typeof args[0] === "function" ? [] : args;
  return {
    chunk: chunk === null || chunk === undefined ? undefined : (chunk as string | Uint8Array),
    encoding: typeof encoding === "string" ? (encoding as BufferEncoding) : undefined,
    cb,
  };
}

/** Statuses and methods whose answer never has a body (and so never a Content-Length). */
const bodiless = (req: IncomingMessage, res: ServerResponse) =>
  req.method === "HEAD" || res.statusCode === 204 || res.statusCode === 304 || res.statusCode < 200;

/**
 * Makes every answer to `req` that ends before its body has arrived reach the client (see the
 * top of this file). When the answer's headers have not left yet, it is sent whole, with its
 * length and `Connection: close`; then the rest of the body is drained within `cap`, and only
 * then does the response end (a streamed answer's last chunk waits for that too). Answers that
 * come after the body, nearly all of them, are untouched.
 */
export function drainAfterEarlyAnswer(req: IncomingMessage, res: ServerResponse, cap: DrainCap) {
  const end = res.end.bind(res) as End;
  res.end = ((...args: unknown[]) => {
    if (!bodyStillComing(req) || res.writableEnded) return end(...args);
    const { chunk, encoding, cb } = endArguments(args);
    if (!res.headersSent) {
      res.setHeader("Connection", "close");
      if (!bodiless(req, res) && !res.hasHeader("content-length"))
        res.setHeader("Content-Length", chunk === undefined ? 0 : Buffer.byteLength(chunk, encoding));
    }
    if (chunk !== undefined) res.write(chunk, encoding as BufferEncoding);
    else res.flushHeaders();
    void drainBody(req, cap).then((ended) =>
      end(() => {
        // Past the cap the rest of the body is not read: the connection goes now.
        if (!ended) req.socket?.destroy();
        cb?.();
      }),
    );
    return res;
  }) as ServerResponse["end"];
}
