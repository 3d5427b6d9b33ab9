import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { databaseEpoch, renewDatabaseEpoch } from "./database-epoch";

const temp = createTempDatabase();
const { db } = temp;
afterAll(() => temp.cleanup());

describe("the database epoch", () => {
  it("is given to a database that has none, and stays until renewed", async () => {
    const first = await databaseEpoch(db);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(await databaseEpoch(db)).toBe(first);
    const renewed = await renewDatabaseEpoch(db);
    expect(renewed).not.toBe(first);
    expect(await databaseEpoch(db)).toBe(renewed);
  });

  it("is new when the row is gone (a restore clears it)", async () => {
    const before = await databaseEpoch(db);
    await db.databaseEpoch.deleteMany();
    expect(await databaseEpoch(db)).not.toBe(before);
  });
});
