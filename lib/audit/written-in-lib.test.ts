import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// An audit entry is written by the lib function that makes the change, in the same transaction:
// no page, action, route handler or component writes one of its own.

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) ? [full.split(path.sep).join("/")] : [];
  });
}

describe("the audit trail", () => {
  it("is written only from lib/", () => {
    const writers = [...sources("app"), ...sources("components")].filter((file) =>
      /@\/lib\/audit\/record|\brecordAudit\(/.test(readFileSync(file, "utf8")),
    );
    expect(writers).toEqual([]);
  });

  it("is written in the transaction of the change it records", () => {
    // An entry awaited on its own, on the plain client, commits apart from the change: a failure
    // between the two leaves a change nobody recorded. Inside `$transaction(async (tx) => ...)`
    // it is written on `tx`; in the array form, it is one of the array's operations (not awaited).
    // Sign-in events record an attempt, not a change, and stand alone.
    const apart = sources("lib")
      .filter((file) => !file.endsWith(".test.ts") && file !== "lib/auth/authenticate.ts")
      .filter((file) => /await recordAudit\(db\b/.test(readFileSync(file, "utf8")));
    expect(apart).toEqual([]);
  });
});
