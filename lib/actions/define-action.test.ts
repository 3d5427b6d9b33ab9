import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { UserError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session";
import { defineAction } from "./define-action";
import { fromLib } from "./from-lib";
import { done, fail, idle } from "./result";

// The wrapper's order and its one answer shape, with the session as the only stand-in: the
// order (signed in, valid, found, allowed, then run) is what every desk action relies on.

let current: SessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => current }));

const editor: SessionUser = { id: "u1", name: "Ed", email: "ed@example.com", slug: "ed", role: "EDITOR", avatar: null };
const run = vi.fn(async ({ name }: { id: string; name: string }) => done({ name }, `Saved ${name}.`));
const revalidate = vi.fn();
const records: Record<string, { ownerId: string }> = { a: { ownerId: "u1" }, b: { ownerId: "u2" } };

const rename = defineAction({
  schema: z.object({ id: z.string(), name: z.string().min(2, "Too short.") }),
  load: async ({ id }) => records[id] ?? null,
  notFound: "Gone.",
  authorize: (user, record) => record.ownerId === user.id,
  forbidden: "Not yours.",
  run,
  revalidate,
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

beforeEach(() => {
  current = editor;
  run.mockClear();
  revalidate.mockClear();
});

describe("defineAction", () => {
  it("runs and revalidates for an allowed caller, and answers done", async () => {
    expect(await rename({ id: "a", name: "Alpha" })).toEqual({
      ok: true,
      kind: "done",
      name: "Alpha",
      message: "Saved Alpha.",
    });
    expect(revalidate).toHaveBeenCalledOnce();
  });

  it("answers a typed call and a form with the same kinds, the form also echoing what was sent", async () => {
    current = null;
    expect(await rename({ id: "a", name: "Alpha" })).toMatchObject({ ok: false, kind: "unauthenticated" });
    expect(await rename(idle, form({ id: "a", name: "Alpha" }))).toMatchObject({
      ok: false,
      kind: "unauthenticated",
      values: { id: "a", name: "Alpha" },
    });
    current = editor;
    expect(await rename(idle, form({ id: "a", name: "A" }))).toMatchObject({
      kind: "invalid",
      message: "Please correct the fields marked below.",
      fieldErrors: { name: ["Too short."] },
      values: { name: "A" },
    });
    expect(await rename({ id: "a", name: "A" })).toMatchObject({ kind: "invalid", message: "name: Too short." });
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses a missing record and one the rule does not allow, before running", async () => {
    expect(await rename({ id: "zz", name: "Alpha" })).toEqual({ ok: false, kind: "not-found", message: "Gone." });
    expect(await rename({ id: "b", name: "Alpha" })).toEqual({ ok: false, kind: "forbidden", message: "Not yours." });
    expect(run).not.toHaveBeenCalled();
    expect(revalidate).not.toHaveBeenCalled();
  });

  it("turns a UserError from lib into a refusal on its field, and does not revalidate", async () => {
    run.mockRejectedValueOnce(new UserError("That name is taken.", "name"));
    expect(await rename({ id: "a", name: "Alpha" })).toEqual({
      ok: false,
      kind: "refused",
      message: "That name is taken.",
      fieldErrors: { name: ["That name is taken."] },
    });
    expect(revalidate).not.toHaveBeenCalled();
  });

  it("lets anything unexpected throw", async () => {
    run.mockRejectedValueOnce(new Error("disk full"));
    await expect(rename({ id: "a", name: "Alpha" })).rejects.toThrow("disk full");
  });
});

describe("fromLib", () => {
  it("keeps a lib answer's value and the detail of its refusal", () => {
    expect(fromLib({ ok: true, id: "x" })).toEqual({ ok: true, kind: "done", id: "x" });
    expect(fromLib({ ok: false, kind: "conflict", current: 3 })).toEqual(
      fail("conflict", "That didn’t work.", { current: 3 }),
    );
    expect(fromLib({ ok: false, message: "No." })).toEqual({ ok: false, kind: "refused", message: "No." });
    expect(fromLib({ ok: false, message: "Fix.", fieldErrors: { a: ["b"] } })).toMatchObject({ kind: "invalid" });
  });
});
