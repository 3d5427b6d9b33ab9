// `npm run restore -- FILE`: replaces the SQLite database with a backup, keeping a copy of the
// current one in data/backups/. Refuses while a server runs on the database, and refuses a file
// that is not a sound Broadsheet database. PostgreSQL: pg_restore (see README).
import path from "node:path";
import { loadEnvConfig } from "@next/env";
import { restoreSqlite } from "@/lib/backup/sqlite-backup";
import { databaseUrl, sqliteFile } from "./lib/database";

async function main() {
  loadEnvConfig(process.cwd(), false);
  const from = process.argv[2];
  if (!from) {
    console.error("Usage: npm run restore -- FILE");
    process.exit(2);
  }
  const file = sqliteFile(databaseUrl());
  if (!file) {
    console.error('DATABASE_URL is not a SQLite file: restore PostgreSQL with pg_restore (see README, "Backups").');
    process.exit(1);
  }
  const { keptCopy } = await restoreSqlite(file, path.resolve(from), path.join(path.dirname(file), "backups"));
  if (keptCopy) console.log(`Kept the previous database as ${path.relative(process.cwd(), keptCopy)}`);
  console.log(`Restored ${path.relative(process.cwd(), file)} from ${from}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
