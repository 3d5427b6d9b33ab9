import type { IncomingMessage, ServerResponse } from "node:http";
import { finishResponse, takeAcceptEncoding } from "./finish";
import { contentSecurityPolicy } from "./security-headers";
import { inlineScriptHashes } from "./inline-scripts";

// Wraps Next's handler so that every HTML document leaves with a Content-Security-Policy naming
// the hashes of its own inline scripts. The hashes are known only once the whole document is
// written, so an HTML document is held back until it ends (the page cache stores the finished
// page with its header, so cached pages keep their policy). Feeds and sitemaps are held back
// too, and both leave through lib/http/finish.ts: validators, 304s and compression. Everything
// else passes through untouched, with the default policy set earlier.

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
type Callback = (error?: Error | null) => void;

export interface DocumentOptions {
  /** Whether a path Next answered 404 names a story that readers could once read (then 410). */
  gone?: (path: string) => Promise<boolean>;
}

/** Bodies finished here: HTML documents, feeds and sitemaps. */
const HELD_TYPES =
  /^(text\/html|application\/xml|text\/xml|application\/rss\+xml|application\/atom\+xml|application\/feed\+json)\b/;

/**
 * Requests whose answer may be an HTML document: not Next's client-side navigation or actions
 * (React Server Components payloads), nor its build assets or media. The request's Accept header
 * does not decide: a page cached for any client is served to browsers.
 */
function mayBeDocument(req: IncomingMessage) {
  if (req.headers.rsc !== undefined || req.headers["next-action"] !== undefined) return false;
  return !/^\/(_next|media)\//.test(req.url ?? "");
}

/**
 * Next appends a second, identical Location when a redirect is rendered on a cache miss (some
 * clients then follow a garbage URL): a response has one Location.
 */
function oneLocation(res: ServerResponse) {
  const append = res.appendHeader.bind(res);
  res.appendHeader = ((name: string, value: string | readonly string[]) =>
    name.toLowerCase() === "location"
      ? res.setHeader(name, value)
      : append(name, value)) as ServerResponse["appendHeader"];
}

const pathOf = (req: IncomingMessage) => (req.url ?? "/").split("?")[0]!;

export function documentCsp(handle: Handler, options: DocumentOptions = {}): Handler {
  return (req, res) => {
    oneLocation(res);
    if (!mayBeDocument(req)) return handle(req, res);
    // Next compresses when asked; the hashes need the plain text, so compression happens here.
    const acceptEncoding = takeAcceptEncoding(req);

    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    const flushHeaders = res.flushHeaders.bind(res);
    let decided: boolean | undefined;
    const chunks: Buffer[] = [];
    // Decided when the first byte or the headers would leave: hold back documents, feeds and sitemaps only.
    const holding = () => {
      // A 304 carries no policy, whatever Next set or left: the browser lays a 304's policy over
      // the one it stored with the page, and a default policy without the page's hashes would
      // block every inline script of the stored page.
      if (res.statusCode === 304 && !res.headersSent) res.removeHeader("content-security-policy");
      decided ??=
        HELD_TYPES.test(String(res.getHeader("content-type") ?? "")) && res.getHeader("content-encoding") === undefined;
      return decided;
    };
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function") return;
      chunks.push(
        typeof chunk === "string"
          ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
          : Buffer.from(chunk as Uint8Array),
      );
    };

    res.writeHead = ((status: number, ...rest: unknown[]) => {
      const headers = rest.find((r) => r && typeof r === "object");
      if (headers && !Array.isArray(headers))
        for (const [k, v] of Object.entries(headers)) if (v !== undefined) res.setHeader(k, v as string);
      res.statusCode = status;
      if (holding()) return res;
      return writeHead(status, ...rest);
    }) as ServerResponse["writeHead"];
    res.flushHeaders = () => {
      if (!holding()) flushHeaders();
    };
    res.write = ((chunk: unknown, encoding?: unknown, cb?: Callback) => {
      if (!holding()) return write(chunk, encoding, cb);
      keep(chunk, encoding);
      const done = typeof encoding === "function" ? (encoding as Callback) : cb;
      if (done) process.nextTick(done);
      return true;
    }) as ServerResponse["write"];
    res.end = ((chunk?: unknown, encoding?: unknown, cb?: Callback) => {
      if (!holding()) return end(chunk, encoding, cb);
      keep(chunk, encoding);
      const done =
        typeof chunk === "function"
          ? (chunk as Callback)
          : typeof encoding === "function"
            ? (encoding as Callback)
            : cb;
      const body = Buffer.concat(chunks);
      const html = /^text\/html\b/.test(String(res.getHeader("content-type") ?? ""));
      const finish = async () => {
        if (html && res.statusCode === 404 && options.gone && (await options.gone(pathOf(req)))) {
          res.statusCode = 410;
          res.setHeader("X-Robots-Tag", "noindex");
        }
        if (html && res.statusCode !== 304)
          res.setHeader("Content-Security-Policy", contentSecurityPolicy(inlineScriptHashes(body.toString("utf8"))));
        await finishResponse(req, res, acceptEncoding, { body, compress: true }, (out) => {
          // Let the headers out now: ending writes them through writeHead.
          decided = false;
          end(out, done);
        });
      };
      finish().catch((error: unknown) => res.destroy(error instanceof Error ? error : new Error(String(error))));
      return res;
    }) as ServerResponse["end"];
    return handle(req, res);
  };
}
