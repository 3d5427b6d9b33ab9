import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { wasRemoved } from "./gone";

const temp = createTempDatabase();
const { db } = temp;
afterAll(() => temp.cleanup());

const hour = 3_600_000;
const past = new Date(Date.now() - hour);

beforeAll(async () => {
  const section = await db.section.create({ data: { name: "World", slug: "world" } });
  const story = (slug: string, data: Record<string, unknown>) =>
    db.article.create({ data: { slug, title: slug, body: "{}", sectionId: section.id, ...data } });
  await story("live", { status: "PUBLISHED", publishedAt: past });
  await story("unpublished", { status: "DRAFT", publishedAt: past });
  await story("archived", { status: "ARCHIVED", publishedAt: past });
  await story("trashed", { status: "PUBLISHED", publishedAt: past, deletedAt: new Date() });
  await story("never-out", { status: "DRAFT" });
  await story("rescheduled", { status: "SCHEDULED", publishedAt: past, scheduledFor: new Date(Date.now() + hour) });
  await story("embargoed", { status: "PUBLISHED", publishedAt: past, embargoUntil: new Date(Date.now() + hour) });
});

describe("removed stories", () => {
  it("are gone when readers could once read them", async () => {
    for (const slug of ["unpublished", "archived", "trashed"])
      expect(await wasRemoved(db, `/world/${slug}`), slug).toBe(true);
  });

  it("are not gone when they never reached readers, are coming back, are live or never existed", async () => {
    for (const path of [
      "/world/never-out",
      "/world/rescheduled",
      "/world/embargoed",
      "/world/live",
      "/world/no-such-story",
      "/elsewhere/archived",
      "/world",
      "/world/archived/more",
    ])
      expect(await wasRemoved(db, path), path).toBe(false);
  });
});
