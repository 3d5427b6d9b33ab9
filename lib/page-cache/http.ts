import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { finishResponse, identityBodyOf } from "@/lib/http/finish";
import type { CachedPage } from "./store";

// Writing a stored page to a client, and copying the page Next.js writes so it can be stored.

export const CACHE_STATUS_HEADER = "x-broadsheet-cache";

export { etagOf } from "@/lib/http/validators";

/**
 * Sends a stored page through the same finishing path as a fresh one (lib/http/finish.ts): 304
 * when the client has it, compressed when the client accepts it, with its ETag and Last-Modified.
 */
export function sendCached(req: IncomingMessage, res: ServerResponse, page: CachedPage) {
  res.statusCode = page.status;
  for (const [name, value] of Object.entries(page.headers)) res.setHeader(name, value);
  res.setHeader(CACHE_STATUS_HEADER, "HIT");
  const finished = { body: page.body, etag: page.etag, encoded: { br: page.br, gzip: page.gzip }, compress: false };
  finishResponse(req, res, String(req.headers["accept-encoding"] ?? ""), finished, (body) => res.end(body)).catch(
    (error: unknown) => res.destroy(error instanceof Error ? error : new Error(String(error))),
  );
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Compressed copies of a body, made off the request path. */
export async function compress(body: Buffer): Promise<{ gzip: Buffer; br: Buffer }> {
  const [gz, br] = await Promise.all([
    gzipAsync(body, { level: 6 }),
    brotliAsync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
  ]);
  return { gzip: gz, br };
}

export interface Captured {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

type Chunk = string | Uint8Array;
type Callback = (error?: Error | null) => void;

/**
 * Copies everything written to `res` while passing it through unchanged, and calls `done` with
 * the whole response once it has been sent. Bodies over `limit` bytes are not kept.
 */
export function captureResponse(res: ServerResponse, limit: number, done: (captured: Captured | null) => void) {
  const chunks: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let headersFromWriteHead: OutgoingHttpHeaders = {};
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (overflow || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buf =
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.from(chunk as Uint8Array);
    size += buf.length;
    if (size > limit) {
      overflow = true;
      chunks.length = 0;
    } else chunks.push(buf);
  };

  const write = res.write.bind(res) as (chunk: Chunk, ...rest: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.write = ((chunk: Chunk, encoding?: BufferEncoding | Callback, cb?: Callback) => {
    keep(chunk, encoding);
    return write(chunk, encoding as BufferEncoding, cb as Callback);
  }) as ServerResponse["write"];
  res.end = ((chunk?: Chunk | Callback, encoding?: BufferEncoding | Callback, cb?: Callback) => {
    keep(chunk, encoding);
    return end(chunk, encoding, cb);
  }) as ServerResponse["end"];
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = rest.find((r) => r && typeof r === "object");
    if (headers && !Array.isArray(headers)) headersFromWriteHead = headers as OutgoingHttpHeaders;
    return writeHead(status, ...rest);
  }) as ServerResponse["writeHead"];

  res.once("finish", () => {
    // A body compressed for this client is kept as it was before compression.
    const identity = identityBodyOf(res);
    if (overflow || (identity && identity.length > limit)) return done(null);
    const headers: OutgoingHttpHeaders = { ...res.getHeaders() };
    for (const [name, value] of Object.entries(headersFromWriteHead)) headers[name.toLowerCase()] = value;
    if (identity) delete headers["content-encoding"];
    done({ status: res.statusCode, headers, body: identity ?? Buffer.concat(chunks) });
  });
}
