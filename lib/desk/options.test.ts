import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { makeArticle, makeAuthor, makeSection, makeTag } from "@/lib/testing/fixtures";
import { listSections, listTags } from "@/lib/taxonomy/list";
import { findOwnBio } from "@/lib/users/read";
import { activePeople, bylinedPeople, mediaOptions, sectionOptions } from "./options";

const temp = createTempDatabase();
const { db } = temp;
afterAll(() => temp.cleanup());

describe("what the desk's pages read", () => {
  it("offers sections in navigation order, and the people each form may name", async () => {
    const second = await makeSection(db, "sport", 2);
    const first = await makeSection(db, "world", 1);
    const writer = await makeAuthor(db, "writer");
    const idle = await makeAuthor(db, "idle");
    const gone = await makeAuthor(db, "gone");
    await db.user.update({ where: { id: gone.id }, data: { active: false } });
    await makeArticle(db, { sectionId: first.id, authorIds: [writer.id, gone.id], status: "DRAFT" });

    expect((await sectionOptions(db)).map((s) => s.id)).toEqual([first.id, second.id]);
    expect((await activePeople(db)).map((p) => p.name)).toEqual(["idle", "writer"]);
    expect((await bylinedPeople(db)).map((p) => p.name)).toEqual(["gone", "writer"]);
    expect(await findOwnBio(db, idle.id)).toBe("Bio of idle");
  });

  it("names library images by their alt text and file name, newest first", async () => {
    const media = (originalName: string, alt: string, createdAt: Date) =>
      db.media.create({
        data: {
          storageKey: originalName,
          originalName,
          alt,
          createdAt,
          mimeType: "image/png",
          size: 1,
          width: 1,
          height: 1,
        },
      });
    await media("old.png", "", new Date("2026-01-01T00:00:00Z"));
    await media("new.png", `A dam${" at dawn".repeat(10)}`, new Date("2026-02-01T00:00:00Z"));
    expect((await mediaOptions(db)).map((m) => m.label)).toEqual([
      `A dam${" at dawn".repeat(10)}`.slice(0, 60) + " (new.png)",
      "old.png",
    ]);
    expect(await mediaOptions(db, 1)).toHaveLength(1);
  });

  it("lists sections and tags with how many stories each holds", async () => {
    const section = (await listSections(db)).find((s) => s.slug === "world")!;
    expect(section).toMatchObject({ name: "world", count: 1 });
    const dams = await makeTag(db, "dams");
    await makeTag(db, "aqueducts");
    await makeArticle(db, { sectionId: section.id, tagIds: [dams.id] });
    expect((await listTags(db)).map((t) => [t.slug, t.count])).toEqual([
      ["aqueducts", 0],
      ["dams", 1],
    ]);
  });
});
