import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { makeSection } from "@/lib/testing/fixtures";
import { createDraft } from "@/lib/articles/lifecycle";
import { editingNow, PRESENCE_TTL_MS, presenceTracker } from "./presence";

const temp = createTempDatabase();
const { db } = temp;
afterAll(() => temp.cleanup());

let ana: string, ben: string, story: string, other: string;

beforeAll(async () => {
  await makeSection(db, "world", 0);
  const make = async (slug: string) =>
    (await db.user.create({ data: { slug, name: `${slug} Reporter`, email: `${slug}@t.test`, role: "EDITOR" } })).id;
  ana = await make("ana");
  ben = await make("ben");
  story = (await createDraft(db, { id: ana, role: "EDITOR" })).id;
  other = (await createDraft(db, { id: ben, role: "EDITOR" })).id;
});

const names = async (ids: string[], now?: Date, except?: string) =>
  Object.fromEntries(
    [...(await editingNow(db, ids, { now, except })).entries()].map(([id, list]) => [id, list.map((u) => u.name)]),
  );

describe("editing presence", () => {
  it("names each person once per story, whatever the instances and tabs, and forgets who left", async () => {
    const one = presenceTracker(db, "one");
    const two = presenceTracker(db, "two");
    await one.sync([
      { articleId: story, userId: ana },
      { articleId: story, userId: ana },
      { articleId: other, userId: ben },
    ]);
    await two.sync([
      { articleId: story, userId: ana },
      { articleId: story, userId: ben },
    ]);
    expect(await names([story, other])).toEqual({
      [story]: ["ana Reporter", "ben Reporter"],
      [other]: ["ben Reporter"],
    });

    // Ana's own list names only the others.
    expect((await names([story], undefined, ana))[story]).toEqual(["ben Reporter"]);

    // Ana closes her tab on instance one; she still has the story open on instance two.
    await one.sync([{ articleId: other, userId: ben }]);
    expect((await names([story]))[story]).toEqual(["ana Reporter", "ben Reporter"]);
    await two.sync([]);
    expect(await names([story, other])).toEqual({ [other]: ["ben Reporter"] });

    await one.clear();
    expect(await names([story, other])).toEqual({});
  });

  it("ignores rows an instance stopped refreshing (it died), and refreshes its own while they stay open", async () => {
    const t0 = new Date("2026-12-07T10:00:00Z");
    const gone = presenceTracker(db, "gone");
    await gone.sync([{ articleId: story, userId: ben }], t0);
    expect((await names([story], t0))[story]).toEqual(["ben Reporter"]);
    expect(await names([story], new Date(t0.getTime() + PRESENCE_TTL_MS + 1))).toEqual({});

    const alive = presenceTracker(db, "alive");
    await alive.sync([{ articleId: story, userId: ana }], t0);
    for (let s = 5; s <= 120; s += 5)
      await alive.sync([{ articleId: story, userId: ana }], new Date(t0.getTime() + s * 1000));
    expect((await names([story], new Date(t0.getTime() + 121_000)))[story]).toEqual(["ana Reporter"]);
    await alive.clear();
    await gone.clear();
  });
});
