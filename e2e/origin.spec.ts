import { spawnSync } from "node:child_process";
import { cpSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { xml } from "./seo-support";
import { startSpareServer, type SpareServer } from "./support/spare-server";

// What readers and crawlers get names the server's own origin and shows its own database, whatever
// the build was made under: servers on a copy of the suite's build (made under the suite's SITE_URL,
// from the suite's database), on another port, under another SITE_URL, on a database reseeded
// between two starts.

const port = Number(process.env.E2E_PORT || 3100) + 2;
const distDir = `.next-e2e-origin-${port}`;
const dbFile = `data/e2e-origin-${port}.db`;
const mediaDir = `data/e2e-origin-${port}-media`;
const local = `http://127.0.0.1:${port}`;

// Any origin of a server on this machine; the only one allowed is the one under test.
const LOCAL_ORIGIN = /https?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?::\d+)?/g;

interface Fetched {
  path: string;
  status: number;
  body: string;
  /** Headers and body, to search. */
  text: string;
}

let server: SpareServer | undefined;
async function start(options: { siteUrl: string | null }) {
  server = await startSpareServer(port, dbFile, { distDir, mediaDir, ...options });
}
async function stop() {
  if (!server) return;
  server.kill("SIGTERM");
  await server.exited;
  server = undefined;
}

function seed() {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${dbFile}${suffix}`, { force: true });
  rmSync(mediaDir, { recursive: true, force: true });
  // `npm run db:seed`, as an operator reseeds.
  const run = spawnSync(path.join("node_modules", ".bin", "tsx"), ["scripts/seed.ts"], {
    env: { ...process.env, DATABASE_URL: `file:${path.resolve(dbFile)}`, MEDIA_DIR: mediaDir },
    encoding: "utf8",
  });
  expect(run.status, run.stderr).toBe(0);
}

/** Gives every story a headline naming the edition; returns the stories' ids. */
function retitle(edition: string): string[] {
  const db = new Database(dbFile);
  try {
    const ids = (db.prepare("SELECT id FROM Article ORDER BY id").all() as { id: string }[]).map((r) => r.id);
    const update = db.prepare("UPDATE Article SET title = ? WHERE id = ?");
    ids.forEach((id, i) => update.run(`${edition} edition story ${i + 1}`, id));
    db.prepare("UPDATE Setting SET siteName = ?").run(`The ${edition} Edition`);
    return ids;
  } finally {
    db.close();
  }
}

async function get(pathname: string): Promise<Fetched> {
  const response = await fetch(`${local}${pathname}`, { redirect: "manual" });
  const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join("\n");
  const body = await response.text();
  return { path: pathname, status: response.status, body, text: `${headers}\n\n${body}` };
}

const pathOf = (loc: string) => new URL(loc).pathname;
const locs = (body: string, list: "sitemapindex" | "urlset") => {
  const parsed = xml.parse(body);
  const entries = (list === "sitemapindex" ? parsed.sitemapindex.sitemap : parsed.urlset.url) as { loc: string }[];
  return entries.map((e) => e.loc);
};

/** Every reader route kind, the feeds, the sitemaps and robots.txt, found by following the sitemaps. */
async function crawl(): Promise<Fetched[]> {
  const fetched = await Promise.all(["/", "/robots.txt", "/feed.xml", "/sitemap.xml", "/news-sitemap.xml"].map(get));
  const index = fetched.find((f) => f.path === "/sitemap.xml")!;
  const children = await Promise.all(locs(index.body, "sitemapindex").map((loc) => get(pathOf(loc))));
  fetched.push(...children);
  // The first story, section, tag and author of their sitemaps.
  const pages = children.map((child) => pathOf(locs(child.body, "urlset")[0]!));
  expect(pages.some((p) => p.startsWith("/tag/"))).toBe(true);
  expect(pages.some((p) => p.startsWith("/author/"))).toBe(true);
  fetched.push(...(await Promise.all(pages.map(get))));
  for (const f of fetched) expect(f.status, f.path).toBe(200);
  return fetched;
}

/** The origins of this machine each response names, other than `origin`. */
const foreignOrigins = (fetched: Fetched[], origin: string) =>
  fetched.flatMap((f) =>
    [...f.text.matchAll(LOCAL_ORIGIN)].filter(([o]) => o !== origin).map(([o]) => `${f.path}: ${o}`),
  );

const canonical = (html: string) => html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];

test.beforeAll(() => {
  // A build of the test's own, copied from the suite's: made under the suite's SITE_URL, from the
  // suite's database, its caches filled by the suite's servers.
  rmSync(distDir, { recursive: true, force: true });
  const suiteDist = process.env.E2E_DIST_DIR || ".next-e2e";
  cpSync(suiteDist, distDir, {
    recursive: true,
    filter: (src) => !src.startsWith(path.join(suiteDist, "cache", "turbopack")),
  });
  seed();
});

test.afterAll(async () => {
  await stop();
  rmSync(distDir, { recursive: true, force: true });
  rmSync(mediaDir, { recursive: true, force: true });
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${dbFile}${suffix}`, { force: true });
});

test("with no SITE_URL, a server on another port names only localhost on its own port", async () => {
  test.setTimeout(120_000);
  await start({ siteUrl: null });
  try {
    const origin = `http://localhost:${port}`;
    const fetched = await crawl();
    expect(foreignOrigins(fetched, origin)).toEqual([]);
    const robots = fetched.find((f) => f.path === "/robots.txt")!.body;
    expect(robots).toContain(`Sitemap: ${origin}/sitemap.xml`);
    const front = fetched.find((f) => f.path === "/")!.body;
    expect(canonical(front)).toBe(origin);
    expect(front).toContain(`href="${origin}/feed.xml"`);
    const feed = xml.parse(fetched.find((f) => f.path === "/feed.xml")!.body);
    for (const item of feed.rss.channel.item as { link: string }[])
      expect(item.link.startsWith(`${origin}/`)).toBe(true);
  } finally {
    await stop();
  }
});

test("started under another SITE_URL than the build's, robots.txt, canonical links and feeds use the new one", async () => {
  test.setTimeout(120_000);
  const origin = "https://news.example.test";
  await start({ siteUrl: origin });
  try {
    const fetched = await crawl();
    expect(foreignOrigins(fetched, origin)).toEqual([]);
    const robots = fetched.find((f) => f.path === "/robots.txt")!.body;
    expect(robots).toContain(`Sitemap: ${origin}/sitemap.xml`);
    expect(robots).toContain(`Sitemap: ${origin}/news-sitemap.xml`);
    for (const page of fetched.filter((f) => f.body.includes("<!DOCTYPE html>")))
      expect(canonical(page.body), page.path).toMatch(new RegExp(`^${origin}(/|$)`));
    const feed = xml.parse(fetched.find((f) => f.path === "/feed.xml")!.body);
    expect(feed.rss.channel.link).toMatch(new RegExp(`^${origin}/?$`));
    for (const item of feed.rss.channel.item as { link: string }[])
      expect(item.link.startsWith(`${origin}/`)).toBe(true);
  } finally {
    await stop();
  }
});

test("after a reseed, no page shows the previous database's stories", async () => {
  test.setTimeout(180_000);
  // The first database fills the build's caches: pages, feeds and data.
  seed();
  const firstIds = retitle("First");
  await start({ siteUrl: null });
  const first = await crawl();
  await stop();
  expect(first.some((f) => f.text.includes("First edition story"))).toBe(true);

  seed();
  retitle("Second");
  await start({ siteUrl: null });
  try {
    const second = await crawl();
    const stale = second.filter((f) => f.text.includes("First edition") || firstIds.some((id) => f.text.includes(id)));
    expect(stale.map((f) => f.path)).toEqual([]);
    expect(second.some((f) => f.text.includes("Second edition story"))).toBe(true);
  } finally {
    await stop();
  }
});
