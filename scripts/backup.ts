// `npm run backup`: an online copy of the SQLite database into data/backups/<timestamp>.db (the
// server may keep running). PostgreSQL databases are backed up with pg_dump (see README).
import path from "node:path";
import { loadEnvConfig } from "@next/env";
import { backupSqlite } from "@/lib/backup/sqlite-backup";
import { databaseUrl, sqliteFile } from "./lib/database";

async function main() {
  loadEnvConfig(process.cwd(), false);
  const file = sqliteFile(databaseUrl());
  if (!file) {
    console.error('DATABASE_URL is not a SQLite file: back up PostgreSQL with pg_dump (see README, "Backups").');
    process.exit(1);
  }
  const target = await backupSqlite(file, path.join(path.dirname(file), "backups"));
  console.log(`Backed up ${path.relative(process.cwd(), file)} to ${path.relative(process.cwd(), target)}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
