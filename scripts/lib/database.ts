import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export const databaseUrl = () => process.env.DATABASE_URL || "file:./data/broadsheet.db";
/** The media folder, as lib/env.ts reads it for the server (only local storage is seeded). */
export const mediaDir = () => process.env.MEDIA_DIR || "data/media";

/** The file behind a SQLite URL, or null for another provider. */
export function sqliteFile(url: string): string | null {
  if (!url.startsWith("file:")) return null;
  return path.resolve(url.slice("file:".length).split("?")[0]!);
}

/** Applies pending migrations (SQLite files get their folder and WAL mode first); returns their names. */
export function migrate(url = databaseUrl()): string[] {
  const file = sqliteFile(url);
  if (file) {
    mkdirSync(path.dirname(file), { recursive: true });
    const sqlite = new Database(file);
    // WAL lets readers carry on while the desk writes; the setting persists in the file.
    sqlite.pragma("journal_mode = WAL");
    sqlite.close();
  }
  const result = spawnSync(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
  });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout}${result.stderr}`);
    throw new Error(`prisma migrate deploy failed (exit ${result.status})`);
  }
  const applied = [...result.stdout.matchAll(/(\d{14}_[\w-]+)\//g)].map((m) => m[1]);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
  return applied as string[];
}

/** Migrates only when a committed migration is missing, so tools can run beside a live server. */
export function ensureMigrated(url = databaseUrl()): string[] {
  const file = sqliteFile(url);
  if (file && existsSync(file)) {
    const expected = readdirSync(path.join("prisma", "migrations"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    const sqlite = new Database(file, { readonly: true });
    try {
      const table = sqlite
        .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
        .get();
      const applied = table
        ? new Set(
            (
              sqlite
                .prepare("SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL")
                .all() as { name: string }[]
            ).map((r) => r.name),
          )
        : new Set<string>();
      if (expected.every((name) => applied.has(name))) return [];
    } finally {
      sqlite.close();
    }
  }
  return migrate(url);
}
