import { databaseProvider, type PrismaClient } from "./client";

/**
 * A case-insensitive "contains" filter for names and labels typed into desk search boxes.
 * SQLite's LIKE already ignores ASCII case and refuses Prisma's `mode` option; PostgreSQL's LIKE
 * is case-sensitive unless asked. The result is typed as SQLite's filter because the app is typed
 * against that client (both are generated from one schema).
 */
export function containsText(db: PrismaClient, text: string): { contains: string } {
  return databaseProvider(db) === "postgresql"
    ? ({ contains: text, mode: "insensitive" } as { contains: string })
    : { contains: text };
}
