import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { makeArticle, makeAuthor, makeSection } from "@/lib/testing/fixtures";
import { findArticle, findRecent } from "./articles";
import { findAuthor } from "./taxonomy";

// What readers get of library images: the featured image (also the default social image),
// decorative images announced as nothing, and authors' portraits.
const temp = createTempDatabase();
const { db } = temp;
afterAll(() => temp.cleanup());

let n = 0;
const media = (data: { alt?: string; decorative?: boolean } = {}) =>
  db.media.create({
    data: {
      storageKey: `${String(++n).padStart(32, "0")}.jpg`,
      originalName: "x.jpg",
      mimeType: "image/jpeg",
      size: 1,
      width: 1200,
      height: 800,
      credit: "Photo: Desk",
      ...data,
    },
  });

describe("images for readers", () => {
  it("gives a story its featured image, which is also its social image unless another is chosen", async () => {
    const section = await makeSection(db);
    const featured = await media({ alt: "A harbour at dusk" });
    const social = await media({ alt: "A crop for sharing" });
    const a = await makeArticle(db, { sectionId: section.id, slug: "with-image" });
    await db.article.update({ where: { id: a.id }, data: { featuredImageId: featured.id } });
    const story = await findArticle(db, "with-image");
    expect(story?.image).toMatchObject({
      src: `/media/${featured.storageKey}`,
      alt: "A harbour at dusk",
      width: 1200,
      height: 800,
      credit: "Photo: Desk",
    });
    expect(story?.socialImage).toEqual(story?.image);

    await db.article.update({ where: { id: a.id }, data: { socialImageId: social.id } });
    expect((await findArticle(db, "with-image"))?.socialImage?.alt).toBe("A crop for sharing");
  });

  it("gives a decorative image empty alt text, whatever was typed", async () => {
    const section = await makeSection(db);
    const image = await media({ alt: "leftover words", decorative: true });
    const a = await makeArticle(db, { sectionId: section.id, slug: "decorative" });
    await db.article.update({ where: { id: a.id }, data: { featuredImageId: image.id } });
    const card = (await findRecent(db, 10)).find((c) => c.slug === "decorative");
    expect(card?.image?.alt).toBe("");
  });

  it("shows an author's portrait beside their bio", async () => {
    const section = await makeSection(db);
    const author = await makeAuthor(db, "portrayed");
    const portrait = await media({ alt: "portrayed" });
    await db.user.update({ where: { id: author.id }, data: { avatarId: portrait.id } });
    await makeArticle(db, { sectionId: section.id, authorIds: [author.id], slug: "by-portrayed" });
    expect((await findAuthor(db, "portrayed"))?.avatar?.src).toBe(`/media/${portrait.storageKey}`);
    expect((await findArticle(db, "by-portrayed"))?.authors[0]?.avatar?.src).toBe(`/media/${portrait.storageKey}`);
  });
});
