import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { findRedirect } from "./redirects";

const temp = createTempDatabase();
const { db } = temp;
afterAll(() => temp.cleanup());

beforeAll(async () => {
  await db.redirect.createMany({
    data: [
      { fromPath: "/world/old-slug", toPath: "/world/new-slug", statusCode: 308 },
      { fromPath: "/old-section", toPath: "/business", statusCode: 301 },
      { fromPath: "/world/for-now", toPath: "/world/elsewhere", statusCode: 307 },
      { fromPath: "/world/away", toPath: "https://elsewhere.example/", statusCode: 308 },
      { fromPath: "/world/sneaky", toPath: "//elsewhere.example/", statusCode: 308 },
      { fromPath: "/world/loop", toPath: "/world/loop", statusCode: 308 },
    ],
  });
});

describe("recorded redirects", () => {
  it("finds a permanent redirect by its old path", async () => {
    expect(await findRedirect(db, "/world/old-slug")).toEqual({ toPath: "/world/new-slug", permanent: true });
    expect(await findRedirect(db, "/old-section")).toEqual({ toPath: "/business", permanent: true });
  });

  it("keeps a temporary one temporary", async () => {
    expect(await findRedirect(db, "/world/for-now")).toEqual({ toPath: "/world/elsewhere", permanent: false });
  });

  it("answers null for an unknown path", async () => {
    expect(await findRedirect(db, "/world/never-was")).toBeNull();
  });

  it.each(["/world/away", "/world/sneaky", "/world/loop"])(
    "ignores %s, which leaves the site or points at itself",
    async (path) => {
      expect(await findRedirect(db, path)).toBeNull();
    },
  );
});
