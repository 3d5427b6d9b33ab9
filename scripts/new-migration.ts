// Usage: npm run migration:new -- <name>
// Writes the migration that takes the committed migrations to the current prisma/schema.prisma,
// twice: prisma/migrations/<UTC timestamp>_<name>/ for SQLite and prisma/postgresql/migrations/<same>/ for
// PostgreSQL, and rewrites prisma/postgresql/schema.prisma from the one schema source.
// Stand-in for `prisma migrate dev`, which fails with the JS schema engine.
//   SQLite: the "before" state comes from replaying the migrations into a scratch database and
//   introspecting it. PostgreSQL: it is the previous prisma/postgresql/schema.prisma (kept equal to its
//   migrations by the schema drift check); the diff needs a server: MIGRATION_PG_URL, or a
//   throwaway one started here when PostgreSQL is installed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  diffDatamodels,
  introspectMigrations,
  migrationNames,
  migrationsDir,
  PG_SCHEMA,
  SQLITE_SCHEMA,
  tempSqliteUrl,
  toPostgresSchema,
} from "./lib/schema-sync";
import { startTempPostgres } from "./lib/temp-postgres";

// Search and the listing mirrors live outside schema.prisma (prisma/sql/<provider>/*.sql, all
// re-runnable); a migration that rebuilds one of their tables drops their triggers, so it sets
// them up again.
const REBUILDS = /DROP TABLE "(Article|ArticleTag|ArticleAuthor)";/;
// On SQLite the link tables' triggers read "Article", and SQLite refuses the rebuild's rename while
// a trigger names a table that is briefly missing: they are dropped first and set up again after.
const DROP_LINK_TRIGGERS = [
  'DROP TRIGGER IF EXISTS "article_tag_copy_visibility";',
  'DROP TRIGGER IF EXISTS "article_author_copy_visibility";',
  "",
].join("\n");
const withRawSql = (sql: string, provider: "sqlite" | "postgresql") =>
  REBUILDS.test(sql)
    ? [
        provider === "sqlite" ? DROP_LINK_TRIGGERS + sql : sql,
        ...["search.sql", "listings.sql"].map((f) => readFileSync(path.join("prisma/sql", provider, f), "utf8")),
      ].join("\n")
    : sql;

const NOTHING = "-- Nothing to change on this database for this step; kept so both migration lists match.\n";

function sqliteMigration(schema: string): string {
  const base = tempSqliteUrl();
  try {
    const before = migrationNames(SQLITE_SCHEMA).length ? introspectMigrations(base.url) : null;
    return diffDatamodels(before, schema, base.url);
  } finally {
    base.cleanup();
  }
}

async function postgresMigration(before: string | null, after: string): Promise<string> {
  if (before === after) return "";
  const server = process.env.MIGRATION_PG_URL
    ? { url: process.env.MIGRATION_PG_URL, stop: () => {} }
    : await startTempPostgres();
  try {
    return diffDatamodels(before, after, server.url);
  } finally {
    server.stop();
  }
}

function write(schema: string, folder: string, sql: string, provider: string) {
  const dir = migrationsDir(schema);
  mkdirSync(path.join(dir, folder), { recursive: true });
  writeFileSync(path.join(dir, folder, "migration.sql"), sql);
  const lock = path.join(dir, "migration_lock.toml");
  if (!existsSync(lock)) writeFileSync(lock, `provider = "${provider}"\n`);
  console.log(`Created ${path.join(dir, folder, "migration.sql")}`);
}

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name))
    throw new Error("Usage: npm run migration:new -- <name> (lower case, digits and underscores)");
  const schema = readFileSync(SQLITE_SCHEMA, "utf8");
  const pgAfter = toPostgresSchema(schema);
  const pgBefore = migrationNames(PG_SCHEMA).length && existsSync(PG_SCHEMA) ? readFileSync(PG_SCHEMA, "utf8") : null;

  const sqlite = withRawSql(sqliteMigration(schema), "sqlite");
  const postgres = withRawSql(await postgresMigration(pgBefore, pgAfter), "postgresql");
  writeFileSync(PG_SCHEMA, pgAfter);
  if (!sqlite && !postgres) {
    console.error(`${SQLITE_SCHEMA} matches the migrations: nothing to do.`);
    return;
  }
  const folder = `${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}_${name}`;
  write(SQLITE_SCHEMA, folder, sqlite || NOTHING, "sqlite");
  write(PG_SCHEMA, folder, postgres || NOTHING, "postgresql");
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
