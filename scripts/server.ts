// The production server (`npm start`, the end-to-end suite, the benchmark): Next.js's own request
// handler, as `next start` runs it, behind the page cache in lib/page-cache, with the security
// headers, request ids and JSON request logs of lib/http on every response. Same options as
// `next start`: -p/--port (or PORT) and -H/--hostname (all addresses by default). PAGE_CACHE_MB
// sizes the page cache (default 64; 0 turns it off).
import { createServer, type IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { parseArgs } from "node:util";

async function main() {
  (process.env as Record<string, string>).NODE_ENV = "production";
  // .env files, as Next.js reads them, before anything reads the environment (lib/env.ts does so
  // when first imported, and the page cache's database must be the app's).
  const { loadEnvConfig } = await import("@next/env");
  loadEnvConfig(process.cwd(), false);
  const { values } = parseArgs({
    options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
    allowPositionals: true,
  });
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  const host = values.hostname ?? "0.0.0.0";
  const cacheMb = Number(process.env.PAGE_CACHE_MB ?? 64);
  // SITE_URL's default is this server's own port: lib/env.ts reads it from PORT.
  process.env.PORT = String(port);

  // Imported only now, so that Next.js starts in production mode.
  const { default: next } = await import("next");
  const { createPrismaClient } = await import("@/lib/db/client");
  const { env, siteUrlIsDefault } = await import("@/lib/env");
  const { pageCache } = await import("@/lib/page-cache/server");
  const { logger } = await import("@/lib/http/logger");
  const { frontDoor } = await import("@/lib/http/front-door");
  const { documentCsp } = await import("@/lib/http/document-csp");
  const { canonicalUrls } = await import("@/lib/http/canonical-url");
  const { findRedirect } = await import("@/lib/seo/read/redirects");
  const { wasRemoved } = await import("@/lib/seo/read/gone");
  const { markServing } = await import("@/lib/backup/sqlite-backup");
  const { sqliteFile } = await import("./lib/database");
  const { nextHostname } = await import("@/lib/http/next-hostname");
  const { databaseEpoch } = await import("@/lib/cache/database-epoch");
  const { discardForeignCaches } = await import("@/lib/cache/next-cache-key");
  const { collabServer } = await import("@/lib/collab/server");
  const { authSecret } = await import("@/lib/auth/secret");
  const { upgradeOriginAllowed } = await import("@/lib/collab/upgrade-origin");

  // Pages and data cached by the build or an earlier server, under another origin or from another
  // database (or this one before a reseed or restore), must not be served: they go before Next starts.
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const epochDb = createPrismaClient(env.DATABASE_URL);
  const epoch = await databaseEpoch(epochDb).finally(() => epochDb.$disconnect());
  if (discardForeignCaches(distDir, { origin: env.SITE_URL, database: env.DATABASE_URL, epoch }))
    logger.info({ origin: env.SITE_URL }, "discarded cached pages and data filled under another origin or database");

  const app = next({ dev: false, dir: process.cwd(), hostname: nextHostname(host), port });
  await app.prepare();
  const nextHandler = app.getRequestHandler();
  // The server's own reads (the page cache's invalidations, redirects, removed stories), apart
  // from the app's.
  const serverDb = createPrismaClient(env.DATABASE_URL);
  let handle = documentCsp((req, res) => nextHandler(req, res), { gone: (path) => wasRemoved(serverDb, path) });
  let stopCache = async () => {
    await serverDb.$disconnect();
  };
  if (cacheMb > 0) {
    const cache = pageCache({ db: serverDb, maxBytes: cacheMb * 1024 * 1024, log: (message) => logger.warn(message) });
    await cache.start();
    handle = cache.wrap(handle);
    stopCache = async () => {
      cache.stop();
      await serverDb.$disconnect();
    };
  }
  handle = canonicalUrls(handle, (path) => findRedirect(serverDb, path));
  handle = frontDoor(handle, { siteUrl: env.SITE_URL, log: logger, trustedProxies: env.TRUSTED_PROXIES });

  // `npm run restore` refuses to replace a database a server is using.
  const file = sqliteFile(env.DATABASE_URL);
  const unmark = file ? markServing(file) : () => {};
  process.on("exit", unmark);

  const server = createServer((req, res) => void handle(req, res));
  // A client sending `Expect: 100-continue` is told to go on, or refused, by the front door.
  for (const event of ["checkContinue", "checkExpectation"]) server.on(event, (req, res) => void handle(req, res));
  // Co-editing (lib/collab): WebSocket upgrades on the desk's path, from the site's own pages only.
  const collabDb = createPrismaClient(env.DATABASE_URL);
  const collab = collabServer({
    db: collabDb,
    secret: authSecret(),
    secure: env.SITE_URL.startsWith("https://"),
    log: logger,
    redis: env.REDIS_URL ? { url: env.REDIS_URL, prefix: env.REDIS_PREFIX } : undefined,
  });
  const upgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!upgradeOriginAllowed(req.headers, env.SITE_URL)) {
      socket.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n");
      return;
    }
    if (!collab.upgrade(req, socket, head)) socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n");
  };
  // Next's request handler adds an "upgrade" listener of its own at the first request, which ends
  // every socket it does not know (ours included, a second after they open): upgrades go here only.
  const emit = server.emit.bind(server);
  server.emit = ((event: string, ...args: unknown[]) =>
    event === "upgrade"
      ? (upgrade(...(args as [IncomingMessage, Duplex, Buffer])), true)
      : emit(event, ...args)) as typeof server.emit;

  server.listen(port, host, () => {
    if (siteUrlIsDefault)
      logger.warn(
        { origin: env.SITE_URL },
        `SITE_URL is not set: links, feeds and sitemaps name ${env.SITE_URL}. Production must set SITE_URL to the public origin.`,
      );
    logger.info(
      { port, host, origin: env.SITE_URL, pageCacheMb: cacheMb },
      `Broadsheet ready on http://${host === "0.0.0.0" ? "localhost" : host}:${port}`,
    );
  });

  // Stop taking connections, let the requests in flight finish (idle keep-alive connections are
  // closed at once), then close the databases so SQLite checkpoints its log. A request that has
  // not finished in 10 seconds is cut off.
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    setTimeout(() => {
      logger.warn("requests still in flight after 10 s; exiting");
      process.exit(1);
    }, 10_000).unref();
    // The documents being edited are stored before the connections close.
    const flushed = collab.flush().finally(() => collab.stop());
    server.close(async () => {
      await flushed;
      await stopCache();
      await collabDb.$disconnect().catch(() => {});
      const appDb = (globalThis as { broadsheetDb?: { $disconnect(): Promise<void> } }).broadsheetDb;
      await appDb?.$disconnect().catch(() => {});
      logger.info("stopped");
      process.exit(0);
    });
    // Connections kept alive become idle as their last request finishes.
    setInterval(() => server.closeIdleConnections(), 100).unref();
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => shutdown(signal));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
