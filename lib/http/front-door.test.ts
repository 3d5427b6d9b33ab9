import { describe, expect, it } from "vitest";
import { loggablePath, malformedPath } from "./front-door";

describe("front door", () => {
  it("knows a path that cannot be percent-decoded from one that can", () => {
    expect(malformedPath("/tag/%ff")).toBe(true);
    expect(malformedPath("/world/%E0%A4%A")).toBe(true);
    expect(malformedPath("/tag/caf%C3%A9?q=%ff")).toBe(false);
    expect(malformedPath("/search?q=%E0%A4%A")).toBe(false);
  });

  it("logs paths without queries or one-time tokens", () => {
    expect(loggablePath("/search?q=secret")).toBe("/search");
    expect(loggablePath("/admin/reset/abc.def/x")).toBe("/admin/reset/:token/x");
    expect(loggablePath("/preview/tok")).toBe("/preview/:token");
  });
});
