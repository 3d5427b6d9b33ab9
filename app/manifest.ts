import type { MetadataRoute } from "next";
import { getSettings } from "@/lib/content/queries";

// The web manifest (linked from every page by Next): the publication's name from its settings,
// its icons from public/ (scripts/generate-icons.ts). Rendered on each request, so a renamed
// publication is never shown under the name the build read.
export const dynamic = "force-dynamic";

export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const settings = await getSettings();
  return {
    name: settings.siteName,
    short_name: settings.siteName.replace(/^the\s+/i, ""),
    description: settings.description,
    lang: settings.locale,
    start_url: "/",
    scope: "/",
    display: "browser",
    background_color: "#fbfaf7",
    theme_color: "#a61b1b",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
}
