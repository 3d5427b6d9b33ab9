import type { Metadata } from "next";
import { TagListing, tagMetadata } from "../../tag-listing";

// Public URL: /tag/{slug}?page=N (lib/seo/proxy.ts rewrites it here, so the page can be cached).
export const revalidate = 300;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params;
  return tagMetadata(slug, n);
}

export default async function TagPageN({ params }: Props) {
  const { slug, n } = await params;
  return <TagListing slug={slug} pageParam={n} />;
}
