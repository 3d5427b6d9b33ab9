import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { ACTION_BODY_BYTES, MAX_REQUEST_BYTES } from "./body-limits";
import { frontDoor, loggablePath, malformedPath } from "./front-door";

let server: Server | undefined;
afterEach(() => server?.close());

async function serve(onRequest: () => void) {
  const handle = frontDoor(
    async (_req, res) => {
      onRequest();
      res.end("handled");
    },
    { siteUrl: "http://localhost:3000", log: pino({ level: "silent" }) },
  );
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

/** Sends only the headers of a POST declaring `length` bytes, and waits for the answer. */
function declare(port: number, length: number, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        method: "POST",
        path: "/api/auth/callback/credentials",
        headers: { "content-length": String(length), ...headers },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      },
    );
    req.on("error", reject);
    req.flushHeaders();
  });
}

describe("frontDoor", () => {
  it("refuses a body declared larger than any route takes, before a handler sees it", async () => {
    let handled = 0;
    const port = await serve(() => handled++);
    expect(await declare(port, MAX_REQUEST_BYTES + 1)).toBe(413);
    expect(handled).toBe(0);
    const ok = await fetch(`http://127.0.0.1:${port}/`, { method: "POST", body: "small" });
    expect(ok.status).toBe(200);
    expect(handled).toBe(1);
  });

  it("holds a server action to the action limit", async () => {
    let handled = 0;
    const port = await serve(() => handled++);
    expect(await declare(port, ACTION_BODY_BYTES + 1, { "next-action": "abc" })).toBe(413);
    expect(handled).toBe(0);
  });
});

describe("front door helpers", () => {
  it("knows a path that cannot be percent-decoded from one that can", () => {
    expect(malformedPath("/tag/%ff")).toBe(true);
    expect(malformedPath("/world/%E0%A4%A")).toBe(true);
    expect(malformedPath("/tag/caf%C3%A9?q=%ff")).toBe(false);
    expect(malformedPath("/search?q=%E0%A4%A")).toBe(false);
  });

  it("logs paths without queries or one-time tokens", () => {
    expect(loggablePath("/search?q=secret")).toBe("/search");
    expect(loggablePath("/admin/reset/abc.def/x")).toBe("/admin/reset/:token/x");
    expect(loggablePath("/preview/tok")).toBe("/preview/:token");
  });
});
