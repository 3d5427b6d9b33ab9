import { describe, expect, it } from "vitest";
import { isFromOwnPages, isSameOrigin } from "./same-origin";

const post = (headers: Record<string, string>) =>
  new Request("http://127.0.0.1:3000/api/media", { method: "POST", headers });

describe("isSameOrigin", () => {
  it("accepts the desk's own pages and clients that send no Origin", () => {
    expect(isSameOrigin(post({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }))).toBe(true);
    expect(
      isSameOrigin(post({ origin: "https://news.example", host: "internal:3000", "x-forwarded-host": "news.example" })),
    ).toBe(true);
    expect(isSameOrigin(post({ host: "127.0.0.1:3000" }))).toBe(true);
  });

  it("refuses another site and nonsense", () => {
    expect(isSameOrigin(post({ origin: "https://attacker.example", host: "127.0.0.1:3000" }))).toBe(false);
    expect(isSameOrigin(post({ origin: "null", host: "127.0.0.1:3000" }))).toBe(false);
  });
});

describe("isFromOwnPages", () => {
  it("believes the browser's Sec-Fetch-Site first", () => {
    expect(isFromOwnPages(post({ "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(isFromOwnPages(post({ "sec-fetch-site": "cross-site", origin: "http://127.0.0.1:3000" }))).toBe(false);
    expect(isFromOwnPages(post({ "sec-fetch-site": "none" }))).toBe(false);
  });

  it("otherwise needs an Origin of the site: a request naming none is not from its pages", () => {
    expect(isFromOwnPages(post({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }))).toBe(true);
    expect(isFromOwnPages(post({ host: "127.0.0.1:3000" }))).toBe(false);
    expect(isFromOwnPages(post({ origin: "https://attacker.example", host: "127.0.0.1:3000" }))).toBe(false);
  });
});
