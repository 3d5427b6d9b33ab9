import { readdirSync } from "node:fs";
import path from "node:path";
import { databaseProvider, type PrismaClient } from "@/lib/db/client";

// What /api/health reports: whether the database answers, and which committed migrations it has
// not applied. Nothing else: no versions, paths, URLs or error texts that would help an attacker.

export interface Health {
  ok: boolean;
  database: "up" | "down";
  pendingMigrations: string[] | null;
}

/** The migrations committed for a database (the folder names, which Prisma records as applied). */
export function committedMigrations(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export const migrationsDir = (db: PrismaClient, root = process.cwd()) =>
  path.join(root, databaseProvider(db) === "postgresql" ? "prisma/postgresql/migrations" : "prisma/migrations");

export async function checkHealth(db: PrismaClient, committed: string[]): Promise<Health> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
  } catch {
    return { ok: false, database: "down", pendingMigrations: null };
  }
  let applied: string[] = [];
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    applied = rows.map((r) => r.migration_name);
  } catch {
    // No migration table: nothing was ever applied.
  }
  const done = new Set(applied);
  const pendingMigrations = committed.filter((name) => !done.has(name));
  return { ok: pendingMigrations.length === 0, database: "up", pendingMigrations };
}
