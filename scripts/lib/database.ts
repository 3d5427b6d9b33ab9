import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export const databaseUrl = () => process.env.DATABASE_URL || "file:./data/broadsheet.db";

/** The file behind a SQLite URL, or null for another provider. */
export function sqliteFile(url: string): string | null {
  if (!url.startsWith("file:")) return null;
  return path.resolve(url.slice("file:".length).split("?")[0]!);
}

/** Applies pending migrations; SQLite files get their folder and WAL mode first. */
export function migrate(url = databaseUrl()): void {
  const file = sqliteFile(url);
  if (file) {
    mkdirSync(path.dirname(file), { recursive: true });
    const sqlite = new Database(file);
    // WAL lets readers carry on while the desk writes; the setting persists in the file.
    sqlite.pragma("journal_mode = WAL");
    sqlite.close();
  }
  const result = spawnSync(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
  });
  if (result.status !== 0) throw new Error(`prisma migrate deploy failed (exit ${result.status})`);
}
