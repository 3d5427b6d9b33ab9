import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { chooseEncoding, etagOf, lastModifiedOf, notModified, representationEtag, type Encoding } from "./validators";

// The one path by which a whole response body leaves the server, whether Next just rendered it
// (lib/http/document-csp.ts) or the page cache kept it (lib/page-cache/http.ts): the status, the
// validators (a strong ETag, Last-Modified from the content's own date), the answer to a
// conditional GET, and the content-coding are decided here for both alike.

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Below this, compressing saves less than it costs. */
const MIN_COMPRESS_BYTES = 1024;

export interface FinishedBody {
  /** The body without content-coding. */
  body: Buffer;
  /** The body's ETag when already known (the page cache keeps it). */
  etag?: string;
  /** Compressed copies made earlier; others are made now when `compress` is set. */
  encoded?: Partial<Record<Encoding, Buffer>>;
  compress: boolean;
}

/** Bodies as written before compression, for the page cache to keep (lib/page-cache/http.ts). */
const identityBodies = new WeakMap<ServerResponse, Buffer>();
export const identityBodyOf = (res: ServerResponse) => identityBodies.get(res);

const acceptedEncodings = new WeakMap<IncomingMessage, string>();

/**
 * Takes the client's Accept-Encoding off the request, so that Next never compresses what must be
 * hashed, stored or compared, and keeps it for this request's finishing (any number of calls).
 */
export function takeAcceptEncoding(req: IncomingMessage): string {
  if (!acceptedEncodings.has(req)) acceptedEncodings.set(req, String(req.headers["accept-encoding"] ?? ""));
  delete req.headers["accept-encoding"];
  return acceptedEncodings.get(req)!;
}

async function encode(body: Buffer, encoding: Encoding): Promise<Buffer> {
  if (encoding === "br") return brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } });
  return gzipAsync(body, { level: 6 });
}

function addVary(res: ServerResponse, name: string) {
  const vary = String(res.getHeader("vary") ?? "");
  if (!new RegExp(`\\b${name}\\b`, "i").test(vary)) res.setHeader("Vary", vary ? `${vary}, ${name}` : name);
}

/**
 * Browsers ask again for every page. A response with Last-Modified and no max-age may be kept by
 * a browser for a tenth of its age without asking (RFC 9111 4.2.2: `s-maxage` is for shared
 * caches only), so a page last changed a day ago would be kept for over two hours.
 */
function noHeuristicFreshness(res: ServerResponse) {
  const cacheControl = String(res.getHeader("cache-control") ?? "");
  if (!/(^|[\s,])(max-age|no-cache|no-store)\b/i.test(cacheControl))
    res.setHeader("Cache-Control", cacheControl ? `max-age=0, ${cacheControl}` : "max-age=0");
}

/**
 * Sends `finished` on `res` (whose status and other headers are set) through `send`, which
 * writes the head and the body. `acceptEncoding` is the client's header (Next is not shown it).
 */
export async function finishResponse(
  req: IncomingMessage,
  res: ServerResponse,
  acceptEncoding: string,
  finished: FinishedBody,
  send: (body?: Buffer) => void,
): Promise<void> {
  const { body } = finished;
  identityBodies.set(res, body);
  // Node writes no body for HEAD; an empty body says nothing about the page's validators.
  const validated = res.statusCode === 200 && !(req.method === "HEAD" && body.length === 0);
  const canEncode = (e: Encoding) =>
    !!finished.encoded?.[e] || (finished.compress && body.length >= MIN_COMPRESS_BYTES);
  const encoding = chooseEncoding(acceptEncoding, canEncode);
  addVary(res, "Accept-Encoding");

  if (validated) {
    const etag = finished.etag ?? etagOf(body);
    if (!res.hasHeader("last-modified")) {
      const modified = lastModifiedOf(body.toString("utf8"), String(res.getHeader("content-type") ?? ""));
      if (modified) res.setHeader("Last-Modified", modified.toUTCString());
    }
    if (res.hasHeader("last-modified")) noHeuristicFreshness(res);
    res.setHeader("ETag", representationEtag(etag, encoding));
    const lastModified = res.getHeader("last-modified");
    if (notModified(req.headers, etag, lastModified === undefined ? null : String(lastModified))) {
      res.statusCode = 304;
      // A 304's policy would replace the one the browser stored with the page (lib/http/document-csp.ts).
      for (const name of ["content-security-policy", "content-length", "content-type", "content-encoding"])
        res.removeHeader(name);
      send();
      return;
    }
  }

  const out = encoding ? (finished.encoded?.[encoding] ?? (await encode(body, encoding))) : body;
  if (encoding) res.setHeader("Content-Encoding", encoding);
  res.removeHeader("transfer-encoding");
  res.setHeader("Content-Length", out.length);
  send(req.method === "HEAD" ? undefined : out);
}
