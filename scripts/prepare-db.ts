// Migrates the database and, when it holds no content yet, fills it with the demo publication.
import { createPrismaClient } from "@/lib/db/client";
import { seedDemoContent } from "@/prisma/demo/seed";
import { databaseUrl, migrate } from "./lib/database";

export async function prepareDatabase(url = databaseUrl()): Promise<void> {
  migrate(url);
  const db = createPrismaClient(url);
  try {
    const seeded = await seedDemoContent(db);
    console.log(seeded ? "Seeded the demo publication." : "Database already has content; not seeding.");
  } finally {
    await db.$disconnect();
  }
}
