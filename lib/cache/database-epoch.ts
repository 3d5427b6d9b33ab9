import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/db/client";

// Which database a server reads: an epoch stored in the database itself, renewed whenever its
// content is replaced wholesale (seeded, restored), so caches filled from another database, or from
// this one before the replacement, are recognised and discarded (lib/cache/next-cache-key.ts).

const ID = "db";

/** The database's epoch; a database that has none (made before epochs existed) is given one. */
export async function databaseEpoch(db: PrismaClient): Promise<string> {
  const row = await db.databaseEpoch.findUnique({ where: { id: ID } });
  if (row) return row.epoch;
  return (await db.databaseEpoch.upsert({ where: { id: ID }, create: { id: ID, epoch: randomUUID() }, update: {} }))
    .epoch;
}

/** Marks the database's content as new: every cache filled before is stale. */
export async function renewDatabaseEpoch(db: PrismaClient): Promise<string> {
  const epoch = randomUUID();
  await db.databaseEpoch.upsert({ where: { id: ID }, create: { id: ID, epoch }, update: { epoch } });
  return epoch;
}
