import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { makeArticle, makeSection } from "@/lib/testing/fixtures";
import type { ArticleCard } from "@/lib/content/types";
import { findBreaking, findExpiredBreaking } from "./read";
import { isBreakingActive, withBreakingLead } from "./rules";
import { setBreaking } from "./set";

const temp = createTempDatabase();
const { db } = temp;
afterAll(() => temp.cleanup());

const editor = { id: "", role: "EDITOR" as const };
const author = { id: "", role: "AUTHOR" as const };
const ids: Record<string, string> = {};
const inMinutes = (n: number, from = Date.now()) => new Date(from + n * 60_000);

beforeAll(async () => {
  const sectionId = (await makeSection(db, "world")).id;
  editor.id = (await db.user.create({ data: { slug: "ed", name: "Ed", email: "ed@example.test", role: "EDITOR" } })).id;
  author.id = (await db.user.create({ data: { slug: "au", name: "Au", email: "au@example.test", role: "AUTHOR" } })).id;
  ids.older = (await makeArticle(db, { sectionId, slug: "older", publishedAt: inMinutes(-60) })).id;
  ids.newer = (await makeArticle(db, { sectionId, slug: "newer", publishedAt: inMinutes(-10) })).id;
  ids.draft = (await makeArticle(db, { sectionId, slug: "draft", status: "DRAFT" })).id;
});

describe("breaking expiry", () => {
  it("is active while flagged and before its expiry, or until cleared", () => {
    const now = new Date("2026-01-01T12:00:00Z");
    expect(isBreakingActive({ breaking: true, until: null }, now)).toBe(true);
    expect(isBreakingActive({ breaking: true, until: "2026-01-01T12:00:01Z" }, now)).toBe(true);
    expect(isBreakingActive({ breaking: true, until: "2026-01-01T12:00:00Z" }, now)).toBe(false);
    expect(isBreakingActive({ breaking: false, until: null }, now)).toBe(false);
  });

  it("shows a story as breaking until its expiry, then no longer, without anyone acting", async () => {
    expect(await setBreaking(db, editor, ids.older!, { breaking: true, until: inMinutes(30) })).toMatchObject({
      ok: true,
    });
    expect((await findBreaking(db))?.card.slug).toBe("older");
    expect(await findBreaking(db, inMinutes(31))).toBeNull();
    // The scheduler's sweep finds it in the window where it expired, and only there.
    expect(await findExpiredBreaking(db, inMinutes(29), inMinutes(31))).toEqual([ids.older]);
    expect(await findExpiredBreaking(db, inMinutes(31), inMinutes(40))).toEqual([]);
  });

  it("is cleared by the desk, and lasts until cleared when no expiry is given", async () => {
    await setBreaking(db, editor, ids.newer!, { breaking: true, until: null });
    expect((await findBreaking(db, inMinutes(60 * 24)))?.card.slug).toBe("newer");
    await setBreaking(db, editor, ids.newer!, { breaking: false, until: null });
    await setBreaking(db, editor, ids.older!, { breaking: false, until: null });
    expect(await findBreaking(db)).toBeNull();
  });

  it("is for editors, for stories readers can see, with an expiry ahead", async () => {
    expect(await setBreaking(db, author, ids.newer!, { breaking: true, until: null })).toMatchObject({ ok: false });
    expect(await setBreaking(db, editor, ids.draft!, { breaking: true, until: null })).toMatchObject({ ok: false });
    expect(await setBreaking(db, editor, ids.newer!, { breaking: true, until: inMinutes(-1) })).toMatchObject({
      ok: false,
    });
    expect(await findBreaking(db)).toBeNull();
  });
});

describe("the front page while a story is breaking", () => {
  const card = (id: string) => ({ id }) as ArticleCard;
  it("puts the breaking story in the top slot and moves the former lead down", () => {
    const front = { lead: card("a"), top: [card("b"), card("c")], latest: [card("d"), card("e")] };
    const result = withBreakingLead(front, card("e"));
    expect(result.lead?.id).toBe("e");
    expect(result.top.map((a) => a.id)).toEqual(["a", "b"]);
    expect(result.latest.map((a) => a.id)).toEqual(["d"]);
    expect(withBreakingLead(front, null)).toBe(front);
  });
});
