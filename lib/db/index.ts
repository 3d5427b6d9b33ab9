import "server-only";
import { env } from "@/lib/env";
import { createPrismaClient, type PrismaClient } from "./client";

// One client per server process; survives hot reloads in development, and scripts/server.ts
// finds it here to close the database on shutdown (Next's bundle has its own module instances).
const globalForDb = globalThis as unknown as { broadsheetDb?: PrismaClient };

export const db: PrismaClient = (globalForDb.broadsheetDb ??= createPrismaClient(env.DATABASE_URL));
