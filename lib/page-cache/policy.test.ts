import { describe, expect, it } from "vitest";
import { requestDecision, responseDecision, sharedLifetimeMs, storableHeaders } from "./policy";

const get = (url: string, headers: Record<string, string> = {}) =>
  requestDecision("GET", url, { host: "news.example", ...headers });

describe("which requests the page cache answers", () => {
  it("caches anonymous reads of reader pages, keyed by host, path and page", () => {
    expect(get("/")).toEqual({ cache: true, key: "news.example/" });
    expect(get("/world/story")).toEqual({ cache: true, key: "news.example/world/story" });
    expect(get("/world?page=2")).toEqual({ cache: true, key: "news.example/world?page=2" });
    expect(get("/sitemap.xml")).toEqual({ cache: true, key: "news.example/sitemap.xml" });
    expect(requestDecision("HEAD", "/", { host: "news.example" }).cache).toBe(true);
  });

  it.each([
    ["the desk", "/admin"],
    ["the desk's pages", "/admin/articles/1"],
    ["APIs", "/api/auth/session"],
    ["Next's assets", "/_next/static/chunks/a.js"],
    ["previews", "/preview/abc"],
    ["search", "/search?q=dams"],
    ["images and other files", "/media/demo/harbour.webp"],
    ["the favicon", "/favicon.ico"],
    ["other query parameters", "/world?utm_source=x"],
    ["client navigations", "/world?_rsc=1"],
  ])("never caches %s", (_what, url) => expect(get(url).cache).toBe(false));

  it.each([
    ["a desk session", { cookie: "theme=dark; broadsheet.session=abc" }],
    ["a secure desk session", { cookie: "__Secure-broadsheet.session=abc" }],
    ["next-auth's cookies", { cookie: "next-auth.csrf-token=abc" }],
    ["draft mode", { cookie: "__prerender_bypass=1" }],
    ["credentials", { authorization: "Basic eDp5" }],
    ["an RSC request", { rsc: "1" }],
    ["a server action", { "next-action": "abc" }],
  ])("passes requests with %s to Next", (_what, headers) => expect(get("/", headers).cache).toBe(false));

  it("ignores cookies that are not a session", () => expect(get("/", { cookie: "theme=dark" }).cache).toBe(true));

  it("passes other methods through", () => expect(requestDecision("POST", "/", {}).cache).toBe(false));
});

describe("which responses it keeps", () => {
  const html = { "content-type": "text/html; charset=utf-8" };
  it("keeps a tagged 200 HTML or feed response", () => {
    expect(responseDecision(200, html, ["home"]).cache).toBe(true);
    expect(responseDecision(200, { "content-type": "application/rss+xml" }, ["feed"]).cache).toBe(true);
  });

  it.each([
    ["an error", 500, html, ["home"]],
    ["a 404", 404, html, ["home"]],
    ["a redirect", 308, html, ["home"]],
    ["a cookie", 200, { ...html, "set-cookie": "a=b" }, ["home"]],
    ["no tags", 200, html, []],
    ["a stale page", 200, { ...html, "x-nextjs-cache": "STALE" }, ["home"]],
    ["JSON", 200, { "content-type": "application/json" }, ["home"]],
    ["a compressed body", 200, { ...html, "content-encoding": "gzip" }, ["home"]],
  ])("refuses %s", (_what, status, headers, tags) =>
    expect(responseDecision(status as number, headers as Record<string, string>, tags as string[]).cache).toBe(false),
  );

  it("stores headers without per-connection ones", () => {
    expect(
      storableHeaders({
        "Content-Type": "text/html",
        Connection: "keep-alive",
        "Content-Length": 5,
        Date: "x",
        "x-nextjs-cache": "HIT",
        Vary: ["a", "b"],
      }),
    ).toEqual({
      "content-type": "text/html",
      vary: ["a", "b"],
    });
  });
});

describe("how long it keeps them", () => {
  it("no longer than shared caches may, by s-maxage", () => {
    expect(sharedLifetimeMs({ "cache-control": "max-age=0, s-maxage=5, stale-while-revalidate=31535995" })).toBe(5000);
    expect(sharedLifetimeMs({ "cache-control": "s-maxage=300" })).toBe(300_000);
    expect(sharedLifetimeMs({ "cache-control": "public, max-age=60" })).toBeNull();
    expect(sharedLifetimeMs({})).toBeNull();
  });
});
