// npm run bench:editor [-- --sizes 1000,15000,70000 --keys 200 --key-delay 100 --typing-seconds 150 --collaborators 2 --port 3330 --profile --trace --fresh]
// How the desk editor keeps up on long stories, in Chromium against the production build. Makes
// data/bench-editor.db (the demo publication and three desk accounts; reused unless --fresh),
// builds the site into .next-bench-editor (reused while sources are unchanged) and starts the
// production server (server.ts, with co-editing on /admin/collab). For each story length it writes
// a draft of that many words (paragraphs of sixty) and opens it as three people, each signed in in
// a browser context of their own: a typist and two collaborators whose carets sit in the story
// (--collaborators 0 or 1 leaves them out: all the pages share this machine's CPUs, so their own
// work on every key competes with the typist's).
// Then:
// - key-to-paint: the typist types --keys characters at the end of the story, one every
//   --key-delay ms (keys queue only when the editor takes longer than that); each is timed from
//   its keydown to the frame that shows it (scripts/lib/editor-probe.ts). The first ten warm the
//   page up, unmeasured.
// - bytes stored per hour of typing: the typist types for --typing-seconds at five characters a
//   second; the growth of the story's stored document (ArticleDocument.state) and of its revisions
//   (Revision.snapshot) is scaled to an hour. One person's autosaves within two minutes share a
//   revision (lib/articles/revision-log.ts), so the default period is longer than that, and the
//   table also gives the hour's revisions as one whole snapshot per two minutes.
// - the baseline: the same keys typed into a plain editable copy of the story in the same page,
//   with no editor code, timed the same way; the table gives the editor's p95 as a ratio of it.
// --profile writes the typist's CPU profile while it types the timed keys to
// bench/editor-<words>.cpuprofile; --trace writes Chromium's performance trace of the same keys
// (style, layout, paint and script on the page's main thread, for DevTools' Performance panel) to
// bench/editor-<words>.trace.json and prints the main thread's time per key by kind. Prints a table; writes bench/editor-results.json. Not part of
// `npm test`.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, expect, type Browser, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { createPrismaClient } from "@/lib/db/client";
import { createAccount } from "@/lib/users/accounts";
import { createDraft } from "@/lib/articles/lifecycle";
import { deriveBodyFields } from "@/lib/content/derive";
import { COALESCE_MS } from "@/lib/articles/revision-log";
import type { ArticleDocument } from "@/lib/editor/document";
import { sourceHash } from "./lib/build-stamp";
import { buildOnce, startBenchServer, stopBenchServer } from "./lib/bench-server";
import { installProbe, percentile, PROSE, storyBody, takeSamples } from "./lib/editor-probe";
import { prepareDatabase } from "./prepare-db";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,15000,70000" },
    keys: { type: "string", default: "200" },
    "key-delay": { type: "string", default: "100" },
    "typing-seconds": { type: "string", default: "150" },
    port: { type: "string", default: "3330" },
    collaborators: { type: "string", default: "2" },
    profile: { type: "boolean", default: false },
    trace: { type: "boolean", default: false },
    fresh: { type: "boolean", default: false },
  },
});
const sizes = values.sizes.split(",").map(Number);
const keys = Number(values.keys);
const keyDelay = Number(values["key-delay"]);
const typingSeconds = Number(values["typing-seconds"]);
const port = Number(values.port);
const collaborators = Math.min(2, Math.max(0, Number(values.collaborators)));
const base = `http://127.0.0.1:${port}`;
const file = "data/bench-editor.db";
const url = `file:./${file}`;
const mediaDir = "data/bench-editor-media";
const distDir = ".next-bench-editor";
const WARM_UP_KEYS = 10;
const PASSWORD = "bench harbour lantern 42";
const people = [
  { email: "typist@bench.test", name: "Tess Typist" },
  { email: "second@bench.test", name: "Sam Second" },
  { email: "third@bench.test", name: "Theo Third" },
];
const serverEnv = { DATABASE_URL: url, MEDIA_DIR: mediaDir };
const db = createPrismaClient(url);

async function prepare() {
  if (values.fresh) for (const s of ["", "-wal", "-shm"]) rmSync(file + s, { force: true });
  await prepareDatabase(url, mediaDir);
  for (const p of people) {
    if (await db.user.findUnique({ where: { email: p.email } })) continue;
    await createAccount(db, { ...p, role: "EDITOR", password: PASSWORD });
  }
}

/** A draft of `words` words, written as a script would before anyone opens it. */
async function newStory(words: number): Promise<string> {
  const typist = await db.user.findUniqueOrThrow({ where: { email: people[0]!.email } });
  const draft = await createDraft(db, typist);
  await db.article.update({
    where: { id: draft.id },
    data: {
      title: `Editor bench, ${words.toLocaleString("en")} words`,
      ...deriveBodyFields(storyBody(words) as ArticleDocument),
    },
  });
  return draft.id;
}

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(`${base}/admin/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/admin$/);
  return page;
}

const body = (page: Page) => page.getByRole("textbox", { name: "Story body" });

async function openAtEnd(page: Page, id: string, words: number) {
  await page.goto(`${base}/admin/articles/${id}`);
  // The whole story has arrived from the server: every paragraph is there.
  await expect(body(page).locator("p")).toHaveCount(Math.ceil(words / 60), { timeout: 120_000 });
  await body(page).click();
  await page.keyboard.press("Control+End");
}

/**
 * The baseline, measured in the same page right after the editor: what this machine's browser
 * alone takes to show a key at the end of the same story, in a plain editable element with the
 * editor's own classes and a copy of its paragraphs, and no editor code. The editor is hidden
 * meanwhile and the next story opens the page afresh.
 */
async function measurePlain(page: Page, text: string): Promise<number[]> {
  await page.evaluate(() => {
    const editor = document.querySelector<HTMLElement>('[aria-label="Story body"]')!;
    const plain = document.createElement("div");
    plain.className = editor.className;
    plain.contentEditable = "true";
    plain.setAttribute("aria-label", "Plain copy");
    plain.innerHTML = editor.innerHTML;
    editor.before(plain);
    editor.style.display = "none";
  });
  const copy = page.locator('[aria-label="Plain copy"]');
  await copy.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await installProbe(page, "Plain copy");
  await page.keyboard.type(text.slice(0, WARM_UP_KEYS), { delay: keyDelay });
  await takeSamples(page);
  await page.keyboard.type(text.slice(WARM_UP_KEYS), { delay: keyDelay });
  await page.waitForTimeout(200);
  return (await takeSamples(page)).paint.sort((a, b) => a - b);
}

/** Bytes the story holds in storage: its shared document and its revisions. */
function storedBytes(id: string) {
  const sqlite = new Database(file, { readonly: true });
  try {
    const doc = sqlite.prepare(`SELECT length(state) AS n FROM ArticleDocument WHERE articleId = ?`).get(id) as
      { n: number } | undefined;
    const latest = sqlite
      .prepare(
        `SELECT length(CAST(snapshot AS BLOB)) AS n FROM Revision WHERE articleId = ? ORDER BY createdAt DESC LIMIT 1`,
      )
      .get(id) as { n: number } | undefined;
    const revisions = sqlite
      .prepare(
        `SELECT count(*) AS count, coalesce(sum(length(CAST(snapshot AS BLOB))), 0) AS n FROM Revision WHERE articleId = ?`,
      )
      .get(id) as { count: number; n: number };
    return { state: doc?.n ?? 0, revisions: revisions.n, revisionCount: revisions.count, snapshot: latest?.n ?? 0 };
  } finally {
    sqlite.close();
  }
}

const TRACE_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink", "v8.execute"];

/**
 * The renderer's main-thread time per key by kind of work (the trace's top-level events): what a
 * CPU profile shows only as "(program)" (style, layout, paint) is named here.
 */
function printMainThread(file: string, keyCount: number) {
  type Event = { name: string; ph: string; dur?: number; pid: number; tid: number; args?: { name?: string } };
  const events = (JSON.parse(readFileSync(file, "utf8")) as { traceEvents: Event[] }).traceEvents;
  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  if (!main) return console.log("(no renderer main thread in the trace)");
  const byName = new Map<string, number>();
  for (const e of events)
    if (e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.dur)
      byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur);
  const rows = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 16);
  console.log(`main thread per key (${keyCount} keys; nested events are counted in their parents too):`);
  for (const [name, us] of rows) console.log(`  ${(us / 1000 / keyCount).toFixed(2).padStart(7)} ms  ${name}`);
}

/** The typist page's JavaScript CPU profile while it types, for Chromium's DevTools to open. */
async function startProfile(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.start");
  return {
    stop: async (to: string) => {
      const { profile } = await cdp.send("Profiler.stop");
      mkdirSync(path.dirname(to), { recursive: true });
      writeFileSync(to, JSON.stringify(profile));
      await cdp.detach();
    },
  };
}

async function waitSaved(page: Page) {
  const status = page
    .getByRole("main")
    .getByRole("status")
    .filter({ hasText: /Saved|Saving|Unsaved|Offline|Not saved/ });
  await expect(status).toHaveText(/^Saved \d/, { timeout: 60_000 });
}

type SizeResult = {
  words: number;
  keyToPaintMs: { samples: number; p50: number; p95: number; max: number };
  keyToDomMs: { p50: number; p95: number };
  /** The same keys typed into a plain editable copy of the story, in the same page: the baseline. */
  plainKeyToPaintMs: { p50: number; p95: number };
  storedPerHour: {
    documentBytes: number;
    revisionBytes: number;
    revisions: number;
    revisionBytesAtOnePerWindow: number;
  };
  documentBytes: number;
};

async function measure(pages: Page[], words: number): Promise<SizeResult> {
  const id = await newStory(words);
  const [typist, ...others] = pages as [Page, ...Page[]];
  await openAtEnd(typist, id, words);
  for (const p of others) await openAtEnd(p, id, words);
  // Every collaborator is connected: the typist's presence list names them all.
  const named = people.slice(1, pages.length).map((p) => `(?=.*${p.name})`);
  if (named.length)
    await expect(typist.getByRole("list", { name: /^Also editing: / })).toHaveAttribute(
      "aria-label",
      new RegExp(named.join("")),
      { timeout: 60_000 },
    );
  await body(typist).click();
  await typist.keyboard.press("Control+End");
  await typist.keyboard.press("Enter");
  await installProbe(typist, "Story body");

  const text = PROSE.repeat(Math.ceil((keys + WARM_UP_KEYS) / PROSE.length)).slice(0, keys + WARM_UP_KEYS);
  await typist.keyboard.type(text.slice(0, WARM_UP_KEYS), { delay: keyDelay });
  await takeSamples(typist);
  const profiler = values.profile ? await startProfile(typist) : null;
  const trace = `bench/editor-${words}.trace.json`;
  if (values.trace)
    await typist.context().browser()!.startTracing(typist, { path: trace, categories: TRACE_CATEGORIES });
  await typist.keyboard.type(text.slice(WARM_UP_KEYS), { delay: keyDelay });
  await typist.waitForTimeout(200);
  if (profiler) await profiler.stop(`bench/editor-${words}.cpuprofile`);
  if (values.trace) {
    await typist.context().browser()!.stopTracing();
    printMainThread(trace, keys);
  }
  const taken = await takeSamples(typist);
  const paint = taken.paint.sort((a, b) => a - b);
  const dom = taken.dom.sort((a, b) => a - b);
  await waitSaved(typist);

  // Bytes stored per hour: a reporter's pace, five characters a second, for the measured period.
  const before = storedBytes(id);
  const started = Date.now();
  const prose = PROSE.trim().split(" ");
  for (let i = 0; Date.now() - started < typingSeconds * 1000; i++) {
    await typist.keyboard.type(`${prose[i % prose.length]} `, { delay: 200 });
  }
  const elapsed = (Date.now() - started) / 1000;
  await waitSaved(typist);
  const after = storedBytes(id);
  const plain = await measurePlain(typist, text);
  const perHour = (n: number) => Math.round((n * 3600) / elapsed);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    words,
    keyToPaintMs: {
      samples: paint.length,
      p50: round(percentile(paint, 50)),
      p95: round(percentile(paint, 95)),
      max: round(paint[paint.length - 1] ?? NaN),
    },
    keyToDomMs: { p50: round(percentile(dom, 50)), p95: round(percentile(dom, 95)) },
    plainKeyToPaintMs: { p50: round(percentile(plain, 50)), p95: round(percentile(plain, 95)) },
    storedPerHour: {
      documentBytes: perHour(after.state - before.state),
      revisionBytes: perHour(after.revisions - before.revisions),
      revisions: perHour(after.revisionCount - before.revisionCount),
      // One person's autosaves share a revision for COALESCE_MS, then a new one (a whole snapshot)
      // starts: typing for an hour starts one per window, however short the measured period.
      revisionBytesAtOnePerWindow: Math.round((3_600_000 / COALESCE_MS) * after.snapshot),
    },
    documentBytes: after.state,
  };
}

const kb = (n: number) => (n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1)} MB` : `${(n / 1000).toFixed(0)} kB`);

function printTable(results: SizeResult[]) {
  const columns: [string, (r: SizeResult) => string][] = [
    ["words", (r) => r.words.toLocaleString("en")],
    ["keys", (r) => String(r.keyToPaintMs.samples)],
    ["paint p50", (r) => `${r.keyToPaintMs.p50.toFixed(1)} ms`],
    ["paint p95", (r) => `${r.keyToPaintMs.p95.toFixed(1)} ms`],
    ["paint max", (r) => `${r.keyToPaintMs.max.toFixed(1)} ms`],
    ["DOM p95", (r) => `${r.keyToDomMs.p95.toFixed(1)} ms`],
    ["plain p50", (r) => `${r.plainKeyToPaintMs.p50.toFixed(1)} ms`],
    ["plain p95", (r) => `${r.plainKeyToPaintMs.p95.toFixed(1)} ms`],
    ["p95 ratio", (r) => `${(r.keyToPaintMs.p95 / r.plainKeyToPaintMs.p95).toFixed(2)}x`],
    ["document/h", (r) => kb(r.storedPerHour.documentBytes)],
    ["revisions/h", (r) => kb(r.storedPerHour.revisionBytes)],
    ["new rev./h", (r) => String(r.storedPerHour.revisions)],
    [`revisions/h at 1 per ${COALESCE_MS / 60_000} min`, (r) => kb(r.storedPerHour.revisionBytesAtOnePerWindow)],
    ["document", (r) => kb(r.documentBytes)],
  ];
  const widths = columns.map(([name, cell]) => Math.max(name.length, ...results.map((r) => cell(r).length)));
  console.log(`\n${columns.map(([name], i) => name.padStart(widths[i]!)).join("  ")}`);
  for (const r of results) console.log(columns.map(([, cell], i) => cell(r).padStart(widths[i]!)).join("  "));
  console.log("paint: keydown to the frame showing the key; DOM: keydown to the editor's DOM change");
  console.log("plain: the same keys in a plain editable copy of the story in the same page (no editor code)");
}

async function main() {
  const machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? "",
    node: process.version,
    loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
  };
  console.log(
    `Broadsheet editor bench: ${machine.cpus} CPUs (${machine.cpu}), Node ${machine.node}, load average ${machine.loadAverageAtStart.join(" ")}`,
  );
  console.log(
    `${keys} keys ${keyDelay} ms apart per story, then ${typingSeconds} s of typing at 5 characters a second; the typist and ${collaborators} collaborator${collaborators === 1 ? "" : "s"} on the story\n`,
  );
  await prepare();
  // The editor reads no prerendered page, so the build is kept while the sources are unchanged.
  buildOnce(distDir, sourceHash(), serverEnv);
  const server = await startBenchServer(port, distDir, { ...serverEnv, LOG_LEVEL: "warn" });
  // Debian's Chromium where it is installed; otherwise Playwright's own.
  const executablePath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
  const browser = await chromium.launch({
    executablePath,
    args: ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  const results: SizeResult[] = [];
  try {
    const pages = [];
    for (const p of people.slice(0, 1 + collaborators)) pages.push(await signedIn(browser, p.email));
    for (const words of sizes) {
      const r = await measure(pages, words);
      results.push(r);
      console.log(
        `${words.toLocaleString("en")} words: key-to-paint p50 ${r.keyToPaintMs.p50} ms, p95 ${r.keyToPaintMs.p95} ms, max ${r.keyToPaintMs.max} ms`,
      );
    }
  } finally {
    await browser.close();
    stopBenchServer(server);
    await db.$disconnect();
  }
  printTable(results);
  mkdirSync("bench", { recursive: true });
  writeFileSync(
    "bench/editor-results.json",
    `${JSON.stringify({ date: new Date().toISOString(), machine, settings: { sizes, keys, keyDelay, typingSeconds, collaborators }, results, loadAverageAtEnd: loadavg() }, null, 2)}\n`,
  );
  console.log("\nWritten to bench/editor-results.json");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
