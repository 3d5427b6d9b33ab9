import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { hostname } from "node:os";
import type { PrismaClient } from "@/lib/db/client";
import { CACHE_SECONDS } from "@/lib/content/cache-tags";
import { invalidationReader, recordInvalidation } from "@/lib/cache/invalidation-log";
import { takeAcceptEncoding } from "@/lib/http/finish";
import { installBus, traceBus } from "./bus";
import { CACHE_STATUS_HEADER, captureResponse, compress, etagOf, sendCached } from "./http";
import { expireNextTags } from "./next-tags";
import { requestDecision, responseDecision, sharedLifetimeMs, storableHeaders } from "./policy";
import { PageStore } from "./store";

// The page cache in front of Next.js: anonymous readers' pages are answered from memory, as fast
// as Node can write bytes, until a desk change revalidates a cache tag the page was built from.
// Everything else, and every miss, goes to Next's own handler untouched.

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface PageCacheOptions {
  db: PrismaClient;
  maxBytes: number;
  pollMs?: number;
  log?: (message: string) => void;
}

export function pageCache({ db, maxBytes, pollMs = 1000, log = console.error }: PageCacheOptions) {
  const store = new PageStore({ maxBytes, ttlMs: CACHE_SECONDS * 1000 });
  const origin = `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  const reader = invalidationReader(db, { origin, replayMs: 7 * 86_400_000, keepMs: 7 * 86_400_000 });
  let warned = 0;
  const complain = (what: string, error: unknown) => {
    // Once a minute at most: a database outage must not flood the log.
    if (Date.now() - warned < 60_000) return;
    warned = Date.now();
    log(`page cache: ${what}: ${error instanceof Error ? error.message : String(error)}`);
  };

  const { bus, trace } = traceBus(async (tags) => {
    store.invalidate(tags);
    try {
      await recordInvalidation(db, tags, origin);
    } catch (error) {
      complain("could not share an invalidation with other instances", error);
    }
  });
  installBus(bus);

  let timer: NodeJS.Timeout | undefined;
  async function start() {
    for (const change of await reader.start()) expireNextTags(change.tags, change.createdAt.getTime());
    timer = setInterval(() => {
      reader
        .poll()
        .then((changes) => {
          for (const change of changes) {
            store.invalidate(change.tags);
            expireNextTags(change.tags);
          }
        })
        .catch((error) => complain("could not read invalidations", error));
    }, pollMs);
    timer.unref();
  }

  function wrap(handle: Handler): Handler {
    return async (req, res) => {
      const decision = requestDecision(req.method, req.url, req.headers);
      if (!decision.cache) {
        res.setHeader(CACHE_STATUS_HEADER, "BYPASS");
        return handle(req, res);
      }
      const hit = store.get(decision.key);
      if (hit) return sendCached(req, res, hit);
      res.setHeader(CACHE_STATUS_HEADER, "MISS");
      if (req.method !== "GET") return handle(req, res);

      // Fill: ask Next for the identity body (lib/http/finish.ts still sends this client a
      // compressed copy), note the invalidation mark before rendering, and collect the tags the
      // render reads.
      takeAcceptEncoding(req);
      const mark = store.mark();
      return trace((rendered) => {
        captureResponse(res, maxBytes / 4, (captured) => {
          if (!captured || rendered.stale) return;
          const tags = [...rendered.tags];
          if (!responseDecision(captured.status, captured.headers, tags).cache) return;
          const stored = store.set(
            decision.key,
            {
              status: captured.status,
              headers: storableHeaders(captured.headers),
              body: captured.body,
              tags,
              etag: etagOf(captured.body),
              ttlMs: sharedLifetimeMs(captured.headers) ?? undefined,
            },
            mark,
          );
          if (stored) {
            compress(stored.body)
              .then((c) => {
                store.addEncoding(decision.key, stored, "gzip", c.gzip);
                store.addEncoding(decision.key, stored, "br", c.br);
              })
              .catch((error) => complain("could not compress a page", error));
          }
        });
        return handle(req, res);
      });
    };
  }

  return { wrap, start, stop: () => clearInterval(timer), store };
}
