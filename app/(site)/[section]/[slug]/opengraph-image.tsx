import { notFound } from "next/navigation";
import { getArticle } from "@/lib/content/queries";
import { getSeoSite } from "@/lib/seo/queries";
import { articleImage, articleImageAlt, articleImageType } from "@/lib/seo/social-image";
import { SOCIAL_IMAGE_SIZE } from "@/lib/seo/urls";

// The article's Open Graph (and, through Next, Twitter) image: its social picture (the one the
// desk chose, else the featured one) cropped to 1200x630 as JPEG, or a card with the headline,
// section and publication name. The alt text and content type depend on which, hence
// generateImageMetadata rather than static exports.

type Params = Promise<{ section: string; slug: string }>;

export async function generateImageMetadata({ params }: { params: Params }) {
  const { slug } = await params;
  const [article, site] = await Promise.all([getArticle(slug), getSeoSite()]);
  if (!article) return [];
  const picture = article.socialImage;
  return [
    {
      id: "social",
      size: SOCIAL_IMAGE_SIZE,
      alt: articleImageAlt(article, picture, site.name),
      contentType: articleImageType(picture),
    },
  ];
}

export default async function Image({ params }: { params: Params }) {
  const { section, slug } = await params;
  const [article, site] = await Promise.all([getArticle(slug), getSeoSite()]);
  if (!article || article.section.slug !== section) notFound();
  return articleImage(article, article.socialImage, site.name, SOCIAL_IMAGE_SIZE);
}
