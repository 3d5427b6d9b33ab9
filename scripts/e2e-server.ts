// The end-to-end suite's server: a fresh SQLite database with the demo content, a production
// build of its own (so it never disturbs `npm start`'s), served by `next start`.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { prepareDatabase } from "./prepare-db";

export const E2E_DATABASE_URL = "file:./data/e2e.db";
const distDir = ".next-e2e";
const next = path.join("node_modules", ".bin", "next");

async function main() {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`data/e2e.db${suffix}`, { force: true });
  process.env.DATABASE_URL = E2E_DATABASE_URL;
  process.env.NEXT_DIST_DIR = distDir;
  process.env.SITE_URL ??= `http://127.0.0.1:${process.env.E2E_PORT || 3100}`;
  await prepareDatabase(E2E_DATABASE_URL);
  // Always a clean build: prerendered pages and the data cache must come from this database.
  rmSync(distDir, { recursive: true, force: true });
  const build = spawnSync(next, ["build"], { stdio: "inherit", env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const server = spawn(next, ["start", "-H", "127.0.0.1", "-p", process.env.E2E_PORT || "3100"], { stdio: "inherit", env: process.env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
