import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";

const ROOT = path.resolve(__dirname, "../..");

export interface TempDatabase {
  db: PrismaClient;
  url: string;
  provider: "sqlite" | "postgresql";
  cleanup: () => Promise<void>;
}

function migrationFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => path.join(dir, d.name, "migration.sql"))
    .sort();
}

/**
 * A real, empty database with every committed migration applied: a SQLite file in a temporary
 * folder, or, when TEST_DATABASE_URL names a PostgreSQL server (`npm run test:pg`), a new
 * database on that server.
 */
export function createTempDatabase(): TempDatabase {
  const server = process.env.TEST_DATABASE_URL;
  return server ? createPostgresDatabase(server) : createSqliteDatabase();
}

function createSqliteDatabase(): TempDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), "broadsheet-test-"));
  const file = path.join(dir, "test.db");
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  for (const migration of migrationFiles(path.join(ROOT, "prisma/migrations")))
    sqlite.exec(readFileSync(migration, "utf8"));
  sqlite.close();
  const url = `file:${file}`;
  const db = createPrismaClient(url);
  return {
    db,
    url,
    provider: "sqlite",
    cleanup: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// Runs SQL on the server from a child process, so that this helper stays synchronous like the
// SQLite one (test files create their database at module level).
function runOnServer(serverUrl: string, database: string, statements: string[]) {
  const script = `
    const { Client } = require("pg");
    (async () => {
      const input = JSON.parse(require("fs").readFileSync(0, "utf8"));
      const client = new Client({ connectionString: input.url });
      await client.connect();
      try { for (const sql of input.statements) await client.query(sql); } finally { await client.end(); }
    })().catch((e) => { console.error(e.message); process.exit(1); });`;
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  const result = spawnSync(process.execPath, ["-e", script], {
    input: JSON.stringify({ url: url.toString(), statements }),
    encoding: "utf8",
    cwd: ROOT,
  });
  if (result.status !== 0) throw new Error(`PostgreSQL setup failed: ${result.stderr}`);
  return url.toString();
}

/** An empty database of the same kind (for tools that migrate it themselves), and its clean-up. */
export function createEmptyDatabase(): { url: string; provider: "sqlite" | "postgresql"; cleanup: () => void } {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) {
    const dir = mkdtempSync(path.join(tmpdir(), "broadsheet-test-"));
    return {
      url: `file:${path.join(dir, "empty.db")}`,
      provider: "sqlite",
      cleanup: () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `broadsheet_test_${randomBytes(6).toString("hex")}`;
  const adminDb = new URL(server).pathname.slice(1) || "postgres";
  runOnServer(server, adminDb, [`CREATE DATABASE "${name}"`]);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    provider: "postgresql",
    cleanup: () => runOnServer(server, adminDb, [`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]),
  };
}

function createPostgresDatabase(serverUrl: string): TempDatabase {
  const name = `broadsheet_test_${randomBytes(6).toString("hex")}`;
  const adminDb = new URL(serverUrl).pathname.slice(1) || "postgres";
  runOnServer(serverUrl, adminDb, [`CREATE DATABASE "${name}"`]);
  // The migration files as they are, each in one go, as `prisma migrate deploy` sends them
  // (scripts/schema-sync.test.ts checks deploy itself).
  const migrations = migrationFiles(path.join(ROOT, "prisma/postgresql/migrations")).map((f) =>
    readFileSync(f, "utf8"),
  );
  const url = runOnServer(serverUrl, name, migrations);
  const db = createPrismaClient(url);
  return {
    db,
    url,
    provider: "postgresql",
    cleanup: async () => {
      await db.$disconnect();
      runOnServer(serverUrl, adminDb, [`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]);
    },
  };
}
