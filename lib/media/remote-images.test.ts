import { describe, expect, it } from "vitest";
import { isRemoteImageSrc, remoteImages, remoteImagesMessage } from "./remote-images";

const image = (src: string) => ({ type: "image", attrs: { src, alt: "x" } });

describe("images still at another site's address", () => {
  it("tells another site's address from the site's own paths", () => {
    expect(isRemoteImageSrc("https://cdn.example/a.png")).toBe(true);
    expect(isRemoteImageSrc("HTTP://cdn.example/a.png")).toBe(true);
    expect(isRemoteImageSrc("/media/0123456789abcdef0123456789abcdef.jpg")).toBe(false);
    expect(isRemoteImageSrc("/images/rule.png")).toBe(false);
  });

  it("finds them at any depth, in reading order", () => {
    const doc = {
      content: [
        image("/media/0123456789abcdef0123456789abcdef.jpg"),
        { type: "blockquote", content: [image("https://a.example/1.png")] },
        { type: "bulletList", content: [{ type: "listItem", content: [image("http://b.example/2.png")] }] },
      ],
    };
    expect(remoteImages(doc)).toEqual(["https://a.example/1.png", "http://b.example/2.png"]);
    expect(remoteImages({ content: [image("/media/x.jpg")] })).toEqual([]);
  });

  it("names the sites to replace them from", () => {
    expect(remoteImagesMessage(["https://a.example/1.png"], "before publishing")).toBe(
      "The image pasted from a.example is not in the media library: import it again, replace it with a library image, or remove it before publishing.",
    );
    expect(
      remoteImagesMessage(
        ["https://a.example/1.png", "https://a.example/2.png", "http://b.example/3.png"],
        "before publishing",
      ),
    ).toBe(
      "3 images pasted from other sites (a.example, b.example) are not in the media library: import them again, replace them with a library image, or remove them before publishing.",
    );
  });
});
