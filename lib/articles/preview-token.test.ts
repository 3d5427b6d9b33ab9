import { describe, expect, it } from "vitest";
import { createPreviewToken, PREVIEW_TTL_MS, verifyPreviewToken } from "./preview-token";

describe("preview tokens", () => {
  const now = 1_800_000_000_000;
  const token = createPreviewToken("article123", "secret", now);

  it("grants the article until it expires", () => {
    expect(verifyPreviewToken(token, "secret", now + 1000)).toBe("article123");
    expect(verifyPreviewToken(token, "secret", now + PREVIEW_TTL_MS + 1)).toBeNull();
  });

  it("refuses a forged or altered token", () => {
    expect(verifyPreviewToken(token, "other secret", now)).toBeNull();
    expect(verifyPreviewToken(token.replace("article123", "article124"), "secret", now)).toBeNull();
    const [id, , mac] = token.split(".");
    expect(verifyPreviewToken(`${id}.zzzzzzzzz.${mac}`, "secret", now)).toBeNull();
    expect(verifyPreviewToken("garbage", "secret", now)).toBeNull();
  });
});
