import type { Metadata } from "next";
import { AuthorListing, authorMetadata } from "../../author-listing";

// Public URL: /author/{slug}?page=N (lib/seo/proxy.ts rewrites it here, so the page can be cached).
export const revalidate = 300;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params;
  return authorMetadata(slug, n);
}

export default async function AuthorPageN({ params }: Props) {
  const { slug, n } = await params;
  return <AuthorListing slug={slug} pageParam={n} />;
}
