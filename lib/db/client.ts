import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";

// Plain factory, usable from scripts and tests; the app uses the singleton in lib/db/index.ts.
export function createPrismaClient(url: string): PrismaClient {
  // A busy timeout lets concurrent writers wait for SQLite's single write lock instead of failing.
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 5000 }) });
}

export type { PrismaClient };
