import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { backupSqlite, runningServers } from "@/lib/backup/sqlite-backup";
import {
  ARTICLE_ACTIONS,
  actionId,
  actionResult,
  callAction,
  currentArticle,
  sessionCookie,
} from "./support/desk-actions";
import { startSpareServer } from "./support/spare-server";

// Kills a server with SIGKILL in the middle of a burst of concurrent saves and publishes, starts
// it again, and finds every save the desk was told had succeeded, whole, in a sound database.
// Then stops it the polite way and sees it finish and leave.

test.setTimeout(240_000);

const port = Number(process.env.E2E_PORT || 3100) + 2;
const folder = `data/e2e-${port}-crash`;

interface Ack {
  id: string;
  version: number;
  marker: string;
}

test("every acknowledged save survives a SIGKILL mid-burst, and the database stays sound", async () => {
  rmSync(folder, { recursive: true, force: true });
  const file = await backupSqlite(path.resolve(process.env.E2E_DB_FILE!), folder, "-crash");
  const read = (sql: string, ...params: unknown[]) => {
    const sqlite = new Database(file, { readonly: true });
    try {
      return sqlite.prepare(sql).all(...params) as Record<string, unknown>[];
    } finally {
      sqlite.close();
    }
  };
  const rows = read(
    "SELECT id FROM Article WHERE deletedAt IS NULL AND status IN ('DRAFT', 'PUBLISHED') ORDER BY id LIMIT 6",
  ) as { id: string }[];
  expect(rows.length).toBe(6);

  let server = await startSpareServer(port, file);
  const cookie = sessionCookie("editor");
  const save = actionId(ARTICLE_ACTIONS, "saveArticleAction");
  const transition = actionId(ARTICLE_ACTIONS, "transitionAction");
  const acks: Ack[] = [];
  let published = 0;
  let killed = false;

  // Each article is saved again and again, each save based on the last acknowledged version
  // (as the editor does), and every third save is followed by a publish or an unpublish.
  const writer = async (id: string) => {
    const start = await currentArticle(server.url, cookie, id, file);
    let version = start.version;
    let status = (start as { status?: string }).status;
    for (let n = 1; !killed && n < 200; n++) {
      const marker = `crash-test ${id} save ${n}`;
      const fields = {
        ...start.fields,
        body: {
          type: "doc",
          content: [...start.fields.body.content, { type: "paragraph", content: [{ type: "text", text: marker }] }],
        },
      };
      const res = await callAction(
        server.url,
        `/admin/articles/${id}`,
        save,
        [{ id, baseVersion: version, fields }],
        cookie,
      ).catch(() => null);
      if (!res || res.status !== 200) break;
      const result = actionResult(res.text) as { ok: boolean; article?: { version: number } };
      expect(result.ok).toBe(true);
      version = result.article!.version;
      acks.push({ id, version, marker });
      if (n % 3 === 0) {
        const t = status === "PUBLISHED" ? "unpublish" : "publish";
        const pub = await callAction(
          server.url,
          `/admin/articles/${id}`,
          transition,
          [{ id, transition: t }],
          cookie,
        ).catch(() => null);
        if (!pub || pub.status !== 200) break;
        const outcome = actionResult(pub.text) as { ok: boolean; article?: { version: number; status: string } };
        expect(outcome.ok, `${t} ${id}`).toBe(true);
        if (t === "publish") published++;
        version = outcome.article!.version;
        status = outcome.article!.status;
      }
    }
  };
  const burst = Promise.all(rows.map((r) => writer(r.id)));
  // Kill once the burst is well under way, with requests in flight on every article.
  await expect.poll(() => acks.length >= 24 && published >= 3, { timeout: 180_000 }).toBe(true);
  killed = true;
  server.kill("SIGKILL");
  await server.exited;
  await burst;

  server = await startSpareServer(port, file);
  const sqlite = new Database(file, { readonly: true });
  expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
  sqlite.close();
  for (const id of new Set(acks.map((a) => a.id))) {
    const last = acks.filter((a) => a.id === id).at(-1)!;
    // A published story's saves are in its working copy until Update: that is the desk's text.
    const [now] = read(
      "SELECT a.version, COALESCE(w.fields, a.body) AS body FROM Article a LEFT JOIN ArticleWorkingCopy w ON w.articleId = a.id WHERE a.id = ?",
      id,
    ) as { version: number; body: string }[];
    // A save that was in flight when the server died may have landed too, but never fewer.
    expect(now!.version).toBeGreaterThanOrEqual(last.version);
    const text = now!.body;
    const savedSince = acks.filter((a) => a.id === id).length;
    const landed = [
      last.marker,
      ...Array.from({ length: 3 }, (_, k) => last.marker.replace(/\d+$/, (m) => String(Number(m) + k + 1))),
    ];
    expect(
      landed.some((m) => text.includes(`"${m}"`)),
      `article ${id} after ${savedSince} saves`,
    ).toBe(true);
    // The revision history holds it too (autosaves within minutes share one revision).
    const [revision] = read(
      "SELECT version, snapshot FROM Revision WHERE articleId = ? ORDER BY version DESC LIMIT 1",
      id,
    ) as { version: number; snapshot: string }[];
    expect(revision!.version).toBeGreaterThanOrEqual(last.version);
    expect(landed.some((m) => revision!.snapshot.includes(m))).toBe(true);
  }

  // A polite stop finishes and closes the database: the server leaves with 0 and unmarks it.
  server.kill("SIGTERM");
  expect(await server.exited).toBe(0);
  // Only the killed server's mark is left (naming a dead process); the stopped one removed its own.
  expect(readdirSync(`${file}.servers`)).toHaveLength(1);
  expect(runningServers(file)).toEqual([]);
  rmSync(folder, { recursive: true, force: true });
});
