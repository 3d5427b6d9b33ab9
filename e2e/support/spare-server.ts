import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

// A server of the suite's build on a database of its own, started and killed by a test (the
// crash test). Node runs the server itself (tsx as a loader, not a launcher process), so a
// signal reaches the server and its exit code is the server's.

export interface SpareServer {
  url: string;
  process: ChildProcess;
  exited: Promise<number | null>;
  kill: (signal: NodeJS.Signals) => void;
}

export interface SpareServerOptions {
  /** A build of its own (a copy of the suite's), instead of the suite's. */
  distDir?: string;
  /** The public origin; null leaves SITE_URL unset, so the server defaults it from its port. */
  siteUrl?: string | null;
  /** The media folder of a database seeded for the test. */
  mediaDir?: string;
  /** More settings for the server (TRUSTED_PROXIES, ...). */
  env?: Record<string, string>;
}

export async function startSpareServer(
  port: number,
  databaseFile: string,
  options: SpareServerOptions = {},
): Promise<SpareServer> {
  const url = `http://127.0.0.1:${port}`;
  const siteUrl = options.siteUrl === undefined ? url : options.siteUrl;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: `file:${path.resolve(databaseFile)}`,
    NEXT_DIST_DIR: options.distDir ?? (process.env.E2E_DIST_DIR || ".next-e2e"),
    MEDIA_DIR: options.mediaDir ?? process.env.E2E_MEDIA_DIR,
    SITE_URL: siteUrl ?? undefined,
    PORT: String(port),
    SCHEDULER_INTERVAL_MS: "3000",
    ...options.env,
  };
  if (siteUrl === null) delete env.SITE_URL;
  // Something left on the port (a run stopped halfway) would answer for this server with another build.
  if (
    await fetch(`${url}/api/health`).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`Port ${port} is already taken; stop what listens there`);
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/server.ts", "-H", "127.0.0.1", "-p", String(port)],
    {
      stdio: ["ignore", "ignore", "inherit"],
      env,
    },
  );
  // A failing test must not leave its server behind: it goes when the test worker goes.
  const reap = () => void child.kill("SIGKILL");
  process.once("exit", reap);
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      process.off("exit", reap);
      resolve(code);
    }),
  );
  const kill = (signal: NodeJS.Signals) => void child.kill(signal);
  // Up when the health check answers: Next is ready and the database reachable.
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, process: child, exited, kill };
    await new Promise((r) => setTimeout(r, 200));
  }
  kill("SIGKILL");
  throw new Error(`The spare server on ${url} did not start`);
}
