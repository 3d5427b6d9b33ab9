import type { PrismaClient } from "@/lib/db/client";
import { seedBudget } from "./budget";
import { seedLivePage } from "./live";
import { seedViews } from "./most-read";

/** The desk's working demo content, after the stories exist: a live page, today's budget and a week of reading for the "Most read" rail. */
export async function seedLiveAndBudget(db: PrismaClient, now: Date) {
  await db.$transaction(async (tx) => {
    await seedLivePage(tx, now);
    await seedBudget(tx, now);
    await seedViews(tx, now);
  });
}
