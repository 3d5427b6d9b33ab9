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

describe("TRUSTED_PROXIES", () => {
  it("trusts no proxy by default", async () => {
    const { env } = await loadEnv({ TRUSTED_PROXIES: undefined });
    expect(env.TRUSTED_PROXIES).toEqual({ hops: 0 });
  });

  it("is read as hops or ranges", async () => {
    expect((await loadEnv({ TRUSTED_PROXIES: "1" })).env.TRUSTED_PROXIES).toEqual({ hops: 1 });
    expect((await loadEnv({ TRUSTED_PROXIES: "127.0.0.1,10.0.0.0/8" })).env.TRUSTED_PROXIES).toEqual({
      ranges: ["127.0.0.1", "10.0.0.0/8"],
    });
  });

  it("stops the server from starting when it cannot be read", async () => {
    await expect(loadEnv({ TRUSTED_PROXIES: "the nginx box" })).rejects.toThrow(/TRUSTED_PROXIES: "the nginx box"/);
  });
});

describe("REDIS_URL", () => {
  it("is unset by default: one instance needs no Redis", async () => {
    const { env } = await loadEnv({ REDIS_URL: undefined, REDIS_PREFIX: undefined });
    expect(env.REDIS_URL).toBeUndefined();
    expect(env.REDIS_PREFIX).toBe("broadsheet");
  });

  it("takes redis:// and rediss:// URLs and refuses anything else", async () => {
    expect((await loadEnv({ REDIS_URL: "rediss://cache.internal:6380" })).env.REDIS_URL).toBe(
      "rediss://cache.internal:6380",
    );
    await expect(loadEnv({ REDIS_URL: "http://cache.internal" })).rejects.toThrow(/REDIS_URL/);
    await expect(loadEnv({ REDIS_PREFIX: "two words" })).rejects.toThrow(/REDIS_PREFIX/);
  });
});
