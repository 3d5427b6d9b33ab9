import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { documentCsp } from "./document-csp";

let server: Server | undefined;
afterEach(() => server?.close());

async function serve(handler: Parameters<typeof documentCsp>[0], options?: Parameters<typeof documentCsp>[1]) {
  server = createServer((req, res) => void documentCsp(handler, options)(req, res));
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

  it("gives a fresh page a strong ETag and its content's Last-Modified, and answers both validators with 304", async () => {
    const base = await serve(async (_req, res) => {
      res.setHeader("content-type", "text/html");
      res.setHeader("etag", 'W/"next"');
      res.setHeader("cache-control", "s-maxage=300, stale-while-revalidate=3600");
      res.end(`<meta property="article:modified_time" content="2026-12-06T10:00:00.000Z"/>${"<p>x</p>".repeat(300)}`);
    });
    const res = await fetch(base, { headers: { "accept-encoding": "br" } });
    expect(res.headers.get("content-encoding")).toBe("br");
    const etag = res.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+-br"$/);
    expect(res.headers.get("last-modified")).toBe("Sun, 06 Dec 2026 10:00:00 GMT");
    // Without max-age, a browser could keep the page for a tenth of its age without asking.
    expect(res.headers.get("cache-control")).toBe("max-age=0, s-maxage=300, stale-while-revalidate=3600");
    const byEtag = await fetch(base, { headers: { "if-none-match": etag } });
    expect(byEtag.status).toBe(304);
    expect(byEtag.headers.get("content-security-policy")).toBeNull();
    const byDate = await fetch(base, { headers: { "if-modified-since": "Sun, 06 Dec 2026 10:00:00 GMT" } });
    expect(byDate.status).toBe(304);
    expect((await fetch(base, { headers: { "if-modified-since": "Sun, 06 Dec 2026 09:59:59 GMT" } })).status).toBe(200);
  });

  it("compresses and validates feeds and sitemaps too", async () => {
    const base = await serve(async (_req, res) => {
      res.setHeader("content-type", "application/rss+xml; charset=utf-8");
      res.end(`<rss><lastBuildDate>Sun, 06 Dec 2026 09:00:00 GMT</lastBuildDate>${"<item/>".repeat(300)}</rss>`);
    });
    const res = await fetch(base, { headers: { "accept-encoding": "gzip" } });
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(res.headers.get("etag")).toMatch(/-gz"$/);
    expect(res.headers.get("last-modified")).toBe("Sun, 06 Dec 2026 09:00:00 GMT");
    expect(res.headers.get("content-security-policy")).toBeNull();
  });

  it("sends one Location however often Next appends it", async () => {
    const base = await serve(async (_req, res) => {
      res.statusCode = 308;
      res.appendHeader("location", "/world");
      res.appendHeader("location", "/world");
      res.setHeader("content-type", "text/html");
      res.end("<html></html>");
    });
    const res = await fetch(base, { redirect: "manual" });
    expect(res.status).toBe(308);
    expect(res.headers.get("location")).toBe("/world");
  });

  it("answers 410 with the not-found page for a story readers could once read", async () => {
    const base = await serve(
      async (_req, res) => {
        res.statusCode = 404;
        res.setHeader("content-type", "text/html");
        res.end("<html><h1>Page not found</h1></html>");
      },
      { gone: async (path) => path === "/world/removed" },
    );
    const gone = await fetch(`${base}/world/removed?x=1`);
    expect(gone.status).toBe(410);
    expect(gone.headers.get("x-robots-tag")).toBe("noindex");
    expect(await gone.text()).toContain("Page not found");
    expect((await fetch(`${base}/world/never`)).status).toBe(404);
  });
});
