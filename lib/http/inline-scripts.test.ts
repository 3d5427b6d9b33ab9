import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes } from "./inline-scripts";
import { contentSecurityPolicy, securityHeaders } from "./security-headers";

const sha = (text: string) => `sha256-${createHash("sha256").update(text).digest("base64")}`;

describe("inlineScriptHashes", () => {
  it("hashes the framework's inline scripts exactly as written", () => {
    const flight = 'self.__next_f.push([1,"0:\\"$L1\\"\\n"])';
    const boot = "(self.__next_f=self.__next_f||[]).push([0])";
    const turbopack = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push([])';
    const html = `<html><head><script src="/_next/a.js" async=""></script></head><body><script>${boot}</script><script id="_R_">${turbopack}</script><script>${flight}</script><script>${flight}</script></body></html>`;
    expect(inlineScriptHashes(html).sort()).toEqual([sha(boot), sha(turbopack), sha(flight)].sort());
  });

  it("does not hash scripts of any other shape, data blocks or external scripts", () => {
    const html = [
      "<script>alert(1)</script>",
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
      '<script src="https://evil.example/x.js"></script>',
      '<script onload="x()">self.__next_f.push(1)</script>',
      "<SCRIPT>document.cookie</SCRIPT>",
    ].join("");
    expect(inlineScriptHashes(html)).toEqual([]);
  });
});

describe("the policy", () => {
  it("lists hashes in script-src and locks down objects, base, frames and forms", () => {
    const csp = contentSecurityPolicy(["sha256-abc="]);
    expect(csp).toContain("script-src 'self' 'sha256-abc='");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    for (const d of [
      "object-src 'none'",
      "base-uri 'self'",
      "frame-ancestors 'none'",
      "form-action 'self'",
      "img-src 'self' data: blob:",
      "frame-src https://www.youtube-nocookie.com",
    ]) {
      expect(csp).toContain(d);
    }
  });

  it("sends HSTS only for an https site", () => {
    expect(securityHeaders("https://news.example")["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
    expect(securityHeaders("http://localhost:3000")["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders("http://localhost:3000")["X-Content-Type-Options"]).toBe("nosniff");
  });
});
