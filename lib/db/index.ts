import "server-only";
import { env } from "@/lib/env";
import { createPrismaClient, type PrismaClient } from "./client";

// One client per server process; survives hot reloads in development.
const globalForDb = globalThis as unknown as { broadsheetDb?: PrismaClient };

export const db: PrismaClient = globalForDb.broadsheetDb ?? createPrismaClient(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForDb.broadsheetDb = db;
