import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { defineConfig } from "prisma/config";

// The CLI skips .env when a config file exists, so load it here.
try {
  process.loadEnvFile();
} catch {}
process.env.DATABASE_URL ??= "file:./data/broadsheet.db";
const url = process.env.DATABASE_URL;
// The one schema source is prisma/schema.prisma (SQLite); prisma/postgresql/ holds its PostgreSQL twin,
// written from it by `npm run migration:new`, with migrations of its own.
const postgres = /^postgres(ql)?:\/\//.test(url);

// Prisma 6.19 + adapter-pg: the JS schema engine reads pg_catalog columns of type `name` and
// "char", which adapter-pg refuses to deserialise (prisma/prisma#27403). Report them as text.
// Only the CLI (migrate, db pull) needs this; the app's own client uses a plain adapter.
const AS_TEXT = new Map([
  [18, 25],
  [19, 25],
  [1002, 1009],
  [1003, 1009],
]);
function migrationPool(connectionString: string) {
  const pool = new pg.Pool({ connectionString });
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<pg.QueryResult>;
  (pool as unknown as { query: unknown }).query = async (...args: unknown[]) => {
    const res = await query(...args);
    for (const f of res.fields ?? []) f.dataTypeID = AS_TEXT.get(f.dataTypeID) ?? f.dataTypeID;
    return res;
  };
  return pool;
}

// adapter-pg 6.19.3 runs a migration script by splitting it on every ";", which cuts the body of
// a PL/pgSQL function (prisma/sql/postgresql/listings.sql) in pieces. PostgreSQL runs a whole
// multi-statement script in one simple query, so send it whole.
type ScriptAdapter = { executeScript(script: string): Promise<void>; onError(error: unknown): never };
function wholeScripts(factory: PrismaPg, pool: pg.Pool): PrismaPg {
  for (const method of ["connect", "connectToShadowDb"] as const) {
    const original = factory[method].bind(factory);
    (factory as unknown as Record<string, unknown>)[method] = async () => {
      const adapter = (await original()) as unknown as ScriptAdapter;
      adapter.executeScript = async (script: string) => {
        await pool.query(script).catch((error: unknown) => adapter.onError(error));
      };
      return adapter;
    };
  }
  return factory;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  async adapter() {
    if (!postgres) return new PrismaBetterSQLite3({ url });
    const pool = migrationPool(url);
    return wholeScripts(new PrismaPg(pool), pool);
  },
});
