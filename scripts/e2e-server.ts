// The end-to-end suite's servers: a fresh database and media folder with the demo content, a
// production build of its own (so it never disturbs `npm start`'s), served by server.ts as `npm
// start` serves it, twice: on E2E_PORT and, as a second instance on the same database, on
// E2E_PORT + 1 (the page cache must stay correct across instances). SQLite by default;
// E2E_DATABASE_URL=postgresql://… runs the suite on an empty PostgreSQL database instead
// (everything in it is dropped first).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { isPostgresUrl } from "@/lib/db/client";
import { prepareDatabase } from "./prepare-db";

const port = Number(process.env.E2E_PORT || 3100);
const dbFile = process.env.E2E_DB_FILE || `data/e2e-${port}.db`;
const mediaDir = process.env.E2E_MEDIA_DIR || `data/e2e-${port}-media`;
// A second suite running beside this one sets E2E_DIST_DIR to a folder of its own.
const distDir = process.env.E2E_DIST_DIR || ".next-e2e";
const bin = (name: string) => path.join("node_modules", ".bin", name);

async function freshDatabase(): Promise<string> {
  const url = process.env.E2E_DATABASE_URL;
  if (url && isPostgresUrl(url)) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    await client.end();
    return url;
  }
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${dbFile}${suffix}`, { force: true });
  return `file:./${dbFile}`;
}

async function main() {
  process.env.DATABASE_URL = await freshDatabase();
  rmSync(mediaDir, { recursive: true, force: true });
  process.env.MEDIA_DIR = mediaDir;
  process.env.NEXT_DIST_DIR = distDir;
  process.env.SITE_URL ??= `http://127.0.0.1:${port}`;
  // The suite runs `npm run typecheck` separately in CI; the build need not repeat it.
  process.env.SKIP_BUILD_TYPECHECK ??= "1";
  // Request logs would bury the test report; warnings and errors still show.
  process.env.LOG_LEVEL ??= "warn";
  await prepareDatabase(process.env.DATABASE_URL, mediaDir);
  // Always a clean build: prerendered pages and the data cache must come from this database.
  rmSync(distDir, { recursive: true, force: true });
  const build = spawnSync(bin("next"), ["build"], { stdio: "inherit", env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const servers: ChildProcess[] = [port, port + 1].map((p) =>
    spawn(bin("tsx"), ["scripts/server.ts", "-H", "127.0.0.1", "-p", String(p)], {
      stdio: "inherit",
      // The scheduler calls its own server, so each instance must know its port.
      env: { ...process.env, PORT: String(p), SCHEDULER_INTERVAL_MS: "3000" },
    }),
  );
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => servers.forEach((s) => s.kill(signal)));
  // One stopping stops the suite's servers: the other must not outlive it.
  for (const s of servers) {
    s.on("exit", (code) => {
      servers.forEach((other) => other.kill("SIGTERM"));
      process.exit(code ?? 0);
    });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
