import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { foreignServerAction, frontDoor } from "./front-door";

let server: Server | undefined;
afterEach(() => server?.close());

const request = (method: string, url: string, headers: Record<string, string>) =>
  ({ method, url, headers }) as unknown as IncomingMessage;
const action = (headers: Record<string, string>) =>
  request("POST", "/admin/articles/x", { host: "news.example", "next-action": "abc", ...headers });

describe("foreignServerAction", () => {
  it("is a server action whose Origin names another host than the request's", () => {
    expect(foreignServerAction(action({ origin: "https://evil.example" }))).toBe(true);
    expect(foreignServerAction(action({ origin: "null" }))).toBe(true);
    expect(foreignServerAction(action({ origin: "not a url" }))).toBe(true);
    // A proxy's X-Forwarded-Host is the host the browser used.
    expect(
      foreignServerAction(
        action({ host: "127.0.0.1:3000", "x-forwarded-host": "evil.example", origin: "https://news.example" }),
      ),
    ).toBe(true);
  });

  it("is not the site's own page, nor a client that names no origin", () => {
    expect(foreignServerAction(action({ origin: "https://news.example" }))).toBe(false);
    expect(
      foreignServerAction(
        action({ host: "127.0.0.1:3000", "x-forwarded-host": "news.example, inner", origin: "https://news.example" }),
      ),
    ).toBe(false);
    expect(foreignServerAction(action({}))).toBe(false);
  });

  it("covers a form posted to a page without script, but not the API's own routes or other methods", () => {
    const form = {
      host: "news.example",
      origin: "https://evil.example",
      "content-type": "multipart/form-data; boundary=x",
    };
    expect(foreignServerAction(request("POST", "/admin/users", form))).toBe(true);
    expect(foreignServerAction(request("POST", "/api/media", form))).toBe(false);
    expect(foreignServerAction(request("GET", "/admin/users", { ...form, "next-action": "abc" }))).toBe(false);
    expect(
      foreignServerAction(
        request("POST", "/admin/users", { ...form, "content-type": "application/x-www-form-urlencoded" }),
      ),
    ).toBe(false);
  });
});

describe("the front door and a server action from another site", () => {
  it("answers 403 and never hands it on", async () => {
    let handled = 0;
    const handle = frontDoor(
      async (_req, res) => {
        handled++;
        res.end("ran");
      },
      { siteUrl: "http://localhost:3000", log: pino({ level: "silent" }) },
    );
    server = createServer((req, res) => void handle(req, res));
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/admin/articles/x`;
    const post = (origin: string) =>
      fetch(url, { method: "POST", headers: { "next-action": "abc", origin }, body: "[]" });
    const refused = await post("https://evil.example");
    expect(refused.status).toBe(403);
    expect(await refused.text()).toBe("Forbidden: this action was sent from another site.");
    expect(handled).toBe(0);
    expect((await post(new URL(url).origin)).status).toBe(200);
    expect(handled).toBe(1);
  });
});
