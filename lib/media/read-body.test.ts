import { describe, expect, it } from "vitest";
import { MediaError } from "./errors";
import { readLimitedBody } from "./read-body";

function streamed(chunks: number[], headers: Record<string, string> = {}) {
  let cancelled = false;
  const left = () => chunks.length;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const size = chunks.shift();
      if (size === undefined) controller.close();
      else controller.enqueue(new Uint8Array(size).fill(7));
    },
    cancel() {
      cancelled = true;
    },
  });
  const request = new Request("http://localhost/api/media", {
    method: "POST",
    body,
    headers,
    duplex: "half",
  } as RequestInit);
  return { request, wasCancelled: () => cancelled, left };
}

describe("readLimitedBody", () => {
  it("reads a body within the limit", async () => {
    const { request } = streamed([3, 4]);
    expect(await readLimitedBody(request, 10)).toEqual(Buffer.alloc(7, 7));
  });

  it("refuses a declared length over the limit without reading", async () => {
    const request = new Request("http://localhost/api/media", {
      method: "POST",
      body: new Uint8Array(20),
      headers: { "content-length": "20" },
    });
    await expect(readLimitedBody(request, 10)).rejects.toMatchObject({ code: "too-large", status: 413 });
  });

  it("stops reading a stream that passes the limit, without cancelling it (that would cut the connection)", async () => {
    const { request, wasCancelled, left } = streamed([6, 6, 6, 6, 6, 6]);
    const error = await readLimitedBody(request, 10).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaError);
    expect(left()).toBeGreaterThan(0);
    expect(wasCancelled()).toBe(false);
  });
});
