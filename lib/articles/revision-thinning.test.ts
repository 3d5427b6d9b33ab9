import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { makeSection } from "@/lib/testing/fixtures";
import { createDraft } from "./lifecycle";
import { thinRevisions } from "./revision-thinning";

const temp = createTempDatabase();
const { db } = temp;
afterAll(() => temp.cleanup());

let articleId = "";
let userId = "";
const now = new Date("2026-12-07T12:00:00Z");
const daysAgo = (d: number, minutes = 0) => new Date(now.getTime() - d * 86_400_000 + minutes * 60_000);

beforeAll(async () => {
  await makeSection(db, "world", 0);
  userId = (await db.user.create({ data: { slug: "a", name: "A", email: "a@t.test", role: "AUTHOR" } })).id;
  articleId = (await createDraft(db, { id: userId, role: "AUTHOR" })).id;
  await db.revision.deleteMany({ where: { articleId } });
});

const revision = (createdAt: Date, reason = "save", version = 1) =>
  db.revision.create({ data: { articleId, version, snapshot: "{}", reason, authorId: userId, createdAt } });

describe("thinning the history", () => {
  it("keeps everything from the last 30 days, then the last edit of each hour, and every status change", async () => {
    const recent = [await revision(daysAgo(29, 0)), await revision(daysAgo(29, 5)), await revision(daysAgo(29, 10))];
    // An old hour with four edits (hour boundaries are whole UTC hours), a publish among them.
    const base = new Date("2026-10-01T09:00:00Z");
    const at = (m: number) => new Date(base.getTime() + m * 60_000);
    const edits = [await revision(at(1)), await revision(at(20)), await revision(at(40)), await revision(at(59))];
    const published = await revision(at(30), "publish");
    const nextHour = await revision(at(61));
    // A correction names one of the thinned edits: that one stays.
    await db.correction.create({
      data: { articleId, text: "A correction.", revisionId: edits[1]!.id, authorId: userId },
    });

    expect(await thinRevisions(db, now)).toBe(2);
    const left = new Set((await db.revision.findMany({ where: { articleId }, select: { id: true } })).map((r) => r.id));
    for (const r of recent) expect(left.has(r.id)).toBe(true);
    expect(left.has(edits[3]!.id)).toBe(true);
    expect(left.has(edits[1]!.id)).toBe(true);
    expect(left.has(edits[0]!.id)).toBe(false);
    expect(left.has(edits[2]!.id)).toBe(false);
    expect(left.has(published.id)).toBe(true);
    expect(left.has(nextHour.id)).toBe(true);
    // Running again changes nothing.
    expect(await thinRevisions(db, now)).toBe(0);
  });
});
