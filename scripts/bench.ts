// npm run bench [-- --sizes 1000,100000 --duration 10 --connections 10 --port 3320 --fresh]
// For each archive size: seeds data/bench-<size>.db (reused when it already has that many
// articles, unless --fresh), builds the site against it (reused while sources and database are
// unchanged), starts the production server (server.ts) and loads it from a separate process
// (autocannon) on 127.0.0.1: front page, an article, a section page, a search and the sitemap
// index. In the same run it measures a minimal Node server writing the article's HTML from memory
// (the baseline each page is compared with), cold article renders and single-reader searches.
// Prints a table per size and the growth from the smallest to the largest; writes
// bench/results.json. Not part of `npm test`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { sourceHash } from "./lib/build-stamp";
import { benchEnv, bin, buildOnce, startBenchServer, stopBenchServer } from "./lib/bench-server";
import { autocannon, startBaseline, timeSequential } from "./lib/bench-load";
import { printGrowth, printSize, type SizeResult } from "./lib/bench-report";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,100000" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    port: { type: "string", default: "3320" },
    fresh: { type: "boolean", default: false },
  },
});
const sizes = values.sizes.split(",").map(Number);
const seconds = Number(values.duration);
const connections = Number(values.connections);
const port = Number(values.port);
function seed(size: number, file: string) {
  if (values.fresh) for (const s of ["", "-wal", "-shm"]) rmSync(file + s, { force: true });
  if (existsSync(file)) {
    const db = new Database(file, { readonly: true });
    const count = (db.prepare(`SELECT count(*) AS n FROM "Article"`).get() as { n: number }).n;
    db.close();
    if (count === size) return console.log(`${file}: ${size.toLocaleString("en")} articles already`);
    rmSync(file, { force: true });
  }
  const started = Date.now();
  const run = spawnSync(bin("tsx"), ["scripts/seed-bulk.ts", "--articles", String(size)], {
    stdio: "inherit",
    env: benchEnv({ DATABASE_URL: `file:./${file}` }),
  });
  if (run.status !== 0) throw new Error("seeding failed");
  console.log(`seeded ${size.toLocaleString("en")} articles in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

function pickUrls(file: string) {
  const db = new Database(file, { readonly: true });
  const visible = `a.status = 'PUBLISHED' AND a.deletedAt IS NULL AND a.publishedAt <= strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;
  const rows = db
    .prepare(
      `SELECT a.slug, s.slug AS section FROM Article a JOIN Section s ON s.id = a.sectionId WHERE ${visible} ORDER BY a.rowid`,
    )
    .all() as { slug: string; section: string }[];
  const titles = (
    db.prepare(`SELECT a.title FROM Article a WHERE ${visible} ORDER BY a.rowid`).all() as { title: string }[]
  ).map((r) => r.title);
  db.close();
  const newest = rows[rows.length - 1]!;
  // Cold renders: stories spread evenly through the archive, none requested before.
  const step = Math.max(1, Math.floor((rows.length - 1) / 60));
  const cold = rows.filter((_, i) => i % step === 0 && i < rows.length - 1).slice(0, 60);
  // Single-reader searches: a word from headlines spread through the archive.
  const words = titles
    .filter((_, i) => i % Math.max(1, Math.floor(titles.length / 40)) === 0)
    .map((t) => t.match(/\b[A-Za-z]{5,}\b/)?.[0])
    .filter((w): w is string => Boolean(w));
  return {
    pages: {
      "front page": "/",
      article: `/${newest.section}/${newest.slug}`,
      section: `/${newest.section}`,
      search: "/search?q=water+treaty",
      "sitemap index": "/sitemap.xml",
    } as Record<string, string>,
    cold: cold.map((r) => `/${r.section}/${r.slug}`),
    searches: words.slice(0, 40).map((w) => `/search?q=${encodeURIComponent(w)}`),
  };
}

async function measure(size: number): Promise<SizeResult> {
  const file = `data/bench-${size}.db`;
  const distDir = `.next-bench-${size}`;
  seed(size, file);
  const stat = statSync(file);
  buildOnce(distDir, `${sourceHash()}:${stat.size}:${stat.mtimeMs}`, { DATABASE_URL: `file:./${file}` });
  const { pages, cold, searches } = pickUrls(file);
  const base = `http://127.0.0.1:${port}`;
  const result: SizeResult = { size, pages: {}, skipped: {} };

  let server = await startBenchServer(port, distDir, { DATABASE_URL: `file:./${file}`, PAGE_CACHE_MB: "64" });
  try {
    // Cold article renders first, before anything else warms the caches they would use.
    await fetch(`${base}/`);
    result.coldArticle = await timeSequential(cold.map((p) => base + p));
    result.searchSingle = await timeSequential(searches.map((p) => base + p));
    for (const [name, url] of Object.entries(pages)) {
      const probe = await fetch(base + url);
      await probe.arrayBuffer();
      if (probe.status !== 200) {
        result.skipped[name] = `answers ${probe.status}`;
        continue;
      }
      for (let i = 0; i < 3; i++) await (await fetch(base + url)).arrayBuffer();
      result.pages[name] = await autocannon(base + url, connections, seconds);
    }
    // The baseline: a minimal Node server writing the same article HTML from memory.
    const article = await fetch(base + pages.article!);
    const html = Buffer.from(await article.arrayBuffer());
    const baseline = await startBaseline(
      html,
      article.headers.get("content-type") ?? "text/html",
      port + 1,
      path.join(tmpdir(), `broadsheet-bench-${size}.html`),
    );
    try {
      result.baseline = await autocannon(`http://127.0.0.1:${port + 1}/`, connections, seconds);
    } finally {
      baseline.kill();
    }
    result.articleBytes = html.length;
  } finally {
    stopBenchServer(server);
  }
  // Next.js alone (page cache off), for the article page: what the page cache adds.
  await new Promise((r) => setTimeout(r, 1000));
  server = await startBenchServer(port, distDir, { DATABASE_URL: `file:./${file}`, PAGE_CACHE_MB: "0" });
  try {
    for (let i = 0; i < 3; i++) await (await fetch(base + pages.article!)).arrayBuffer();
    result.articleWithoutPageCache = await autocannon(base + pages.article!, connections, seconds);
  } finally {
    stopBenchServer(server);
    await new Promise((r) => setTimeout(r, 1000));
  }
  return result;
}

async function main() {
  const machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? "",
    node: process.version,
    loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
  };
  console.log(
    `Broadsheet bench: ${machine.cpus} CPUs (${machine.cpu}), Node ${machine.node}, load average ${machine.loadAverageAtStart.join(" ")}`,
  );
  console.log(`autocannon -c ${connections} -d ${seconds} per page, from a separate process, on 127.0.0.1\n`);
  const results: SizeResult[] = [];
  for (const size of sizes) {
    const r = await measure(size);
    results.push(r);
    printSize(r);
  }
  if (results.length > 1) printGrowth(results[0]!, results[results.length - 1]!);
  mkdirSync("bench", { recursive: true });
  writeFileSync(
    "bench/results.json",
    `${JSON.stringify({ date: new Date().toISOString(), machine, settings: { connections, seconds, sizes }, results, loadAverageAtEnd: loadavg() }, null, 2)}\n`,
  );
  console.log("\nWritten to bench/results.json");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
