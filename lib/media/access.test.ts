import { describe, expect, it } from "vitest";
import { canChangeMedia } from "./access";

describe("canChangeMedia", () => {
  it("lets uploaders change their own images and editors anyone's", () => {
    expect(canChangeMedia({ id: "u1", role: "CONTRIBUTOR" }, "u1")).toBe(true);
    expect(canChangeMedia({ id: "u1", role: "AUTHOR" }, "u2")).toBe(false);
    expect(canChangeMedia({ id: "u1", role: "AUTHOR" }, null)).toBe(false);
    expect(canChangeMedia({ id: "u1", role: "EDITOR" }, "u2")).toBe(true);
    expect(canChangeMedia({ id: "u1", role: "ADMIN" }, null)).toBe(true);
  });
});
