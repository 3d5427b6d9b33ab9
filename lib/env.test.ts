import { afterEach, describe, expect, it, vi } from "vitest";

// lib/env.ts reads the environment when imported: each case imports it afresh.
async function loadEnv(vars: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  return import("./env");
}
afterEach(() => vi.unstubAllEnvs());

describe("SITE_URL", () => {
  it("defaults to localhost on the port the server listens on", async () => {
    const { env, siteUrlIsDefault } = await loadEnv({ SITE_URL: undefined, PORT: "3911" });
    expect(env.SITE_URL).toBe("http://localhost:3911");
    expect(siteUrlIsDefault).toBe(true);
  });

  it("defaults to port 3000 when no port is given", async () => {
    const { env } = await loadEnv({ SITE_URL: undefined, PORT: undefined });
    expect(env.SITE_URL).toBe("http://localhost:3000");
  });

  it("is taken as set, without a trailing slash", async () => {
    const { env, siteUrlIsDefault } = await loadEnv({ SITE_URL: "https://news.example/", PORT: "3911" });
    expect(env.SITE_URL).toBe("https://news.example");
    expect(siteUrlIsDefault).toBe(false);
  });
});
