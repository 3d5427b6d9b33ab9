import type { Metadata } from "next";
import { authorPath } from "@/lib/content/paths";
import type { Article } from "@/lib/content/types";
import { modifiedAt, ogLocale } from "./dates";
import type { SeoSite } from "./types";
import { absoluteUrl, listingCardPath, sectionFeedPath, siteCardPath, siteFeedPath, SOCIAL_IMAGE_SIZE } from "./urls";

// Metadata (title, description, canonical, Open Graph, Twitter, feed discovery) for reader pages.
// Paths stay relative: the root layout's metadataBase (SITE_URL) makes them absolute.

interface Feed {
  path: string;
  title: string;
}

/** Feed discovery links: the site's feed on every page, plus the feed of what the page lists. */
function feeds(site: SeoSite, own?: Feed) {
  const all = [{ url: siteFeedPath, title: site.name }, ...(own ? [{ url: own.path, title: own.title }] : [])];
  return { "application/rss+xml": all };
}

function twitter(site: SeoSite): Metadata["twitter"] {
  // No images here: Next copies the Open Graph image and its alt text into twitter:image.
  return { card: "summary_large_image", ...(site.xHandle ? { site: `@${site.xHandle}` } : {}) };
}

const card = (path: string, alt: string) => ({ url: path, ...SOCIAL_IMAGE_SIZE, alt, type: "image/png" });

/** Defaults for every reader page; pages that describe themselves replace them. */
export function siteMetadata(site: SeoSite): Metadata {
  return {
    openGraph: {
      type: "website",
      siteName: site.name,
      locale: ogLocale(site.locale),
      images: [card(siteCardPath, site.name)],
    },
    twitter: twitter(site),
    alternates: { types: feeds(site) },
  };
}

export function frontPageMetadata(site: SeoSite): Metadata {
  return {
    title: { absolute: site.name },
    description: site.description,
    alternates: { canonical: "/", types: feeds(site) },
    openGraph: {
      type: "website",
      url: "/",
      title: site.name,
      description: site.description,
      siteName: site.name,
      locale: ogLocale(site.locale),
      images: [card(siteCardPath, `${site.name}: ${site.description}`)],
    },
    twitter: twitter(site),
  };
}

export interface Listing {
  /** The listing's own name ("World", a tag, an author). */
  name: string;
  description: string;
  /** Path of page 1: "/world", "/tag/trade". */
  path: string;
  page: number;
  feedPath: string;
}

/** Section, tag and author pages. Later pages are canonical to themselves, not to page 1. */
export function listingMetadata(site: SeoSite, listing: Listing): Metadata {
  const { name, description, path, page } = listing;
  const canonical = page > 1 ? `${path}?page=${page}` : path;
  const title = page > 1 ? `${name}: page ${page}` : name;
  return {
    title,
    description,
    alternates: { canonical, types: feeds(site, { path: listing.feedPath, title: `${name} | ${site.name}` }) },
    openGraph: {
      type: "website",
      url: canonical,
      title: `${title} | ${site.name}`,
      description,
      siteName: site.name,
      locale: ogLocale(site.locale),
      images: [card(listingCardPath(path), `${name} | ${site.name}`)],
    },
    twitter: twitter(site),
  };
}

/**
 * An article. Its Open Graph image is not set here: the segment's opengraph-image file supplies
 * it (the featured picture cropped, or a generated headline card).
 */
export function articleMetadata(article: Article, site: SeoSite): Metadata {
  const title = article.metaTitle || article.title;
  const description = article.metaDescription || article.standfirst || article.excerpt;
  return {
    title,
    description,
    authors: article.authors.map((a) => ({ name: a.name, url: authorPath(a.slug) })),
    alternates: {
      canonical: article.path,
      types: feeds(site, {
        path: sectionFeedPath(article.section.slug),
        title: `${article.section.name} | ${site.name}`,
      }),
    },
    openGraph: {
      type: "article",
      url: article.path,
      title,
      description,
      siteName: site.name,
      locale: ogLocale(site.locale),
      publishedTime: article.publishedAt,
      modifiedTime: modifiedAt(article.publishedAt, article.revisedAt, article.corrections.at(-1)?.at),
      section: article.section.name,
      tags: article.tags.map((t) => t.name),
      authors: article.authors.map((a) => absoluteUrl(site.origin, authorPath(a.slug))),
    },
    twitter: twitter(site),
  };
}
