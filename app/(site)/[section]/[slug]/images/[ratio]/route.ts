import { getArticle } from "@/lib/content/queries";
import { getSeoSite } from "@/lib/seo/queries";
import { articleImage } from "@/lib/seo/social-image";
import { ARTICLE_IMAGE_RATIOS, type ArticleImageRatio } from "@/lib/seo/urls";

// The article's image in the aspect ratios Google asks for in NewsArticle structured data
// (16:9, 4:3, 1:1): its featured picture cropped, or its headline card laid out at that size.
// Made on first request, then served from Next's cache like the article itself.
export const revalidate = 3600;

export async function generateStaticParams() {
  return [];
}

const isRatio = (value: string): value is ArticleImageRatio => Object.hasOwn(ARTICLE_IMAGE_RATIOS, value);

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ section: string; slug: string; ratio: string }> },
) {
  const { section, slug, ratio } = await params;
  if (!isRatio(ratio)) return new Response("Not found", { status: 404 });
  const [article, site] = await Promise.all([getArticle(slug), getSeoSite()]);
  if (!article || article.section.slug !== section) return new Response("Not found", { status: 404 });
  return articleImage(article, article.image, site.name, ARTICLE_IMAGE_RATIOS[ratio]);
}
