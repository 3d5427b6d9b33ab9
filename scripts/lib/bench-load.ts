import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";

// Load generation for `npm run bench`: autocannon in a process of its own, a baseline server that
// writes the same bytes from memory, and timed cold requests.

export interface LoadResult {
  url: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
}

/** Runs autocannon against `url` in a separate process and returns its figures (latency in ms). */
export function autocannon(url: string, connections: number, seconds: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join("node_modules", "autocannon", "autocannon.js"),
        "-j",
        "-c",
        String(connections),
        "-d",
        String(seconds),
        url,
      ],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}`));
      const r = JSON.parse(out) as {
        requests: { average: number; total: number };
        latency: { p50: number; p99: number };
        errors: number;
        timeouts: number;
        non2xx: number;
      };
      resolve({
        url,
        requestsPerSecond: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        errors: r.errors + r.timeouts + r.non2xx,
        requests: r.requests.total,
      });
    });
  });
}

/** Starts a minimal Node HTTP server that answers every request with `body` from memory. */
export async function startBaseline(
  body: Buffer,
  contentType: string,
  port: number,
  file: string,
): Promise<ChildProcess> {
  writeFileSync(file, body);
  const script = `
    const body = require("fs").readFileSync(${JSON.stringify(file)});
    require("http").createServer((req, res) => {
      res.setHeader("content-type", ${JSON.stringify(contentType)});
      res.setHeader("content-length", body.length);
      res.end(body);
    }).listen(${port}, "127.0.0.1", () => console.log("ready"));`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`baseline server exited with ${code}`)));
  });
  return child;
}

export async function waitFor(url: string, timeoutMs: number) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > end) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export interface Timings {
  count: number;
  p50: number;
  p99: number;
  errors: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

/** Requests each URL once, one after another, and returns the latency percentiles (ms). */
export async function timeSequential(urls: string[]): Promise<Timings> {
  const times: number[] = [];
  let errors = 0;
  for (const url of urls) {
    const start = performance.now();
    const res = await fetch(url);
    await res.arrayBuffer();
    times.push(performance.now() - start);
    if (res.status !== 200) errors++;
  }
  times.sort((a, b) => a - b);
  return { count: times.length, p50: round(percentile(times, 50)), p99: round(percentile(times, 99)), errors };
}

const round = (n: number) => Math.round(n * 10) / 10;
