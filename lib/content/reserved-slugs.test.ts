import { describe, expect, it } from "vitest";
import { RESERVED_SLUGS } from "./paths";
import { isValidSlug } from "./slug";

describe("slugs a section may not take", () => {
  it.each(["icon", "robots", "logo", "page", "card", "manifest", "sitemap", "favicon", "security", "admin", "api"])(
    "reserves %s, the name of one of the site's own routes or files",
    (slug) => expect(RESERVED_SLUGS.has(slug)).toBe(true),
  );

  it("reserves something in each top-level route and public file the site has", async () => {
    const { readdirSync } = await import("node:fs");
    const top = [
      ...readdirSync("app").filter((n) => !n.startsWith("(") && !/\.(tsx?|css)$/.test(n)),
      ...readdirSync("app/(site)").filter((n) => !n.startsWith("[") && !/\.(tsx?|css)$/.test(n)),
      ...readdirSync("public"),
      ...readdirSync("app").filter((n) => /^(icon|robots|manifest|sitemap)\.tsx?$/.test(n)),
    ];
    for (const name of top) {
      // A file's stem (`logo` of logo.png) is what a section slug could be; dots never are.
      const stem = name.replace(/\..*$/, "");
      if (isValidSlug(stem)) expect(RESERVED_SLUGS.has(stem), `${name} -> ${stem}`).toBe(true);
    }
  });
});
