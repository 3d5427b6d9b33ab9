import type { PrismaClient } from "@/lib/db/client";
import { seedLivePage } from "./live";

/** The desk's working demo content, after the stories exist: a live page. */
export async function seedNewsroom(db: PrismaClient, now: Date) {
  await db.$transaction(async (tx) => {
    await seedLivePage(tx, now);
  });
}
