import { describe, expect, it } from "vitest";
import { isImagePaste } from "./clipboard";

const png = [{ type: "image/png" }];

describe("isImagePaste", () => {
  it("takes a screenshot or copied file, which comes with no text", () => {
    expect(isImagePaste(png, "", "")).toBe(true);
    expect(isImagePaste([{ type: "image/jpeg" }, { type: "image/webp" }], "", "  ")).toBe(true);
  });

  it("takes a picture copied from a web page, whose HTML holds only the image", () => {
    expect(isImagePaste(png, '<meta charset="utf-8"><img src="https://example.org/a.jpg" alt="">', "")).toBe(true);
    expect(
      isImagePaste(png, "<html><body><!--StartFragment--><img src=x>&nbsp;<!--EndFragment--></body></html>", ""),
    ).toBe(true);
  });

  it("leaves text pastes alone, even when Word adds a picture of the selection", () => {
    expect(isImagePaste(png, '<p class="MsoNormal">Budget <b>vote</b></p><style>p{}</style>', "Budget vote")).toBe(
      false,
    );
    expect(isImagePaste(png, "", "plain words")).toBe(false);
    expect(isImagePaste([], "", "")).toBe(false);
  });
});
