import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Pages and layouts read through lib/ (see the README): a query written in a page escapes the
// tests of lib/ and the rules the lib function applies. They may hand the client to a lib
// function, never query it themselves.
const root = path.resolve(__dirname, "../..");
const files = (readdirSync(path.join(root, "app"), { recursive: true }) as string[])
  .filter((f) => /(^|[\\/])(page|layout)\.tsx$/.test(f))
  .map((f) => ({ file: path.join("app", f), text: readFileSync(path.join(root, "app", f), "utf8") }));

const QUERY = [/\bdb\s*\.\s*\$?\w+\s*\.\s*\w+\s*\(/, /\$(queryRaw|executeRaw|transaction)\b/, /lib\/generated\/prisma/];

describe("pages and layouts", () => {
  it("are found", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it("run no database query of their own", () => {
    expect(files.filter((f) => QUERY.some((q) => q.test(f.text))).map((f) => f.file)).toEqual([]);
  });
});
