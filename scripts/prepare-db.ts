// Migrates the database and, when it holds no content yet, fills it with the demo publication.
import { renewDatabaseEpoch } from "@/lib/cache/database-epoch";
import { createPrismaClient } from "@/lib/db/client";
import { LocalMediaStorage } from "@/lib/media/storage/local";
import { seedDemoContent } from "@/prisma/demo/seed";
import { backfillBodyText } from "./lib/backfill";
import { databaseUrl, mediaDir, migrate } from "./lib/database";

export async function prepareDatabase(url = databaseUrl(), dir = mediaDir()): Promise<void> {
  const applied = migrate(url);
  const db = createPrismaClient(url);
  try {
    if (applied.some((name) => name.endsWith("_search_and_scale"))) {
      const filled = await backfillBodyText(db);
      if (filled) console.log(`Indexed the text of ${filled} existing articles for search.`);
    }
    const seeded = await seedDemoContent(db, new LocalMediaStorage(dir));
    // New content: caches a server filled from whatever was here before are stale.
    if (seeded) await renewDatabaseEpoch(db);
    console.log(seeded ? "Seeded the demo publication." : "Database already has content; not seeding.");
  } finally {
    await db.$disconnect();
  }
}
