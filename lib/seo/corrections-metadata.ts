import type { Metadata } from "next";
import type { SeoSite } from "./types";
import { correctionsFeedPath, correctionsPath, siteFeedPath } from "./urls";

/** The corrections log, with its own feed offered beside the site's. */
export function correctionsMetadata(site: SeoSite, page: number): Metadata {
  const canonical = page > 1 ? `${correctionsPath}?page=${page}` : correctionsPath;
  return {
    title: page > 1 ? `Corrections: page ${page}` : "Corrections",
    description: `Corrections to stories published by ${site.name}, newest first.`,
    alternates: {
      canonical,
      types: {
        "application/rss+xml": [
          { url: siteFeedPath, title: site.name },
          { url: correctionsFeedPath, title: `Corrections | ${site.name}` },
        ],
      },
    },
  };
}
