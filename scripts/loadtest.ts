// `npm run loadtest`: readers and desk users at once against a production server on 127.0.0.1.
// Readers: 100 connections for 60 seconds (--connections, --duration) over the front page,
// sections and stories. Desk users (--editors, default 4) meanwhile save stories through the
// editor's real server action, and publish now and then; after each acknowledged save of a
// published story an anonymous reader reads it until the change shows. Afterwards every
// acknowledged save is checked in the database. Prints throughput, p99, 5xx and the checks, and
// fails when an edit was lost or readers never saw one.
//
// It runs on its own copy of a database (--database FILE, default: a fresh demo database in
// data/loadtest.db) and build (--build-dir, default .next-loadtest, built when missing).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { backupSqlite } from "@/lib/backup/sqlite-backup";
import { loadEditable } from "@/lib/articles/editable";
import { createPrismaClient } from "@/lib/db/client";
import { createAccount } from "@/lib/users/accounts";
import { ARTICLE_ACTIONS, actionId, actionResult, callAction } from "./lib/desk-client";
import { readerLoad } from "./lib/reader-load";
import { prepareDatabase } from "./prepare-db";

const { values } = parseArgs({
  options: {
    connections: { type: "string", default: "100" },
    duration: { type: "string", default: "60" },
    editors: { type: "string", default: "4" },
    port: { type: "string", default: "3900" },
    database: { type: "string" },
    "build-dir": { type: "string", default: ".next-loadtest" },
  },
});
const port = Number(values.port);
const base = `http://127.0.0.1:${port}`;
const distDir = values["build-dir"]!;
const bin = (name: string) => path.join("node_modules", ".bin", name);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function database(): Promise<string> {
  const folder = path.resolve("data/loadtest");
  rmSync(folder, { recursive: true, force: true });
  if (values.database) return backupSqlite(path.resolve(values.database), folder, "-loadtest");
  const file = path.join(folder, "loadtest.db");
  await prepareDatabase(`file:${file}`, path.join(folder, "media"));
  return file;
}

async function signIn(email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: base },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const cookies = [...jar, ...res.headers.getSetCookie().map((c) => c.split(";")[0])];
  if (!cookies.some((c) => /session/.test(c!))) throw new Error(`Sign-in failed for ${email} (${res.status})`);
  return cookies.join("; ");
}

interface Ack {
  id: string;
  version: number;
  marker: string;
}

async function main() {
  const file = await database();
  const url = `file:${file}`;
  if (!existsSync(path.join(distDir, "BUILD_ID"))) {
    const build = spawnSync(bin("next"), ["build"], {
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: url, NEXT_DIST_DIR: distDir, SKIP_BUILD_TYPECHECK: "1" },
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const db = createPrismaClient(url);
  const password = randomBytes(18).toString("base64url");
  const editors = Number(values.editors);
  const emails = Array.from(
    { length: editors },
    (_, i) => `loadtest-${i}-${randomBytes(3).toString("hex")}@example.test`,
  );
  for (const email of emails)
    await createAccount(db, { email, name: `Load ${email.slice(9, 15)}`, role: "EDITOR", password });
  const stories = await db.article.findMany({
    where: { status: "PUBLISHED", deletedAt: null },
    select: { id: true, slug: true, section: { select: { slug: true } } },
    orderBy: { publishedAt: "desc" },
    take: 40,
  });
  const sections = await db.section.findMany({ select: { slug: true } });
  await db.$disconnect();

  const server = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/server.ts", "-H", "127.0.0.1", "-p", String(port)],
    {
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        DATABASE_URL: url,
        NEXT_DIST_DIR: distDir,
        SITE_URL: base,
        PORT: String(port),
        MEDIA_DIR: path.join(path.dirname(file), "media"),
      },
    },
  );
  const stop = () => void server.kill("SIGTERM");
  process.on("exit", stop);
  for (
    let i = 0;
    !(await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    ));
    i++
  ) {
    if (i > 600) throw new Error("the server did not start");
    await sleep(200);
  }

  const cookies = await Promise.all(emails.map((e) => signIn(e, password)));
  const save = actionId(ARTICLE_ACTIONS, "saveArticleAction", distDir);
  const transition = actionId(ARTICLE_ACTIONS, "transitionAction", distDir);
  const readerPaths = [
    "/",
    ...sections.map((s) => `/${s.slug}`),
    ...stories.map((s) => `/${s.section.slug}/${s.slug}`),
  ];
  const duration = Number(values.duration);
  const acks: Ack[] = [];
  const saveTimes: number[] = [];
  const seenAfter: number[] = [];
  const unseen: string[] = [];
  let failedSaves = 0;
  let running = true;

  // Each desk user edits stories of their own (no conflicts between them), one save after another
  // as the editor's autosave does; every fifth save is followed by unpublishing and publishing the story again.
  const deskUser = async (u: number) => {
    const mine = stories.filter((_, i) => i % editors === u).slice(0, 5);
    const state = new Map<
      string,
      { version: number; fields: Record<string, unknown> & { body: { content: unknown[] } } }
    >();
    for (let n = 1; running; n++) {
      const story = mine[n % mine.length]!;
      let current = state.get(story.id);
      if (!current) {
        const db = createPrismaClient(url);
        current = (await loadEditable(db, story.id))!;
        await db.$disconnect();
      }
      const marker = `loadtest ${u} ${n} ${randomBytes(3).toString("hex")}`;
      const fields = {
        ...current.fields,
        body: {
          ...current.fields.body,
          content: [
            ...current.fields.body.content.slice(0, 40),
            { type: "paragraph", content: [{ type: "text", text: marker }] },
          ],
        },
      };
      const started = performance.now();
      const res = await callAction(
        base,
        `/admin/articles/${story.id}`,
        save,
        [{ id: story.id, baseVersion: current.version, fields }],
        cookies[u],
      );
      saveTimes.push(performance.now() - started);
      const result =
        res.status === 200
          ? (actionResult(res.text) as { ok: boolean; article?: typeof current & { version: number } })
          : { ok: false };
      if (!result.ok || !result.article) {
        failedSaves++;
        state.delete(story.id);
        continue;
      }
      state.set(story.id, result.article);
      acks.push({ id: story.id, version: result.article.version, marker });
      if (n % 5 === 0) {
        const pub = await callAction(
          base,
          `/admin/articles/${story.id}`,
          transition,
          [{ id: story.id, transition: "unpublish" }],
          cookies[u],
        );
        const back = await callAction(
          base,
          `/admin/articles/${story.id}`,
          transition,
          [{ id: story.id, transition: "publish" }],
          cookies[u],
        );
        const ok = [pub, back].every((r) => r.status === 200 && (actionResult(r.text) as { ok: boolean }).ok);
        if (!ok) failedSaves++;
        state.delete(story.id);
      }
      // An anonymous reader sees the change (the page cache is invalidated by the save).
      const readStart = performance.now();
      for (;;) {
        const html = await fetch(`${base}/${story.section.slug}/${story.slug}`).then(
          (r) => r.text(),
          () => "",
        );
        if (html.includes(marker)) {
          seenAfter.push(performance.now() - readStart);
          break;
        }
        if (performance.now() - readStart > 15_000) {
          unseen.push(marker);
          break;
        }
        await sleep(100);
      }
    }
  };

  console.log(
    `Readers: ${values.connections} connections for ${duration} s over ${readerPaths.length} pages; desk users: ${editors}.`,
  );
  const desk = Promise.all(emails.map((_, u) => deskUser(u)));
  const readers = await readerLoad(base, readerPaths, Number(values.connections), duration);
  running = false;
  await desk;

  // Every acknowledged save is in the database: the last one of each story is its body now.
  const sqlite = new Database(file, { readonly: true });
  let lost = 0;
  const lastById = new Map(acks.map((a) => [a.id, a]));
  for (const ack of lastById.values()) {
    const row = sqlite.prepare("SELECT version, body FROM Article WHERE id = ?").get(ack.id) as {
      version: number;
      body: string;
    };
    if (row.version < ack.version || !row.body.includes(ack.marker)) lost++;
  }
  const integrity = sqlite.pragma("integrity_check", { simple: true });
  sqlite.close();
  stop();

  const pct = (xs: number[], p: number) =>
    xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]! : 0;
  const report = {
    readers: { ...readers, requestsPerSecond: Math.round(readers.requestsPerSecond) },
    desk: {
      acknowledgedSaves: acks.length,
      failedSaves,
      saveP50Ms: Math.round(pct(saveTimes, 50)),
      saveP99Ms: Math.round(pct(saveTimes, 99)),
      readerSawChangeP50Ms: Math.round(pct(seenAfter, 50)),
      readerSawChangeP99Ms: Math.round(pct(seenAfter, 99)),
      changesReadersNeverSaw: unseen.length,
      lostEdits: lost,
    },
    integrity,
  };
  console.log(JSON.stringify(report, null, 2));
  const ok =
    lost === 0 &&
    unseen.length === 0 &&
    failedSaves === 0 &&
    readers.status5xx === 0 &&
    integrity === "ok" &&
    acks.length > 0;
  console.log(ok ? "loadtest: passed" : "loadtest: FAILED");
  process.exit(ok ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
