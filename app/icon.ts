import { brandMarkPng } from "@/lib/seo/brand-mark-png";

// The favicon for browsers that take the page's icon link: the publication's mark
// (lib/seo/brand-mark.ts), as public/favicon.ico is for those that ask for /favicon.ico.
export const size = { width: 64, height: 64 };
export const contentType = "image/png";

export default async function Icon() {
  return brandMarkPng(size.width);
}
