// `npm run test:e2e`: the Playwright suite in E2E_SHARDS processes side by side (default 2), each
// with its own database, build and servers (E2E_PORT 3100, 3110, …), so waiting in one shard
// (scheduled publishing, cache expiry, polling) overlaps work in another. Spec files are dealt to
// the shards longest first by their durations in e2e/timings.json (measured with
// `E2E_RECORD_TIMINGS=1 npm run test:e2e`); a file missing from it counts as the median.
// Extra arguments go to every shard's `playwright test` (a spec file given here runs in one shard).
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deal } from "./lib/shards";

const TIMINGS = "e2e/timings.json";
const shards = Math.max(1, Number(process.env.E2E_SHARDS ?? 2));
const basePort = Number(process.env.E2E_PORT || 3100);
const args = process.argv.slice(2);
const fileArgs = args.filter((a) => /\.(spec|setup)\.ts$/.test(a));
const otherArgs = args.filter((a) => !fileArgs.includes(a));

function specFiles(): string[] {
  if (fileArgs.length) return fileArgs;
  return (
    readdirSync("e2e")
      .filter((f) => f.endsWith(".spec.ts"))
      // Two instances sharing edits through Redis: only where there is a Redis server to use.
      .filter((f) => f !== "editor-cluster.spec.ts" || process.env.E2E_REDIS_URL)
      .map((f) => `e2e/${f}`)
      .sort()
  );
}

function readTimings(): Record<string, number> {
  try {
    return JSON.parse(readFileSync(TIMINGS, "utf8")) as Record<string, number>;
  } catch {
    return {};
  }
}

interface JsonSuite {
  file: string;
  suites?: JsonSuite[];
  specs?: { tests: { results: { duration: number }[] }[] }[];
}

/** Seconds per spec file from a Playwright JSON report. */
function durations(report: string): Record<string, number> {
  const out: Record<string, number> = {};
  const walk = (suite: JsonSuite) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests)
        for (const r of t.results) out[`e2e/${suite.file}`] = (out[`e2e/${suite.file}`] ?? 0) + r.duration / 1000;
    suite.suites?.forEach(walk);
  };
  for (const suite of (JSON.parse(readFileSync(report, "utf8")) as { suites: JsonSuite[] }).suites) walk(suite);
  return out;
}

function runShard(index: number, files: string[]): Promise<number> {
  const port = basePort + 10 * index;
  const label = `[e2e ${index + 1}/${shards}]`;
  const report = `test-results/e2e-${port}.json`;
  const child = spawn(
    path.join("node_modules", ".bin", "playwright"),
    ["test", "--reporter=list,json", ...otherArgs, ...files],
    {
      env: {
        ...process.env,
        E2E_PORT: String(port),
        E2E_DIST_DIR: index === 0 ? ".next-e2e" : `.next-e2e-${index + 1}`,
        E2E_OUTPUT_DIR: `test-results/${port}`,
        PLAYWRIGHT_JSON_OUTPUT_NAME: report,
        // Colours would interleave into unreadable escapes with two shards on one terminal.
        FORCE_COLOR: "0",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const prefix = (chunk: Buffer, out: NodeJS.WriteStream) => {
    for (const line of chunk.toString("utf8").split("\n")) if (line) out.write(`${label} ${line}\n`);
  };
  child.stdout.on("data", (c: Buffer) => prefix(c, process.stdout));
  child.stderr.on("data", (c: Buffer) => prefix(c, process.stderr));
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
}

async function main() {
  const timings = readTimings();
  const groups = deal(specFiles(), timings, shards);
  const started = Date.now();
  for (const [i, files] of groups.entries()) console.log(`[e2e ${i + 1}/${shards}] ${files.join(" ")}`);
  const codes = await Promise.all(groups.map((files, i) => runShard(i, files)));
  console.log(`e2e: ${groups.length} shard(s) in ${Math.round((Date.now() - started) / 1000)} s, exit codes ${codes}`);
  if (process.env.E2E_RECORD_TIMINGS === "1") {
    const measured = Object.assign(
      {},
      timings,
      ...groups.map((_, i) => {
        const report = `test-results/e2e-${basePort + 10 * i}.json`;
        return existsSync(report) ? durations(report) : {};
      }),
    ) as Record<string, number>;
    const rounded = Object.fromEntries(
      Object.entries(measured)
        .filter(([f]) => f.endsWith(".spec.ts") && existsSync(f))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([f, s]) => [f, Math.round(s)]),
    );
    writeFileSync(TIMINGS, `${JSON.stringify(rounded, null, 2)}\n`);
    console.log(`e2e: durations written to ${TIMINGS}`);
  }
  for (const i of groups.keys()) rmSync(`test-results/e2e-${basePort + 10 * i}.json`, { force: true });
  process.exit(codes.every((c) => c === 0) ? 0 : 1);
}

void main();
