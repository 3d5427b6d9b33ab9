import { spawn } from "node:child_process";

// Readers for `npm run loadtest`: autocannon in a process of its own (so the load generator does
// not share an event loop with the desk users), cycling through a list of reader pages.

export interface ReaderLoad {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  status5xx: number;
  errors: number;
}

const RUNNER = `
const autocannon = require("autocannon");
const { url, connections, duration, paths } = JSON.parse(process.argv[1]);
autocannon({ url, connections, duration, requests: paths.map((path) => ({ method: "GET", path })) }, (err, r) => {
  if (err) { console.error(err); process.exit(1); }
  const codes = r.statusCodeStats || {};
  const status5xx = Object.entries(codes).filter(([c]) => c.startsWith("5")).reduce((n, [, v]) => n + v.count, 0);
  process.stdout.write(JSON.stringify({ requests: r.requests.total, requestsPerSecond: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, status5xx, errors: r.errors + r.timeouts }));
});`;

export function readerLoad(url: string, paths: string[], connections: number, duration: number): Promise<ReaderLoad> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", RUNNER, JSON.stringify({ url, connections, duration, paths })], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(JSON.parse(out) as ReaderLoad) : reject(new Error(`autocannon exited with ${code}`)),
    );
  });
}
