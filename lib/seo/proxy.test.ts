import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { seoProxy } from "./proxy";

const run = (path: string) => seoProxy(new NextRequest(`https://news.example${path}`));
const location = (path: string) => run(path)?.headers.get("location");
const rewrittenTo = (path: string) => run(path)?.headers.get("x-middleware-rewrite");

describe("upper-case paths", () => {
  it("answer 308 to the lower-case path, keeping the query", () => {
    const response = run("/World/Talks-Resume?ref=Mail");
    expect(response?.status).toBe(308);
    expect(response?.headers.get("location")).toBe("https://news.example/world/talks-resume?ref=Mail");
  });

  it("keep percent-escapes as they are", () => {
    expect(location("/Caf%C3%A9")).toBe("https://news.example/caf%C3%A9");
  });

  it("leave the desk, the API and previews alone (their paths may carry tokens)", () => {
    for (const path of ["/admin/Reset/AbC", "/api/auth/Callback", "/preview/XyZ", "/_next/data/AbC/x.json"])
      expect(run(path)).toBeNull();
  });

  it("pass lower-case reader paths through", () => {
    expect(run("/world/talks-resume")).toBeNull();
    expect(run("/")).toBeNull();
  });
});

describe("listing pages", () => {
  it("are rewritten to the cached route for their page number", () => {
    expect(rewrittenTo("/world?page=3")).toBe("https://news.example/world/page/3");
    expect(rewrittenTo("/tag/trade?page=2&utm_source=x")).toBe("https://news.example/tag/trade/page/2?utm_source=x");
    expect(rewrittenTo("/author/ayesha-siddiqui?page=12")).toBe("https://news.example/author/ayesha-siddiqui/page/12");
  });

  it("send anything but one whole number to page 0, which answers 404", () => {
    for (const query of ["page=zero", "page=1.5", "page=", "page=2&page=3", "page=-1"]) {
      expect(rewrittenTo(`/world?${query}`), query).toBe("https://news.example/world/page/0");
    }
  });

  it("answer 308 from ?page=1 to the bare listing", () => {
    expect(run("/world?page=1")?.status).toBe(308);
    expect(location("/world?page=1&ref=x")).toBe("https://news.example/world?ref=x");
  });

  it("leave reserved paths, articles and the front page alone", () => {
    for (const path of [
      "/search?page=2",
      "/admin?page=2",
      "/world/talks-resume?page=2",
      "/?page=2",
      "/feed.xml?page=2",
    ])
      expect(run(path), path).toBeNull();
  });

  it("leave a listing without a page parameter alone", () => {
    expect(run("/world")).toBeNull();
    expect(run("/tag/trade?utm_source=x")).toBeNull();
  });
});
