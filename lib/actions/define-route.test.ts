import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import { UserError } from "@/lib/errors";
import { mediaErrors } from "@/lib/media/errors";
import { defineRoute } from "./define-route";
import { done, fail } from "./result";

// The route definition's order and its answers, with the session as the only stand-in: refusals
// come before the body is read, and each Result kind answers with its HTTP status.

let current: SessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => current }));

const editor: SessionUser = { id: "u1", name: "Ed", email: "ed@example.com", slug: "ed", role: "EDITOR", avatar: null };
const records: Record<string, { ownerId: string }> = { a: { ownerId: "u1" }, b: { ownerId: "u2" } };
const run = vi.fn(async ({ name }: { name: string }, { body }: { body: Buffer }) => done({ name, bytes: body.length }));
const revalidate = vi.fn();

const upload = defineRoute({
  query: z.object({ id: z.string(), name: z.string().min(2, "Too short.") }),
  body: { limit: 10 },
  load: async ({ id }) => records[id] ?? null,
  notFound: "Gone.",
  authorize: (user, record) => record.ownerId === user.id,
  forbidden: "Not yours.",
  run,
  revalidate,
  reply: ({ name, bytes }) => ({ status: 201, json: { name, bytes } }),
});

/** A POST whose body tells whether anyone started reading it. */
function post(query: string, { bytes = 5, origin }: { bytes?: number; origin?: string } = {}) {
  const read = { started: false };
  const body = new ReadableStream(
    {
      pull(controller) {
        read.started = true;
        controller.enqueue(new Uint8Array(bytes));
        controller.close();
      },
    },
    { highWaterMark: 0 },
  );
  const headers = origin ? { origin } : undefined;
  const init = { method: "POST", body, headers, duplex: "half" } as RequestInit;
  return { request: new Request(`http://localhost/api/thing?${query}`, init), read };
}

const answer = async (response: Response) => ({
  status: response.status,
  json: await response.json(),
  cache: response.headers.get("cache-control"),
});

beforeEach(() => {
  current = editor;
  run.mockClear();
  revalidate.mockClear();
});

describe("defineRoute", () => {
  it("reads the body, runs and revalidates for an allowed caller, and answers the reply as JSON", async () => {
    const { request, read } = post("id=a&name=Alpha");
    expect(await answer(await upload(request))).toEqual({
      status: 201,
      json: { name: "Alpha", bytes: 5 },
      cache: "no-store",
    });
    expect(read.started).toBe(true);
    expect(revalidate).toHaveBeenCalledOnce();
  });

  it("answers each refusal with its status and { error }, before reading the body", async () => {
    const cases: [string, { origin?: string }, number, string][] = [
      [
        "id=a&name=Alpha",
        { origin: "https://attacker.example" },
        403,
        "Changes are only accepted from the desk’s own pages.",
      ],
      ["id=a&name=A", {}, 400, "name: Too short."],
      ["id=zz&name=Alpha", {}, 404, "Gone."],
      ["id=b&name=Alpha", {}, 403, "Not yours."],
    ];
    for (const [query, options, status, error] of cases) {
      const { request, read } = post(query, options);
      expect(await answer(await upload(request)), query).toEqual({ status, json: { error }, cache: "no-store" });
      expect(read.started, query).toBe(false);
    }
    current = null;
    const { request, read } = post("id=a&name=Alpha");
    expect(await answer(await upload(request))).toMatchObject({
      status: 401,
      json: { error: "Your session has ended. Sign in again." },
    });
    expect(read.started).toBe(false);
    expect(run).not.toHaveBeenCalled();
    expect(revalidate).not.toHaveBeenCalled();
  });

  it("refuses a body over its limit with 413 and the reason, without running", async () => {
    const { request } = post("id=a&name=Alpha", { bytes: 11 });
    expect(await answer(await upload(request))).toMatchObject({
      status: 413,
      json: { error: mediaErrors.tooLarge().message },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("keeps a refused file's own status, and answers lib's refusals by their kind", async () => {
    run.mockRejectedValueOnce(mediaErrors.svg());
    expect((await upload(post("id=a&name=Alpha").request)).status).toBe(415);
    run.mockRejectedValueOnce(mediaErrors.damaged());
    expect((await upload(post("id=a&name=Alpha").request)).status).toBe(422);
    run.mockRejectedValueOnce(new UserError("That name is taken.", "name"));
    expect(await answer(await upload(post("id=a&name=Alpha").request))).toMatchObject({
      status: 422,
      json: { error: "That name is taken." },
    });
    run.mockResolvedValueOnce(fail("conflict", "Someone changed it.") as never);
    expect((await upload(post("id=a&name=Alpha").request)).status).toBe(409);
    expect(revalidate).not.toHaveBeenCalled();
  });

  it("lets anything unexpected throw", async () => {
    run.mockRejectedValueOnce(new Error("disk full"));
    await expect(upload(post("id=a&name=Alpha").request)).rejects.toThrow("disk full");
  });

  it("lets a read come from anywhere the cookie goes, and reads no body for it", async () => {
    const list = defineRoute({
      query: z.object({ q: z.string().default("") }),
      authorize: (user) => user.role === "EDITOR",
      run: async ({ q }) => done({ q }),
      reply: ({ q }) => ({ json: { q } }),
    });
    const request = new Request("http://localhost/api/thing?q=tea", {
      headers: { origin: "https://elsewhere.example" },
    });
    expect(await answer(await list(request))).toEqual({ status: 200, json: { q: "tea" }, cache: "no-store" });
  });
});
