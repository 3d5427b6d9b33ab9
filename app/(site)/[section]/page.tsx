import type { Metadata } from "next";
import { SectionListing, sectionMetadata } from "./section-listing";

// Cached like articles: rendered on first request, refreshed in the background, revalidated by tag.
export const revalidate = 300;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ section: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata((await params).section, "1");
}

export default async function SectionPage({ params }: Props) {
  return <SectionListing slug={(await params).section} pageParam="1" />;
}
