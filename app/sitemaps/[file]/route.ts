import { env } from "@/lib/env";
import { getArticleSitemap, getTaxonomySitemap } from "@/lib/seo/queries";
import { renderUrlset } from "@/lib/seo/sitemap-xml";
import { parseSitemapFile } from "@/lib/seo/urls";
import { xmlResponse } from "@/lib/seo/xml";

// /sitemaps/articles-N.xml (with each story's picture), /sitemaps/{sections,tags,authors}.xml.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = parseSitemapFile((await params).file);
  if (!file) return new Response("Not found", { status: 404 });
  const urls = file.kind === "articles" ? await getArticleSitemap(file.n) : await getTaxonomySitemap(file.kind);
  if (!urls) return new Response("Not found", { status: 404 });
  return xmlResponse(renderUrlset(env.SITE_URL, urls));
}
