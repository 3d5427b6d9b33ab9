import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { canonicalForm, canonicalUrls } from "./canonical-url";

describe("canonicalForm", () => {
  it("leaves canonical URLs alone", () => {
    for (const url of ["/", "/world", "/world/a-story?utm_source=x", "/tag/trade?page=2"])
      expect(canonicalForm(url)).toBeNull();
  });

  it("lower-cases, drops a trailing slash and collapses doubled slashes at once, keeping the query", () => {
    expect(canonicalForm("/WORLD/")).toBe("/world");
    expect(canonicalForm("//world")).toBe("/world");
    expect(canonicalForm("/World//A-Story/?ref=Mail")).toBe("/world/a-story?ref=Mail");
    expect(canonicalForm("//")).toBe("/");
    expect(canonicalForm("//evil.example/x")).toBe("/evil.example/x");
  });

  it("keeps the case of tokens, ids, file names and percent-escapes", () => {
    expect(canonicalForm("/preview/AbC")).toBeNull();
    expect(canonicalForm("/admin/articles/Ck1/")).toBe("/admin/articles/Ck1");
    expect(canonicalForm("/media/Photo.JPG")).toBeNull();
    expect(canonicalForm("/Caf%C3%A9")).toBe("/caf%C3%A9");
  });
});

describe("canonicalUrls", () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  async function serve(recorded: Record<string, { toPath: string; permanent: boolean }>) {
    const handle = canonicalUrls(
      async (_req, res) => {
        res.end("page");
      },
      async (path) => recorded[path] ?? null,
    );
    server = createServer((req, res) => void handle(req, res));
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it("answers one 308 with one Location, straight to where a moved page lives", async () => {
    const base = await serve({ "/pakistan/old-slug": { toPath: "/asia/new-slug", permanent: true } });
    const moved = await fetch(`${base}/Pakistan/old-slug/?ref=x`, { redirect: "manual" });
    expect(moved.status).toBe(308);
    expect(moved.headers.get("location")).toBe("/asia/new-slug?ref=x");
    const plain = await fetch(`${base}//world`, { redirect: "manual" });
    expect(plain.status).toBe(308);
    expect(plain.headers.get("location")).toBe("/world");
    expect(await (await fetch(`${base}/world`, { redirect: "manual" })).text()).toBe("page");
  });

  it("keeps a temporary recorded redirect temporary", async () => {
    const base = await serve({ "/world/for-now": { toPath: "/world/elsewhere", permanent: false } });
    const moved = await fetch(`${base}/WORLD/for-now`, { redirect: "manual" });
    expect(moved.status).toBe(307);
    expect(moved.headers.get("location")).toBe("/world/elsewhere");
  });
});
