import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { ACTION_BODY_BYTES, MAX_REQUEST_BYTES } from "./body-limits";
import { documentCsp } from "./document-csp";
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
  // As scripts/server.ts does: the front door decides whether a waiting client may send its body.
  for (const event of ["checkContinue", "checkExpectation"]) server.on(event, (req, res) => void handle(req, res));
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

/** A POST sent as curl sends a large one: headers with `Expect`, then the body only once told to go on. */
function expecting(port: number, length: number, expect = "100-continue", headers: Record<string, string> = {}) {
  return new Promise<{ status: number; toldToContinue: boolean; text: string }>((resolve, reject) => {
    let toldToContinue = false;
    const req = request(
      {
        host: "127.0.0.1",
        port,
        method: "POST",
        path: "/upload",
        headers: { "content-length": String(length), expect, ...headers },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => {
          resolve({ status: res.statusCode ?? 0, toldToContinue, text });
          req.destroy();
        });
      },
    );
    req.on("continue", () => {
      toldToContinue = true;
      req.end(Buffer.alloc(length, "x"));
    });
    req.on("error", reject);
    req.flushHeaders();
  });
}

describe("frontDoor and Expect: 100-continue", () => {
  it("refuses an oversized body before the client sends it", async () => {
    let handled = 0;
    const port = await serve(() => handled++);
    const answer = await expecting(port, ACTION_BODY_BYTES + 1, "100-continue", { "next-action": "abc" });
    expect(answer).toMatchObject({ status: 413, toldToContinue: false });
    expect(answer.text).toBe("Too large: at most 1 MB can be sent here.");
    expect(handled).toBe(0);
  });

  it("tells the client to go on when the request is acceptable", async () => {
    let handled = 0;
    const port = await serve(() => handled++);
    expect(await expecting(port, 1000)).toEqual({ status: 200, toldToContinue: true, text: "handled" });
    expect(handled).toBe(1);
  });

  it("answers an expectation it does not know with 417", async () => {
    let handled = 0;
    const port = await serve(() => handled++);
    expect(await expecting(port, 1000, "something-else")).toMatchObject({ status: 417, toldToContinue: false });
    expect(handled).toBe(0);
  });
});

describe("frontDoor's refusals reach a client that is sending its body", () => {
  it("answers an oversized server action 413 while the client sends it", async () => {
    const port = await serve(() => {});
    const answer = await fetch(`http://127.0.0.1:${port}/admin/articles/x`, {
      method: "POST",
      headers: { "next-action": "abc" },
      body: "w".repeat(ACTION_BODY_BYTES + 500_000),
    });
    expect(answer.status).toBe(413);
    expect(answer.headers.get("connection")).toBe("close");
    expect(await answer.text()).toBe("Too large: at most 1 MB can be sent here.");
  });

  it("answers a malformed address 400 while the client sends its body", async () => {
    const port = await serve(() => {});
    const answer = await fetch(`http://127.0.0.1:${port}/tag/%ff`, { method: "POST", body: "w".repeat(500_000) });
    expect(answer.status).toBe(400);
    expect(await answer.text()).toBe("Bad request: the address is not valid.");
  });

  it("gets a route's own answer, given without reading the body, to the client", async () => {
    const handle = frontDoor(
      async (_req, res) => {
        // As the upload routes answer someone signed out, before reading a byte.
        res.statusCode = 401;
        res.setHeader("Content-Type", "application/json");
        res.end(JSON.stringify({ error: "Sign in again." }));
      },
      { siteUrl: "http://localhost:3000", log: pino({ level: "silent" }) },
    );
    server = createServer((req, res) => void handle(req, res));
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    const answer = await fetch(`http://127.0.0.1:${port}/api/media`, {
      method: "POST",
      body: new Uint8Array(8 * 1024 * 1024),
    });
    expect(answer.status).toBe(401);
    expect(answer.headers.get("connection")).toBe("close");
    expect(await answer.json()).toEqual({ error: "Sign in again." });
  });
});

describe("the server's wrappers and listeners", () => {
  it("add a fixed number of listeners per request, and none to a connection kept alive", async () => {
    const seen: { response: number; socket: number }[] = [];
    const handle = frontDoor(
      documentCsp(async (req, res) => {
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        for (let i = 0; i < 20; i++) res.write(`<p>chunk ${i}</p>`);
        const socket = req.socket;
        seen.push({
          response: res.listenerCount("close") + res.listenerCount("finish"),
          socket: ["close", "end", "error", "data", "drain", "timeout"].reduce(
            (n, e) => n + socket.listenerCount(e),
            0,
          ),
        });
        res.end("</body>");
      }),
      { siteUrl: "http://localhost:3000", log: pino({ level: "silent" }) },
    );
    server = createServer((req, res) => void handle(req, res));
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    for (let i = 0; i < 30; i++) expect((await fetch(`http://127.0.0.1:${port}/page`)).status).toBe(200);
    // Node warns past 10 listeners of one event on one emitter; Next adds its own on top of these.
    expect(seen[0]!.response).toBeLessThanOrEqual(2);
    expect(new Set(seen.map((s) => JSON.stringify(s))).size).toBe(1);
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
