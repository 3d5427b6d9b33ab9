// The production server (`npm start`, the end-to-end suite, the benchmark): Next.js's own request
// handler, as `next start` runs it, behind the page cache in lib/page-cache. Same options as
// `next start`: -p/--port (or PORT) and -H/--hostname (all addresses by default). PAGE_CACHE_MB
// sizes the page cache (default 64; 0 turns it off).
import { createServer } from "node:http";
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

  // Imported only now, so that Next.js starts in production mode.
  const { default: next } = await import("next");
  const { createPrismaClient } = await import("@/lib/db/client");
  const { env } = await import("@/lib/env");
  const { pageCache } = await import("@/lib/page-cache/server");

  const app = next({ dev: false, dir: process.cwd(), hostname: host, port });
  await app.prepare();
  const nextHandler = app.getRequestHandler();
  let handle = (req: Parameters<typeof nextHandler>[0], res: Parameters<typeof nextHandler>[1]) => nextHandler(req, res);
  let stop = () => {};
  if (cacheMb > 0) {
    const cache = pageCache({ db: createPrismaClient(env.DATABASE_URL), maxBytes: cacheMb * 1024 * 1024 });
    await cache.start();
    handle = cache.wrap(handle);
    stop = cache.stop;
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  server.listen(port, host, () => {
    console.log(`▲ Broadsheet ready on http://${host === "0.0.0.0" ? "localhost" : host}:${port} (page cache ${cacheMb > 0 ? `${cacheMb} MB` : "off"})`);
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      stop();
      // Finish requests in flight, then leave (as `next start` does).
      server.close(() => process.exit(0));
      setTimeout(() => process.exit(0), 10_000).unref();
    });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
