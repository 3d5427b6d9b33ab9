// The end-to-end suite's server: a fresh SQLite database and media folder with the demo content, a production
// build of its own (so it never disturbs `npm start`'s), served by `next start`.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { prepareDatabase } from "./prepare-db";

const port = process.env.E2E_PORT || "3100";
const dbFile = process.env.E2E_DB_FILE || `data/e2e-${port}.db`;
const mediaDir = process.env.E2E_MEDIA_DIR || `data/e2e-${port}-media`;
// A second suite running beside this one sets E2E_DIST_DIR to a folder of its own.
const distDir = process.env.E2E_DIST_DIR || ".next-e2e";
const next = path.join("node_modules", ".bin", "next");

async function main() {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${dbFile}${suffix}`, { force: true });
  rmSync(mediaDir, { recursive: true, force: true });
  process.env.DATABASE_URL = `file:./${dbFile}`;
  process.env.MEDIA_DIR = mediaDir;
  process.env.NEXT_DIST_DIR = distDir;
  process.env.SITE_URL ??= `http://127.0.0.1:${port}`;
  // The suite runs `npm run typecheck` separately in CI; the build need not repeat it.
  process.env.SKIP_BUILD_TYPECHECK ??= "1";
  await prepareDatabase(process.env.DATABASE_URL, mediaDir);
  // Always a clean build: prerendered pages and the data cache must come from this database.
  rmSync(distDir, { recursive: true, force: true });
  const build = spawnSync(next, ["build"], { stdio: "inherit", env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const server = spawn(next, ["start", "-H", "127.0.0.1", "-p", port], { stdio: "inherit", env: { ...process.env, PORT: port, SCHEDULER_INTERVAL_MS: "3000" } });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
