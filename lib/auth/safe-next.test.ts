import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next";

describe("safeNextPath", () => {
  it.each([
    ["/admin/users", "/admin/users"],
    ["/admin/articles?status=DRAFT", "/admin/articles?status=DRAFT"],
    [null, "/admin"],
    ["", "/admin"],
    ["https://evil.example/admin", "/admin"],
    ["//evil.example/admin", "/admin"],
    ["/\\evil.example", "/admin"],
    ["/world", "/admin"],
    ["/admin/login?next=/admin", "/admin"],
    ["/admin/../world", "/admin"],
  ])("%j -> %s", (input, expected) => expect(safeNextPath(input)).toBe(expected));
});
