import type { Metadata } from "next";
import { TagListing, tagMetadata } from "./tag-listing";

// Cached like articles: rendered on first request, refreshed in the background, revalidated by tag.
export const revalidate = 300;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return tagMetadata((await params).slug, "1");
}

export default async function TagPage({ params }: Props) {
  return <TagListing slug={(await params).slug} pageParam="1" />;
}
