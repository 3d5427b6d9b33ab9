import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

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
