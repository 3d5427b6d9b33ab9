import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { createTempDatabase, type TempDatabase } from "@/lib/testing/temp-db";
import { checkHealth, committedMigrations, migrationsDir } from "./check";

let temp: TempDatabase;
beforeAll(() => {
  temp = createTempDatabase();
});
afterAll(() => temp.cleanup());

describe("checkHealth", () => {
  it("lists the committed migrations the database has not recorded as applied", async () => {
    const committed = committedMigrations(migrationsDir(temp.db));
    expect(committed.length).toBeGreaterThan(3);
    await temp.db.$executeRawUnsafe(
      `CREATE TABLE IF NOT EXISTS _prisma_migrations (id TEXT PRIMARY KEY, checksum TEXT NOT NULL, finished_at TIMESTAMP, migration_name TEXT NOT NULL, logs TEXT, rolled_back_at TIMESTAMP, started_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, applied_steps_count INTEGER NOT NULL DEFAULT 0)`,
    );
    await temp.db.$executeRawUnsafe(`DELETE FROM _prisma_migrations`);
    for (const [i, name] of committed.slice(0, -1).entries()) {
      await temp.db.$executeRawUnsafe(
        `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name) VALUES ('${i}', 'x', CURRENT_TIMESTAMP, '${name}')`,
      );
    }
    expect(await checkHealth(temp.db, committed)).toEqual({
      ok: false,
      database: "up",
      pendingMigrations: [committed.at(-1)],
    });

    await temp.db.$executeRawUnsafe(
      `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name) VALUES ('last', 'x', CURRENT_TIMESTAMP, '${committed.at(-1)}')`,
    );
    expect(await checkHealth(temp.db, committed)).toEqual({ ok: true, database: "up", pendingMigrations: [] });
  });

  it("reports the database down without saying why", async () => {
    const broken = createPrismaClient("file:/nonexistent-folder/for/sure/db.sqlite");
    expect(await checkHealth(broken, ["a"])).toEqual({ ok: false, database: "down", pendingMigrations: null });
  });
});
