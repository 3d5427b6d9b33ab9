// `npm run lighthouse [-- <origin>]`: Lighthouse 12 in mobile mode on the front, article, section
// and author pages. With no origin it serves the site itself, like the e2e server: a fresh demo
// database (data/lighthouse.db) and its own build (.next-e2e-lighthouse, rebuilt when the
// sources changed), on LIGHTHOUSE_PORT (3300). It reports scores; it never fails because of them.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import { buildIsCurrent, sourceHash, stampFile } from "./lib/build-stamp";
import { prepareDatabase } from "./prepare-db";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const METRICS = [
  ["LCP", "largest-contentful-paint"],
  ["CLS", "cumulative-layout-shift"],
  ["TBT", "total-blocking-time"],
  ["FCP", "first-contentful-paint"],
  ["SI", "speed-index"],
] as const;
const next = path.join("node_modules", ".bin", "next");

// Lighthouse serialises some of its own functions to run them in the page. Under tsx those carry
// esbuild's `__name` helper, which the page does not have, so the audit itself runs in a plain
// Node process (Lighthouse's node API, untransformed) and hands back its report as JSON.
const RUNNER = `
import lighthouse from "lighthouse";
const [url, port, categories] = process.argv.slice(-3);
const result = await lighthouse(url, { port: Number(port), output: "json", logLevel: "error", onlyCategories: categories.split(",") });
process.stdout.write(JSON.stringify({ categories: result.lhr.categories, audits: result.lhr.audits, benchmarkIndex: result.lhr.environment.benchmarkIndex }));
`;

// A first visit makes the server render the page into its cache and encode each image size it
// asks for (AVIF takes most of a second); readers behind a CDN never wait for that. So each page is
// loaded once, the same way Lighthouse will load it, before it is measured.
const WARM_UP = `
import lighthouse from "lighthouse";
const [url, port] = process.argv.slice(-2);
await lighthouse(url, { port: Number(port), logLevel: "error", onlyAudits: ["first-contentful-paint"], throttlingMethod: "provided" });
`;

interface Report {
  /** Lighthouse's measure of this machine's CPU speed; scores from a busy or slow machine run low. */
  benchmarkIndex: number;
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; displayValue?: string }>;
}

function runNode(source: string, args: string[]): Promise<string> {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", source, "--", ...args], {
      env,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`Lighthouse exited with ${code} for ${args[0]}`)),
    );
  });
}

async function runLighthouse(url: string, port: number): Promise<Report> {
  await runNode(WARM_UP, [url, String(port)]);
  // Lighthouse's defaults are the mobile profile: a mid-range phone on a throttled 4G connection.
  return JSON.parse(await runNode(RUNNER, [url, String(port), CATEGORIES.join(",")])) as Report;
}

async function serveOwnSite(): Promise<{ origin: string; server: ChildProcess }> {
  const port = process.env.LIGHTHOUSE_PORT || "3300";
  const origin = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: "file:./data/lighthouse.db",
    NEXT_DIST_DIR: ".next-e2e-lighthouse",
    SITE_URL: origin,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  Object.assign(process.env, env);
  // A fresh copy of the demo each run, so the pages measured never depend on an older seed.
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`data/lighthouse.db${suffix}`, { force: true });
  await prepareDatabase(env.DATABASE_URL);
  const hash = sourceHash();
  if (!buildIsCurrent(env.NEXT_DIST_DIR, hash)) {
    console.log("Building the site for Lighthouse...");
    // next build adds its output folder's types to tsconfig.json; a measurement should leave no trace.
    const tsconfig = readFileSync("tsconfig.json", "utf8");
    const build = spawnSync(next, ["build"], { stdio: "inherit", env });
    writeFileSync("tsconfig.json", tsconfig);
    if (build.status !== 0) throw new Error(`next build failed (exit ${build.status})`);
    writeFileSync(stampFile(env.NEXT_DIST_DIR), hash);
  }
  const server = spawn(next, ["start", "-H", "127.0.0.1", "-p", port], { stdio: "ignore", env });
  for (let i = 0; i < 120; i++) {
    if (
      await fetch(`${origin}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { origin, server };
    await new Promise((r) => setTimeout(r, 500));
  }
  server.kill();
  throw new Error(`The server did not answer on ${origin}`);
}

/** The pages to audit, found by following links from the front page (so any running site works). */
async function pagesOf(origin: string): Promise<[string, string][]> {
  const html = (url: string) => fetch(url).then((r) => r.text());
  const front = await html(`${origin}/`);
  const article = front
    .match(/href="(\/[a-z0-9-]+\/[a-z0-9-]+)"/g)
    ?.map((m) => m.slice(6, -1))
    .find((p) => !/^\/(tag|author)\//.test(p));
  if (!article) throw new Error("No article link on the front page");
  const author = (await html(`${origin}${article}`)).match(/href="(\/author\/[a-z0-9-]+)"/)?.[1];
  if (!author) throw new Error(`No author link on ${article}`);
  return [
    ["front", "/"],
    ["article", article],
    ["section", `/${article.split("/")[1]}`],
    ["author", author],
  ];
}

const chromePath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

async function main() {
  const given = process.argv[2];
  const own = given ? null : await serveOwnSite();
  const origin = given ? given.replace(/\/+$/, "") : own!.origin;
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  try {
    const rows: string[][] = [];
    const problems: string[] = [];
    const benchmarks: number[] = [];
    for (const [name, page] of await pagesOf(origin)) {
      const { categories, audits, benchmarkIndex } = await runLighthouse(`${origin}${page}`, chrome.port);
      benchmarks.push(benchmarkIndex);
      rows.push([
        `${name} ${page}`,
        ...CATEGORIES.map((c) => String(Math.round((categories[c]?.score ?? 0) * 100))),
        ...METRICS.map(([, id]) => audits[id]?.displayValue ?? "-"),
      ]);
      for (const c of CATEGORIES) {
        for (const ref of categories[c]?.auditRefs ?? []) {
          const audit = audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1 && c !== "performance")
            problems.push(`${name}: [${c}] ${audit.title}`);
        }
      }
    }
    printTable(["page", "Perf", "A11y", "BP", "SEO", ...METRICS.map(([label]) => label)], rows);
    console.log(
      `\nCPU benchmark index: ${benchmarks.map((b) => Math.round(b)).join(", ")} (higher is faster; a busy machine lowers it, and the Performance score with it)`,
    );
    if (problems.length) console.log(`\nAudits below full marks:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  } finally {
    chrome.kill();
    own?.server.kill();
  }
}

function printTable(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  console.log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}\n${rows.map(line).join("\n")}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
