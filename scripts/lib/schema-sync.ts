import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// The one schema source is prisma/schema.prisma (SQLite). prisma/postgresql/schema.prisma is written
// from it with only the provider and client output swapped; each has its own migrations. These
// helpers write migrations for both and check that neither has drifted from the schema.

export const SQLITE_SCHEMA = "prisma/schema.prisma";
export const PG_SCHEMA = "prisma/postgresql/schema.prisma";
export type Provider = "sqlite" | "postgresql";

export const migrationsDir = (schema: string) => path.join(path.dirname(schema), "migrations");

const PG_HEADER = `// GENERATED from prisma/schema.prisma by \`npm run migration:new\`: do not edit.
// The PostgreSQL twin of the one schema source; its migrations are in prisma/postgresql/migrations.
`;

/** The PostgreSQL schema for a SQLite schema: the same models, another provider and client. */
export function toPostgresSchema(sqlite: string): string {
  const body = sqlite
    .replace(/^(\s*provider\s*=\s*)"sqlite"/m, '$1"postgresql"')
    .replace(/^(\s*output\s*=\s*)"\.\.\/lib\/generated\/prisma"/m, '$1"../../lib/generated/prisma-pg"');
  return PG_HEADER + body;
}

export function migrationNames(schema: string): string[] {
  const dir = migrationsDir(schema);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
}

export function prismaCli(args: string[], databaseUrl: string): string {
  const result = spawnSync(path.join("node_modules", ".bin", "prisma"), args, {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1" },
  });
  if (result.status !== 0) throw new Error(`prisma ${args.join(" ")} failed:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

/**
 * Search lives in objects Prisma cannot describe (lib/search): SQLite's FTS5 table `article_search`
 * and its shadow tables, PostgreSQL's `searchVector` column and GIN index. Introspection reports
 * them; they are taken out so that diffs compare only what schema.prisma describes.
 */
export function stripSearchObjects(datamodel: string): string {
  return datamodel
    .replace(/^(\/\/\/[^\n]*\n)*model article_search\w* \{[^}]*\}\n?/gm, "")
    .split("\n")
    .filter((line) => !/Unsupported\("tsvector"\)|@@index\(\[searchVector\]/.test(line))
    .join("\n");
}

/** Applies every committed migration to the (empty) database at `url` and returns its datamodel. */
export function introspectMigrations(url: string): string {
  prismaCli(["migrate", "deploy"], url);
  return introspect(url);
}

/** The datamodel of the database at `url`, search objects left out. */
export function introspect(url: string): string {
  const pulled = prismaCli(["db", "pull", "--print"], url);
  // `db pull --print` also prints a driver-adapter WARNING on stdout: keep only the schema.
  const start = pulled.search(/^(generator|datasource) /m);
  if (start < 0) throw new Error(`db pull printed no schema:\n${pulled}`);
  // SQLite stores enums as text, so introspection writes enum defaults as strings; turn
  // @default("DRAFT") back into @default(DRAFT) on every non-String field.
  const datamodel = pulled
    .slice(start)
    .split("\n")
    .map((line) =>
      /^\s+\w+\s+String\??\s/.test(line) ? line : line.replace(/@default\("([A-Z][A-Z0-9_]*)"\)/g, "@default($1)"),
    )
    .join("\n");
  return stripSearchObjects(datamodel);
}

/** SQL that takes datamodel `from` (null: an empty database) to `to`; "" when there is nothing to do. */
export function diffDatamodels(from: string | null, to: string, url: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "broadsheet-diff-"));
  try {
    const toFile = path.join(dir, "to.prisma");
    writeFileSync(toFile, to);
    const fromArgs = from === null ? ["--from-empty"] : ["--from-schema-datamodel", path.join(dir, "from.prisma")];
    if (from !== null) writeFileSync(path.join(dir, "from.prisma"), from);
    const out = path.join(dir, "migration.sql");
    prismaCli(["migrate", "diff", ...fromArgs, "--to-schema-datamodel", toFile, "--script", "-o", out], url);
    const sql = readFileSync(out, "utf8");
    return hasStatements(sql) ? sql : "";
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const hasStatements = (sql: string) =>
  sql.split("\n").some((l) => l.trim() !== "" && !l.trim().startsWith("--"));

/** A fresh empty SQLite database URL and its clean-up. */
export function tempSqliteUrl(): { url: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "broadsheet-base-"));
  return { url: `file:${path.join(dir, "base.db")}`, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
