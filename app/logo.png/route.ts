import { brandMarkPng } from "@/lib/seo/brand-mark-png";

// The publisher logo in structured data when the settings do not name one: the publication's
// mark (lib/seo/brand-mark.ts), square, 512 px.
export async function GET() {
  return brandMarkPng(512);
}
