import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupSqlite, checkBroadsheetDatabase, markServing, restoreSqlite } from "./sqlite-backup";

let dir: string;
let live: string;

// A minimal stand-in with the tables a Broadsheet database must have, in WAL mode like the real one.
function makeDatabase(file: string, headline: string) {
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.exec(
    `CREATE TABLE Article (id TEXT PRIMARY KEY, title TEXT); CREATE TABLE Section (id TEXT); CREATE TABLE User (id TEXT); CREATE TABLE _prisma_migrations (id TEXT);`,
  );
  sqlite.prepare("INSERT INTO Article VALUES ('a1', ?)").run(headline);
  return sqlite;
}
const headline = (file: string) => {
  const sqlite = new Database(file, { readonly: true });
  try {
    return (sqlite.prepare("SELECT title FROM Article WHERE id = 'a1'").get() as { title: string }).title;
  } finally {
    sqlite.close();
  }
};

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "broadsheet-backup-"));
  live = path.join(dir, "broadsheet.db");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("backup and restore", () => {
  it("backs up a database that is open and written to, including what is only in its write-ahead log", async () => {
    const open = makeDatabase(live, "Original");
    open.prepare("UPDATE Article SET title = 'Edited in the log' WHERE id = 'a1'").run();
    const copy = await backupSqlite(live, path.join(dir, "backups"));
    open.close();
    expect(path.basename(copy)).toMatch(/^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.db$/);
    expect(headline(copy)).toBe("Edited in the log");
    expect(checkBroadsheetDatabase(copy)).toEqual({ ok: true });
  });

  it("restores a backup and keeps a copy of the database it replaces", async () => {
    makeDatabase(live, "Before").close();
    const copy = await backupSqlite(live, path.join(dir, "backups"));
    const later = new Database(live);
    later.prepare("UPDATE Article SET title = 'After' WHERE id = 'a1'").run();
    later.close();

    const { keptCopy } = await restoreSqlite(live, copy, path.join(dir, "backups"));
    expect(headline(live)).toBe("Before");
    expect(headline(keptCopy!)).toBe("After");
    expect(readdirSync(path.join(dir, "backups")).some((f) => f.endsWith("-before-restore.db"))).toBe(true);
  });

  it("clears the restored database's epoch, so caches filled before the restore are discarded", async () => {
    const open = makeDatabase(live, "Before");
    open.exec(`CREATE TABLE "DatabaseEpoch" (id TEXT PRIMARY KEY, epoch TEXT NOT NULL)`);
    open.prepare(`INSERT INTO "DatabaseEpoch" VALUES ('db', 'epoch-1')`).run();
    open.close();
    const copy = await backupSqlite(live, path.join(dir, "backups"));
    await restoreSqlite(live, copy, path.join(dir, "backups"));
    const sqlite = new Database(live, { readonly: true });
    expect(sqlite.prepare(`SELECT count(*) AS n FROM "DatabaseEpoch"`).get()).toEqual({ n: 0 });
    sqlite.close();
  });

  it("refuses a file that is not a Broadsheet database, and leaves the current one alone", async () => {
    makeDatabase(live, "Current").close();
    const text = path.join(dir, "notes.db");
    writeFileSync(text, "this is not a database at all, just text that is long enough to look like a header");
    const other = path.join(dir, "other.db");
    new Database(other).exec("CREATE TABLE Things (id TEXT)");
    await expect(restoreSqlite(live, text, path.join(dir, "backups"))).rejects.toThrow(/not a SQLite database/);
    await expect(restoreSqlite(live, other, path.join(dir, "backups"))).rejects.toThrow(/not a Broadsheet database/);
    await expect(restoreSqlite(live, path.join(dir, "missing.db"), path.join(dir, "backups"))).rejects.toThrow(
      /no such file/,
    );
    expect(headline(live)).toBe("Current");
    expect(existsSync(path.join(dir, "backups"))).toBe(false);
  });

  it("refuses while a server process is serving the database, and not after it has gone", async () => {
    makeDatabase(live, "Live").close();
    const copy = await backupSqlite(live, path.join(dir, "backups"));
    const server = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    const unmark = markServing(live, server.pid!);
    await expect(restoreSqlite(live, copy, path.join(dir, "backups"))).rejects.toThrow(
      new RegExp(`process ${server.pid}`),
    );
    server.kill("SIGKILL");
    await new Promise((resolve) => server.once("exit", resolve));
    // The mark of a killed server stays behind, but names a process that no longer runs.
    await expect(restoreSqlite(live, copy, path.join(dir, "backups"))).resolves.toBeTruthy();
    unmark();
  });
});
