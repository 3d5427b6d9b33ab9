import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

// Backups of the embedded SQLite database, taken with SQLite's online backup (consistent while
// the server keeps writing), and restores that refuse anything but a sound Broadsheet database.

/** Tables every Broadsheet database has; a file without them is something else. */
const REQUIRED_TABLES = ["Article", "Section", "User", "_prisma_migrations"];

export const timestamp = (date = new Date()) => date.toISOString().replace(/[:.]/g, "-");

/** Copies the live database into `dir/<timestamp><suffix>.db` and returns the new file. */
export async function backupSqlite(file: string, dir: string, suffix = ""): Promise<string> {
  if (!existsSync(file)) throw new Error(`No database at ${file}`);
  mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `${timestamp()}${suffix}.db`);
  const source = new Database(file, { fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
  const check = checkBroadsheetDatabase(target);
  if (!check.ok) throw new Error(`The backup failed its check: ${check.reason}`);
  return target;
}

export function checkBroadsheetDatabase(file: string): { ok: true } | { ok: false; reason: string } {
  if (!existsSync(file)) return { ok: false, reason: "no such file" };
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = sqlite.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") return { ok: false, reason: `integrity check: ${String(integrity)}` };
    const tables = new Set(
      (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
        (t) => t.name,
      ),
    );
    const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
    if (missing.length) return { ok: false, reason: `not a Broadsheet database (no ${missing.join(", ")} table)` };
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: `not a SQLite database (${error instanceof Error ? error.message : String(error)})` };
  } finally {
    sqlite?.close();
  }
}

// Servers mark the database they serve with a file named by their process id beside it, so a
// restore can tell that one is running (a mark left by a killed server names a dead process).
const marksDir = (file: string) => `${file}.servers`;

export function markServing(file: string, pid = process.pid): () => void {
  mkdirSync(marksDir(file), { recursive: true });
  const mark = path.join(marksDir(file), String(pid));
  writeFileSync(mark, "");
  return () => rmSync(mark, { force: true });
}

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function runningServers(file: string): number[] {
  if (!existsSync(marksDir(file))) return [];
  return readdirSync(marksDir(file))
    .map(Number)
    .filter((pid) => Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid));
}

/**
 * Replaces the database with `from`, after keeping a copy of the current one in `backupDir`.
 * Refuses while a server uses the database, or when `from` is not a sound Broadsheet database.
 */
export async function restoreSqlite(
  file: string,
  from: string,
  backupDir: string,
): Promise<{ keptCopy: string | null }> {
  const servers = runningServers(file);
  if (servers.length) throw new Error(`A server is using the database (process ${servers.join(", ")}); stop it first.`);
  const check = checkBroadsheetDatabase(from);
  if (!check.ok) throw new Error(`Refusing to restore ${from}: ${check.reason}`);
  const keptCopy = existsSync(file) ? await backupSqlite(file, backupDir, "-before-restore") : null;
  mkdirSync(path.dirname(file), { recursive: true });
  const source = new Database(from, { readonly: true, fileMustExist: true });
  try {
    // The backup API writes every page into the target, its write-ahead log included.
    await source.backup(file);
  } finally {
    source.close();
  }
  const target = new Database(file);
  target.pragma("journal_mode = WAL");
  // Other content than the caches were filled from: the next server gives the database a new epoch
  // and discards them (lib/cache/database-epoch.ts). A backup from before epochs has no table yet.
  const hasEpoch = target.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'DatabaseEpoch'").get();
  if (hasEpoch) target.prepare('DELETE FROM "DatabaseEpoch"').run();
  target.close();
  return { keptCopy };
}
