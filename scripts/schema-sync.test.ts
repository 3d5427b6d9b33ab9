import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { createEmptyDatabase } from "@/lib/testing/temp-db";
import {
  diffDatamodels,
  introspectMigrations,
  migrationNames,
  PG_SCHEMA,
  SQLITE_SCHEMA,
  toPostgresSchema,
} from "./lib/schema-sync";

// The two databases must never drift apart: prisma/postgresql/ is written from prisma/schema.prisma by
// `npm run migration:new`, and each provider's migrations must rebuild its schema exactly.
// `npm test` checks SQLite; `npm run test:pg` checks PostgreSQL with the same file.

const FIX = "Run `npm run migration:new -- <name>` after changing prisma/schema.prisma.";

describe("schema sources", () => {
  it("prisma/postgresql/schema.prisma is prisma/schema.prisma with the PostgreSQL provider", () => {
    expect(readFileSync(PG_SCHEMA, "utf8"), FIX).toBe(toPostgresSchema(readFileSync(SQLITE_SCHEMA, "utf8")));
  });

  it("every migration exists for both databases", () => {
    expect(migrationNames(PG_SCHEMA), FIX).toEqual(migrationNames(SQLITE_SCHEMA));
  });
});

describe("migrations", () => {
  const empty = createEmptyDatabase();
  afterAll(() => empty.cleanup());

  it("apply with `prisma migrate deploy` and rebuild the schema exactly, search objects aside", async () => {
    const schema = readFileSync(empty.provider === "postgresql" ? PG_SCHEMA : SQLITE_SCHEMA, "utf8");
    const migrated = introspectMigrations(empty.url);
    expect(diffDatamodels(migrated, schema, empty.url), FIX).toBe("");
  }, 90_000);
});
