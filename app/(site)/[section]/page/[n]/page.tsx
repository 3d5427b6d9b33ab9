import type { Metadata } from "next";
import { SectionListing, sectionMetadata } from "../../section-listing";

// Public URL: /{section}?page=N (lib/seo/proxy.ts rewrites it here, so the page can be cached).
export const revalidate = 300;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ section: string; n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section, n } = await params;
  return sectionMetadata(section, n);
}

export default async function SectionPageN({ params }: Props) {
  const { section, n } = await params;
  return <SectionListing slug={section} pageParam={n} />;
}
