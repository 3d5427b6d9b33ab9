import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import { ACTION_BODY_BYTES, MAX_REQUEST_BYTES } from "./body-limits";
import {
  CLIENT_ADDRESS_HEADER,
  clientAddress,
  markClientAddressHeaderSet,
  trustedPeer,
  type TrustedProxies,
} from "./client-address";
import { drainAfterEarlyAnswer } from "./refuse-and-drain";
import { securityHeaders } from "./security-headers";

// The outermost layer of scripts/server.ts: a request id, the security headers and one log line
// per request, for every response (pages, the desk, the API, media, cached pages).

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** Next.js would refuse an oversized action only after reading it, and answer 500; this says 413 at once. */
const bodyLimit = (req: IncomingMessage) => (req.headers["next-action"] ? ACTION_BODY_BYTES : MAX_REQUEST_BYTES);

/** A refused request's client is heard out for at most twice the limit or this long (lib/http/refuse-and-drain.ts). */
const DRAIN_MS = 5000;

/** As Node reads it: an HTTP/1.1 request asking to be told to go on before it sends its body. */
const CONTINUE = /(?:^|\W)100-continue(?:$|\W)/i;
const expectation = (req: IncomingMessage) => (req.httpVersion === "1.1" ? req.headers.expect : undefined);

/** A caller's request id is kept only when it looks like one (it is echoed and logged). */
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The path without its query (search terms, tokens) and without the one-time tokens that are paths. */
export const loggablePath = (url: string) =>
  (url.split("?")[0] ?? "").replace(/^\/(admin\/reset|preview)\/[^/]+/, "/$1/:token");

/**
 * Whether the path cannot be percent-decoded (`/tag/%ff`). Next's router throws on such a path
 * and answers 500; it is the caller's mistake, so it gets a 400 here instead.
 */
export function malformedPath(url: string): boolean {
  try {
    decodeURIComponent(url.split("?")[0] ?? "");
    return false;
  } catch {
    return true;
  }
}

/**
 * A server action (a POST naming one, or a form posted to a page) from a page of another origin.
 * Next refuses it by throwing, a 500; this is its own rule (Origin's host against X-Forwarded-Host,
 * else Host), so the same requests get a 403 before Next reads them. No Origin is no browser:
 * Next lets those through, as this does.
 */
export function foreignServerAction(req: IncomingMessage): boolean {
  if (req.method !== "POST") return false;
  const multipartToPage =
    /^multipart\/form-data/i.test(req.headers["content-type"] ?? "") && !(req.url ?? "").startsWith("/api/");
  if (!req.headers["next-action"] && !multipartToPage) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  let originHost: string;
  try {
    originHost = origin === "null" ? "null" : new URL(origin).host;
  } catch {
    return true;
  }
  const forwarded = req.headers["x-forwarded-host"];
  const forwardedHost = (Array.isArray(forwarded) ? forwarded[0] : forwarded?.split(",")[0])?.trim();
  return originHost !== (forwardedHost || req.headers.host);
}

/**
 * Why the request is refused before any handler sees it (and before its body is sent, when the
 * client waits to be told to go on).
 */
function earlyRefusal(req: IncomingMessage): { status: number; message: string } | null {
  if (malformedPath(req.url ?? "")) return { status: 400, message: "Bad request: the address is not valid." };
  const expect = expectation(req);
  if (expect !== undefined && !CONTINUE.test(expect))
    return { status: 417, message: "Expectation failed: only 100-continue is supported." };
  if (foreignServerAction(req)) return { status: 403, message: "Forbidden: this action was sent from another site." };
  const limit = bodyLimit(req);
  if (Number(req.headers["content-length"]) > limit)
    return { status: 413, message: `Too large: at most ${limit / (1024 * 1024)} MB can be sent here.` };
  return null;
}

/**
 * The server's request handler. Give it the `checkContinue` and `checkExpectation` events too:
 * then a client that sends `Expect: 100-continue` is told to go on only when its request passes
 * the checks here, and otherwise gets the refusal before sending its body.
 */
export function frontDoor(
  handle: Handler,
  { siteUrl, log, trustedProxies = { hops: 0 } }: { siteUrl: string; log: Logger; trustedProxies?: TrustedProxies },
): Handler {
  const headers = Object.entries(securityHeaders(siteUrl));
  const isTrusted = trustedPeer(trustedProxies);
  markClientAddressHeaderSet();
  return async (req, res) => {
    // Whatever a client sent under this name is replaced: the app believes only this value.
    const forwardedFor = req.headers["x-forwarded-for"];
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(
      req.socket.remoteAddress,
      Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor,
      isTrusted,
    );
    const started = process.hrtime.bigint();
    const given = req.headers["x-request-id"];
    const id = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
    req.headers["x-request-id"] = id;
    res.setHeader("X-Request-Id", id);
    for (const [name, value] of headers) res.setHeader(name, value);
    res.once("close", () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const entry = {
        requestId: id,
        method: req.method,
        // The path without its query: queries can carry search terms and one-time tokens.
        path: loggablePath(req.url ?? ""),
        status: res.statusCode,
        durationMs: Math.round(ms * 10) / 10,
        cache: res.getHeader("x-broadsheet-cache"),
        aborted: !res.writableFinished || undefined,
      };
      if (res.statusCode >= 500) log.error(entry, "request failed");
      else log.info(entry, "request");
    });
    drainAfterEarlyAnswer(req, res, { maxBytes: 2 * bodyLimit(req), maxMs: DRAIN_MS });
    const refusal = earlyRefusal(req);
    if (refusal) {
      // Not writeHead: the headers must stay open for the drain's Connection and Content-Length.
      // Plain "text/plain" (the messages are ASCII): for that type exactly, Next's client makes a
      // refused server action's error message of the text.
      res.statusCode = refusal.status;
      res.setHeader("Content-Type", "text/plain");
      res.end(refusal.message);
      return;
    }
    if (CONTINUE.test(expectation(req) ?? "")) res.writeContinue();
    try {
      await handle(req, res);
    } catch (error) {
      log.error({ requestId: id, err: error }, "unhandled error");
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    }
  };
}
