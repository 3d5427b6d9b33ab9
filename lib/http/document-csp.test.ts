import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { documentCsp } from "./document-csp";

let server: Server | undefined;
afterEach(() => server?.close());

async function serve(handler: Parameters<typeof documentCsp>[0]) {
  server = createServer((req, res) => void documentCsp(handler)(req, res));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const script = 'self.__next_f.push([1,"x"])';

describe("documentCsp", () => {
  it("holds a streamed HTML document back and sends it with its hashes, compressed when asked", async () => {
    const base = await serve(async (_req, res) => {
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.flushHeaders();
      res.write("<!DOCTYPE html><html><body>");
      await new Promise((r) => setTimeout(r, 5));
      res.write(`<script>${script}</script>${"<p>words</p>".repeat(200)}`);
      res.end("</body></html>");
    });
    const res = await fetch(base, { headers: { accept: "text/html", "accept-encoding": "gzip" } });
    expect(res.headers.get("content-security-policy")).toMatch(/script-src 'self' 'sha256-[^']+'/);
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(await res.text()).toContain(script);
  });

  it("hashes an HTML page whoever asks for it, since the page cache may serve it to a browser later", async () => {
    const base = await serve(async (_req, res) => {
      res.setHeader("content-type", "text/html");
      res.end(`<script>${script}</script>`);
    });
    const res = await fetch(base, { headers: { accept: "*/*" } });
    expect(res.headers.get("content-security-policy")).toMatch(/script-src 'self' 'sha256-[^']+'/);
  });

  it("passes anything else through untouched", async () => {
    const base = await serve(async (_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end('{"ok":true}');
    });
    const res = await fetch(base, { headers: { accept: "text/html" } });
    expect(res.headers.get("content-security-policy")).toBeNull();
    expect(await res.json()).toEqual({ ok: true });
  });

  it("sends no policy with a 304, which would replace the stored page's", async () => {
    const base = await serve(async (_req, res) => {
      res.setHeader("content-type", "text/html");
      res.statusCode = 304;
      res.end();
    });
    const res = await fetch(base, { headers: { accept: "text/html" } });
    expect(res.status).toBe(304);
    expect(res.headers.get("content-security-policy")).toBeNull();
  });

  it("drops the default policy from a bare 304, as Next answers a revalidation on a page-cache miss", async () => {
    const base = await serve(async (_req, res) => {
      // As the front door sets it on every response before Next answers.
      res.setHeader("content-security-policy", "default-src 'self'; script-src 'self'");
      res.writeHead(304, { etag: '"a"' });
      res.end();
    });
    const res = await fetch(base, { headers: { accept: "text/html", "if-none-match": '"a"' } });
    expect(res.status).toBe(304);
    expect(res.headers.get("etag")).toBe('"a"');
    expect(res.headers.get("content-security-policy")).toBeNull();
  });
});
