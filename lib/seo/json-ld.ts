import type {
  BreadcrumbList,
  ImageObject,
  NewsArticle,
  NewsMediaOrganization,
  NewsMediaOrganizationLeaf,
  PersonLeaf,
  ProfilePage,
  SearchAction,
  Thing,
  WebSite,
  WithActionConstraints,
  WithContext,
} from "schema-dts";
import { authorPath } from "@/lib/content/paths";
import type { Article, Author } from "@/lib/content/types";
import { modifiedAt } from "./dates";
import type { SeoSite } from "./types";
import { absoluteUrl, ARTICLE_IMAGE_RATIOS, articleImagePath, logoPath, type ArticleImageRatio } from "./urls";

// Structured data (schema.org) for reader pages, as Google documents it for news sites.
// Pure functions of the app's own types, so they are tested without a server.

const CONTEXT = "https://schema.org" as const;
/** The generated logo is square and large enough for Google's 112 px minimum. */
const GENERATED_LOGO_SIZE = 512;

const organizationId = (site: SeoSite) => `${site.origin}/#organization`;
const websiteId = (site: SeoSite) => `${site.origin}/#website`;
const personId = (site: SeoSite, slug: string) => `${absoluteUrl(site.origin, authorPath(slug))}#person`;

function logo(site: SeoSite): ImageObject {
  if (site.logoUrl) return { "@type": "ImageObject", url: absoluteUrl(site.origin, site.logoUrl) };
  return {
    "@type": "ImageObject",
    url: absoluteUrl(site.origin, logoPath),
    width: `${GENERATED_LOGO_SIZE}`,
    height: `${GENERATED_LOGO_SIZE}`,
  };
}

function organization(site: SeoSite): NewsMediaOrganizationLeaf {
  return {
    "@type": "NewsMediaOrganization",
    "@id": organizationId(site),
    name: site.name,
    url: `${site.origin}/`,
    logo: logo(site),
    ...(site.sameAs.length ? { sameAs: site.sameAs } : {}),
  };
}

function person(site: SeoSite, author: Pick<Author, "name" | "slug"> & { bio?: string }): PersonLeaf {
  return {
    "@type": "Person",
    "@id": personId(site, author.slug),
    name: author.name,
    url: absoluteUrl(site.origin, authorPath(author.slug)),
    ...(author.bio ? { description: author.bio } : {}),
  };
}

export function organizationJsonLd(site: SeoSite): WithContext<NewsMediaOrganization> {
  return { "@context": CONTEXT, ...organization(site) };
}

/** The site and its search box; the search page itself is /search?q=. */
export function webSiteJsonLd(site: SeoSite): WithContext<WebSite> {
  const search: WithActionConstraints<SearchAction> = {
    "@type": "SearchAction",
    target: { "@type": "EntryPoint", urlTemplate: `${site.origin}/search?q={search_term_string}` },
    "query-input": "required name=search_term_string",
  };
  return {
    "@context": CONTEXT,
    "@type": "WebSite",
    "@id": websiteId(site),
    name: site.name,
    url: `${site.origin}/`,
    ...(site.description ? { description: site.description } : {}),
    inLanguage: site.locale,
    publisher: { "@id": organizationId(site) },
    potentialAction: search,
  };
}

export function newsArticleJsonLd(article: Article, site: SeoSite): WithContext<NewsArticle> {
  const url = absoluteUrl(site.origin, article.path);
  const ratios = Object.keys(ARTICLE_IMAGE_RATIOS) as ArticleImageRatio[];
  return {
    "@context": CONTEXT,
    "@type": "NewsArticle",
    headline: article.title,
    description: article.metaDescription || article.standfirst || article.excerpt,
    // Google picks the crop that suits the result: 16:9, 4:3 and 1:1, each at least 50,000 pixels.
    image: ratios.map((r) => absoluteUrl(site.origin, articleImagePath(article.path, r))),
    datePublished: article.publishedAt,
    dateModified: modifiedAt(article.publishedAt, article.revisedAt, article.corrections.at(-1)?.at),
    author: article.authors.map((a) => person(site, a)),
    publisher: organization(site),
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    articleSection: article.section.name,
    ...(article.tags.length ? { keywords: article.tags.map((t) => t.name) } : {}),
    wordCount: article.wordCount,
    ...(article.dateline ? { dateline: article.dateline } : {}),
    inLanguage: site.locale,
    isAccessibleForFree: true,
  };
}

export interface Crumb {
  name: string;
  path: string;
}

/** Home first, then each step down to the page itself. */
export function breadcrumbJsonLd(site: SeoSite, trail: Crumb[]): WithContext<BreadcrumbList> {
  const crumbs = [{ name: site.name, path: "/" }, ...trail];
  return {
    "@context": CONTEXT,
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((c, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: c.name,
      item: absoluteUrl(site.origin, c.path),
    })),
  };
}

export function profilePageJsonLd(author: Author, site: SeoSite): WithContext<ProfilePage> {
  return {
    "@context": CONTEXT,
    "@type": "ProfilePage",
    url: absoluteUrl(site.origin, authorPath(author.slug)),
    name: author.name,
    isPartOf: { "@id": websiteId(site) },
    mainEntity: person(site, author),
  };
}

/**
 * JSON for a <script type="application/ld+json">. "<" becomes \u003c so that no value (a
 * headline containing "</script>", say) can end the script element early.
 */
export function serializeJsonLd(data: WithContext<Thing>): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
