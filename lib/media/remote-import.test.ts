import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeAuthor } from "@/lib/testing/fixtures";
import { photo, svgFile } from "@/lib/testing/images";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { importRemoteImage } from "./remote-import";
import { LocalMediaStorage } from "./storage/local";

const temp = createTempDatabase();
const { db } = temp;
const root = mkdtempSync(path.join(tmpdir(), "broadsheet-import-"));
const storage = new LocalMediaStorage(root);
const files: Record<string, Buffer> = {};
const server = createServer((req, res) => {
  const file = files[req.url ?? ""];
  if (file) res.writeHead(200, { "content-type": "application/octet-stream" }).end(file);
  else res.writeHead(404).end();
});
let port = 0;
beforeAll(async () => {
  files["/harbour.jpg"] = await photo(320, 200);
  files["/drawing.png"] = svgFile();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await temp.cleanup();
  rmSync(root, { recursive: true, force: true });
});

// The test server is on this machine: a made-up public name resolves to it, and only it is allowed.
const viaTestServer = {
  resolve: async () => [{ address: "127.0.0.1", family: 4 as const }],
  isAllowed: (a: string) => a === "127.0.0.1",
};

describe("importing a pasted image into the library", () => {
  it("stores it like an upload, with an audit entry naming where it came from", async () => {
    const user = await makeAuthor(db);
    const url = `http://photos.example:${port}/harbour.jpg`;
    const { item, created } = await importRemoteImage(db, storage, { url, userId: user.id }, viaTestServer);
    expect(created).toBe(true);
    expect(item).toMatchObject({ originalName: "harbour.jpg", mimeType: "image/jpeg", width: 320, height: 200 });
    expect(item.src).toMatch(/^\/media\/[a-f0-9]{32}\.jpg$/);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "media.upload", entityId: item.id } });
    expect(JSON.parse(audit.meta ?? "{}")).toMatchObject({ importedFrom: url });
  });

  it("refuses what the upload pipeline refuses, whatever the site calls it", async () => {
    const user = await makeAuthor(db);
    const url = `http://photos.example:${port}/drawing.png`;
    await expect(importRemoteImage(db, storage, { url, userId: user.id }, viaTestServer)).rejects.toThrow(
      "SVG files are not accepted",
    );
  });
});
