import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LocalMediaStorage } from "./local";
import { isValidKey, type MediaStorage } from "./types";

const root = mkdtempSync(path.join(tmpdir(), "broadsheet-media-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const storage: MediaStorage = new LocalMediaStorage(root);

describe("LocalMediaStorage", () => {
  it("stores, reads, replaces and deletes bytes by key", async () => {
    expect(await storage.get("a1.jpg")).toBeNull();
    expect(await storage.exists("a1.jpg")).toBe(false);
    await storage.put("a1.jpg", Buffer.from("one"), "image/jpeg");
    expect((await storage.get("a1.jpg"))?.toString()).toBe("one");
    await storage.put("a1.jpg", Buffer.from("two"), "image/jpeg");
    expect((await storage.get("a1.jpg"))?.toString()).toBe("two");
    expect(await storage.exists("a1.jpg")).toBe(true);
    await storage.delete("a1.jpg");
    await storage.delete("a1.jpg");
    expect(await storage.exists("a1.jpg")).toBe(false);
  });

  it("leaves no temporary files behind", async () => {
    await storage.put("b2.png", Buffer.from("png"), "image/png");
    expect(readdirSync(root).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("deletes everything under a prefix", async () => {
    await storage.put("variants/abc/320.webp", Buffer.from("a"), "image/webp");
    await storage.put("variants/abc/640.avif", Buffer.from("b"), "image/avif");
    await storage.put("variants/abd/320.webp", Buffer.from("c"), "image/webp");
    await storage.deletePrefix("variants/abc");
    expect(await storage.exists("variants/abc/320.webp")).toBe(false);
    expect(await storage.exists("variants/abc/640.avif")).toBe(false);
    expect(await storage.exists("variants/abd/320.webp")).toBe(true);
  });

  it("refuses keys that could leave its folder", async () => {
    for (const key of ["../escape.jpg", "a/../../b.jpg", "/etc/passwd", "A.JPG", "", "a//b.jpg", "a/./b.jpg"]) {
      expect(isValidKey(key), key).toBe(false);
      await expect(storage.put(key, Buffer.from("x"), "image/jpeg")).rejects.toThrow(/Invalid media storage key/);
    }
    await expect(storage.get("../outside")).rejects.toThrow(/Invalid media storage key/);
  });
});
