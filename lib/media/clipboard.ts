// Which pastes into the editor are image uploads. Pure: safe in the browser.
//
// A screenshot or a copied file arrives as files with no text. A copy from a web page arrives as
// an image file plus HTML holding only an <img>: uploading it keeps the picture in the library
// instead of linking to someone else's server. A copy from Word or Excel carries files too (a
// picture of the selection) beside real text: that is a text paste, and the files are ignored.

const textOf = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;|&#160;/g, " ")
    .trim();

export function isImagePaste(files: readonly { type: string }[], html: string, plain: string): boolean {
  if (!files.length) return false;
  if (html) return textOf(html) === "";
  return plain.trim() === "";
}
