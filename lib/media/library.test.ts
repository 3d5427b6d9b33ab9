import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeArticle, makeAuthor, makeSection } from "@/lib/testing/fixtures";
import { hugePixelPng, photo, svgFile, textFile, truncated } from "@/lib/testing/images";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { setAvatarFromLibrary, setAvatarFromUpload } from "./avatar";
import { MediaError } from "./errors";
import { addMedia, cleanFileName, deleteMedia, findMediaUsage, listMedia, updateMediaDetails } from "./library";
import { LocalMediaStorage } from "./storage/local";
import { getVariant } from "./variants";
import { isUnused } from "./types";
import { variantKey } from "./urls";

const temp = createTempDatabase();
const { db } = temp;
const root = mkdtempSync(path.join(tmpdir(), "broadsheet-library-"));
const storage = new LocalMediaStorage(root);
afterAll(async () => {
  await temp.cleanup();
  rmSync(root, { recursive: true, force: true });
});

const files = () =>
  readdirSync(root, { recursive: true }).filter((f) => !String(f).startsWith("variants") && String(f).includes("."));

describe("the media library", () => {
  it("stores an upload under its content hash with a row describing it", async () => {
    const uploader = await makeAuthor(db);
    const { item, created } = await addMedia(db, storage, {
      data: await photo(640, 480),
      originalName: "C:\\photos\\harbour.jpg",
      uploaderId: uploader.id,
      alt: "Cranes",
    });
    expect(created).toBe(true);
    expect(item).toMatchObject({
      originalName: "harbour.jpg",
      mimeType: "image/jpeg",
      width: 640,
      height: 480,
      alt: "Cranes",
      uploader: { id: uploader.id },
    });
    expect(item.src).toBe(`/media/${item.storageKey}`);
    expect(await storage.exists(item.storageKey)).toBe(true);
  });

  it("keeps one copy of a picture uploaded twice", async () => {
    const data = await photo(320, 240, "png");
    const first = await addMedia(db, storage, { data, originalName: "a.png", uploaderId: null });
    const again = await addMedia(db, storage, { data, originalName: "b.png", uploaderId: null });
    expect(again).toEqual({ item: first.item, created: false });
    expect(await db.media.count({ where: { storageKey: first.item.storageKey } })).toBe(1);
  });

  it("records an upload and its audit entry in one write, and nothing for a picture already there", async () => {
    const uploader = await makeAuthor(db);
    const data = await photo(300, 200, "webp");
    const uploads = () => db.auditEvent.findMany({ where: { action: "media.upload", actorId: uploader.id } });
    const { item } = await addMedia(
      db,
      storage,
      { data, originalName: "pier.webp", uploaderId: uploader.id },
      {
        actorId: uploader.id,
      },
    );
    expect(await uploads()).toMatchObject([
      { entityType: "Media", entityId: item.id, meta: JSON.stringify({ name: "pier.webp", size: item.size }) },
    ]);
    await addMedia(
      db,
      storage,
      { data, originalName: "again.webp", uploaderId: uploader.id },
      { actorId: uploader.id },
    );
    expect(await uploads()).toHaveLength(1);

    // An audit entry that cannot be written (its actor is gone) takes the row and the file with it.
    const rows = await db.media.count();
    const stored = files().length;
    await expect(
      addMedia(
        db,
        storage,
        { data: await photo(310, 200), originalName: "x.jpg", uploaderId: null },
        {
          actorId: "no-such-user",
        },
      ),
    ).rejects.toThrow();
    expect(await db.media.count()).toBe(rows);
    expect(files().length).toBe(stored);
  });

  it("refuses bad files leaving neither file nor row behind", async () => {
    const rows = await db.media.count();
    const stored = files().length;
    for (const data of [textFile(), svgFile(), hugePixelPng(), truncated(await photo(600, 400))]) {
      await expect(addMedia(db, storage, { data, originalName: "photo.jpg", uploaderId: null })).rejects.toBeInstanceOf(
        MediaError,
      );
    }
    expect(await db.media.count()).toBe(rows);
    expect(files().length).toBe(stored);
  });

  it("lists newest first, searches names, alt text and credits, and leaves avatars out", async () => {
    const { item } = await addMedia(db, storage, {
      data: await photo(100, 100, "webp"),
      originalName: "Flood-Sindh.webp",
      uploaderId: null,
      credit: "Agency Pix",
    });
    await updateMediaDetails(db, item.id, {
      alt: "Flooded rice fields near Sukkur",
      decorative: false,
      caption: "",
      credit: "Agency Pix",
    });
    const user = await makeAuthor(db);
    const avatar = await setAvatarFromUpload(db, storage, user, await photo(300, 300), "me.jpg");

    const all = await listMedia(db);
    expect(all.items[0]!.id).toBe(item.id);
    expect(all.items.map((m) => m.id)).not.toContain(avatar.id);
    expect((await listMedia(db, { q: "flood" })).items.map((m) => m.id)).toEqual([item.id]);
    expect((await listMedia(db, { q: "SUKKUR" })).items.map((m) => m.id)).toEqual([item.id]);
    expect((await listMedia(db, { q: "agency" })).items.map((m) => m.id)).toEqual([item.id]);
    expect((await listMedia(db, { q: "nothing like this" })).total).toBe(0);
  });

  it("knows which articles use an image, as featured image or in the body, and refuses to delete it then", async () => {
    const section = await makeSection(db);
    const { item } = await addMedia(db, storage, {
      data: await photo(400, 300),
      originalName: "used.jpg",
      uploaderId: null,
    });
    const featuring = await makeArticle(db, { sectionId: section.id, title: "Featuring it" });
    await db.article.update({ where: { id: featuring.id }, data: { featuredImageId: item.id } });
    const inBody = await makeArticle(db, { sectionId: section.id, title: "Showing it", status: "DRAFT" });
    const body = {
      type: "doc",
      content: [{ type: "image", attrs: { src: item.src, alt: "A picture", caption: "", credit: "" } }],
    };
    await db.article.update({ where: { id: inBody.id }, data: { body: JSON.stringify(body) } });
    await makeArticle(db, { sectionId: section.id, title: "Not using it" });

    const usage = await findMediaUsage(db, item);
    expect(usage.articles.map((a) => [a.title, a.roles])).toEqual(
      expect.arrayContaining([
        ["Featuring it", ["featured"]],
        ["Showing it", ["body"]],
      ]),
    );
    expect(usage.articles).toHaveLength(2);

    const refused = await deleteMedia(db, storage, item.id);
    expect(refused).toMatchObject({ ok: false, reason: "in-use" });
    expect(await storage.exists(item.storageKey)).toBe(true);
  });

  it("names to someone who may not open every story only the stories they may see, and counts the others", async () => {
    const section = await makeSection(db);
    const [me, other] = [await makeAuthor(db), await makeAuthor(db)];
    const { item } = await addMedia(db, storage, {
      data: await photo(410, 300),
      originalName: "shared.jpg",
      uploaderId: me.id,
    });
    const featuring = async (title: string, data: Partial<Parameters<typeof makeArticle>[1]>) => {
      const a = await makeArticle(db, { sectionId: section.id, title, ...data });
      await db.article.update({ where: { id: a.id }, data: { featuredImageId: item.id } });
    };
    await featuring("Someone else's draft", { status: "DRAFT", authorIds: [other.id] });
    await featuring("Dated tomorrow", { authorIds: [other.id], publishedAt: new Date(Date.now() + 86_400_000) });
    await featuring("Out in the open", { authorIds: [other.id] });
    await featuring("My own draft", { status: "DRAFT", authorIds: [me.id] });

    const theirs = await findMediaUsage(db, item, me.id);
    expect(theirs.articles.map((a) => a.title).sort()).toEqual(["My own draft", "Out in the open"]);
    expect(theirs.unnamed).toBe(2);
    expect(isUnused(theirs)).toBe(false);
    const everyone = await findMediaUsage(db, item);
    expect(everyone.articles).toHaveLength(4);
    expect(everyone.unnamed).toBe(0);
  });

  it("deletes an unused image with its original and every resized copy", async () => {
    const { item } = await addMedia(db, storage, {
      data: await photo(700, 500),
      originalName: "spare.jpg",
      uploaderId: null,
    });
    const hash = item.storageKey.split(".")[0]!;
    expect(await getVariant(storage, hash, 320, "webp")).not.toBeNull();
    expect(await storage.exists(variantKey(hash, 320, "webp"))).toBe(true);

    expect(await deleteMedia(db, storage, item.id)).toMatchObject({ ok: true });
    expect(await db.media.findUnique({ where: { id: item.id } })).toBeNull();
    expect(await storage.exists(item.storageKey)).toBe(false);
    expect(await storage.exists(variantKey(hash, 320, "webp"))).toBe(false);
    expect(await deleteMedia(db, storage, item.id)).toEqual({ ok: false, reason: "missing" });
  });

  it("replaces an avatar, removing the old crop, and crops library images too", async () => {
    const user = await makeAuthor(db);
    const first = await setAvatarFromUpload(db, storage, user, await photo(500, 400), "one.jpg");
    expect(first).toMatchObject({ width: 512, height: 512, alt: user.name });
    const { item: source } = await addMedia(db, storage, {
      data: await photo(800, 600, "png"),
      originalName: "staff.png",
      uploaderId: null,
    });
    const second = await setAvatarFromLibrary(db, storage, user, source.id);
    expect(second).toMatchObject({ width: 512, height: 512 });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).avatarId).toBe(second!.id);
    expect(await db.media.findUnique({ where: { id: first.id } })).toBeNull();
    expect(await storage.exists(first.storageKey)).toBe(false);
    expect(await db.media.findUnique({ where: { id: source.id } })).not.toBeNull();
  });

  it("cleans file names", () => {
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("a\u0000b.jpg")).toBe("ab.jpg");
    expect(cleanFileName("")).toBe("image");
    // A right-to-left override would show "invoice\u202Egnp.exe" as "invoiceexe.png".
    expect(cleanFileName("invoice\u202Egnp.exe")).toBe("invoicegnp.exe");
  });
});
