import type { PrismaClient } from "@/lib/db/client";
import { seedBudget } from "./budget";
import { seedLivePage } from "./live";

/** The desk's working demo content, after the stories exist: a live page and today's budget. */
export async function seedLiveAndBudget(db: PrismaClient, now: Date) {
  await db.$transaction(async (tx) => {
    await seedLivePage(tx, now);
    await seedBudget(tx, now);
  });
}
