import { expect, test } from "@playwright/test";

// A reader (or a crawler) can reach every section, tag and author from the front page
// without meeting a dead link.
test("every internal link on the site answers 200", async ({ request }) => {
  const queue = ["/"];
  const seen = new Set(queue);
  const broken: string[] = [];
  while (queue.length) {
    const path = queue.shift()!;
    const response = await request.get(path);
    if (response.status() !== 200) {
      broken.push(`${path} -> ${response.status()}`);
      continue;
    }
    const html = await response.text();
    for (const [, href] of html.matchAll(/href="(\/[^"#]*)"/g)) {
      const link = href!.replace(/&amp;/g, "&");
      if (link.startsWith("/_next/") || link.startsWith("/media/") || seen.has(link)) continue;
      seen.add(link);
      queue.push(link);
    }
  }
  expect(broken).toEqual([]);
  const visited = [...seen];
  expect(visited.filter((p) => p.startsWith("/tag/")).length).toBeGreaterThan(10);
  expect(visited.filter((p) => p.startsWith("/author/")).length).toBeGreaterThanOrEqual(6);
  expect(
    visited.filter((p) => /^\/[a-z0-9-]+\/[a-z0-9-]+$/.test(p) && !/^\/(tag|author)\//.test(p)).length,
  ).toBeGreaterThanOrEqual(40);
});
