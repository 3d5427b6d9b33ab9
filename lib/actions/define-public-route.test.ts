import { beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { definePublicRoute } from "./define-public-route";

// The public routes' one refusal: whatever is wrong with a request, the answer is the same.

const received: unknown[] = [];
const beacon = definePublicRoute({
  admit: (request) => request.headers.get("x-key") === "right",
  body: { limit: 20, schema: z.object({ id: z.string().min(1) }) },
  refusal: () => new Response(null, { status: 204 }),
  run: async (input) => {
    received.push(input);
    return Response.json(input);
  },
});

const send = (body: string, key = "right") =>
  beacon(new Request("http://localhost/api/beacon", { method: "POST", body, headers: { "x-key": key } }));

beforeEach(() => {
  received.length = 0;
});

describe("definePublicRoute", () => {
  it("runs an admitted request with its parsed body", async () => {
    const response = await send(JSON.stringify({ id: "a1" }));
    expect(await response.json()).toEqual({ id: "a1" });
    expect(received).toEqual([{ id: "a1" }]);
  });

  it("gives the one refusal to a request not admitted, too large, not JSON or invalid", async () => {
    for (const response of [
      await send(JSON.stringify({ id: "a1" }), "wrong"),
      await send(JSON.stringify({ id: "a1", padding: "x".repeat(40) })),
      await send("{ not json"),
      await send(JSON.stringify({ id: "" })),
    ]) {
      expect(response.status).toBe(204);
    }
    expect(received).toEqual([]);
  });

  it("reads no body when it takes none", async () => {
    const sweep = definePublicRoute({
      admit: () => true,
      refusal: () => new Response(null, { status: 404 }),
      run: async (input) => Response.json({ input: input ?? null }),
    });
    expect(await (await sweep(new Request("http://localhost/x", { method: "POST" }))).json()).toEqual({ input: null });
  });
});
