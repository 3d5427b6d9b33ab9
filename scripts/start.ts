// `npm start`: migrate and seed the database, build when the sources changed, then serve with
// server.ts (Next.js behind the page cache).
import { spawn, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { buildIsCurrent, sourceHash, stampFile } from "./lib/build-stamp";
import { prepareDatabase } from "./prepare-db";

const next = path.join("node_modules", ".bin", "next");

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  await prepareDatabase();

  const port = process.env.PORT || "3000";
  // The build, too, defaults SITE_URL from the port (lib/env.ts).
  process.env.PORT = port;
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const hash = sourceHash();
  if (buildIsCurrent(distDir, hash)) {
    console.log("Build is current; skipping next build.");
  } else {
    console.log("Building the site (first start or changed sources)...");
    const build = spawnSync(next, ["build"], { stdio: "inherit", env: process.env });
    if (build.status !== 0) process.exit(build.status ?? 1);
    writeFileSync(stampFile(distDir), hash);
  }

  // The scheduler calls its own server, so the server must know its port.
  const server = spawn(path.join("node_modules", ".bin", "tsx"), ["scripts/server.ts", "-p", port], {
    stdio: "inherit",
    env: { ...process.env, PORT: port },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
