import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildIsCurrent, stampFile } from "./build-stamp";
import { waitFor } from "./bench-load";

// The production build and server the benches measure: built into a dist folder of their own
// (kept while `fingerprint` is unchanged) and started as `npm start` starts it (server.ts).

export const bin = (name: string) => path.join("node_modules", ".bin", name);

/** The environment of every process a bench starts: no telemetry, plus `extra`. */
export const benchEnv = (extra: Record<string, string>) => ({
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  ...extra,
});

/** Builds the site into `distDir` unless the build there was made from `fingerprint`. */
export function buildOnce(distDir: string, fingerprint: string, env: Record<string, string>) {
  if (buildIsCurrent(distDir, fingerprint)) return console.log(`${distDir}: build is current`);
  rmSync(distDir, { recursive: true, force: true });
  // `next build` adds its dist folder's types to tsconfig.json; the benches' folders stay out of it.
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  const run = spawnSync(bin("next"), ["build"], {
    stdio: "inherit",
    env: benchEnv({ ...env, NEXT_DIST_DIR: distDir, SKIP_BUILD_TYPECHECK: "1" }),
  });
  writeFileSync("tsconfig.json", tsconfig);
  if (run.status !== 0) throw new Error("build failed");
  writeFileSync(stampFile(distDir), fingerprint);
}

/** Starts the production server from `distDir` on 127.0.0.1:`port`, once its front page answers. */
export async function startBenchServer(port: number, distDir: string, env: Record<string, string>) {
  const child = spawn(bin("tsx"), ["scripts/server.ts", "-H", "127.0.0.1", "-p", String(port)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: benchEnv({
      NEXTAUTH_SECRET: "bench",
      SITE_URL: `http://127.0.0.1:${port}`,
      ...env,
      NEXT_DIST_DIR: distDir,
    }),
    detached: true,
  });
  await waitFor(`http://127.0.0.1:${port}/`, 120_000);
  return child;
}

export function stopBenchServer(child: ChildProcess) {
  // The server runs in its own process group (tsx and node): stop all of it.
  try {
    process.kill(-child.pid!, "SIGTERM");
  } catch {
    child.kill("SIGTERM");
  }
}
