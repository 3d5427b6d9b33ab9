import type { Metadata } from "next";
import type { ReactNode } from "react";
import { BreakingBanner } from "@/components/site/breaking-banner";
import { Masthead } from "@/components/site/masthead";
import { SiteFooter } from "@/components/site/site-footer";
import { getSections, getSettings } from "@/lib/content/queries";
import { siteMetadata } from "@/lib/seo/metadata";
import { getSeoSite } from "@/lib/seo/queries";

// Social-card and feed defaults for reader pages; each page replaces them with its own.
export async function generateMetadata(): Promise<Metadata> {
  return siteMetadata(await getSeoSite());
}

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const [settings, sections] = await Promise.all([getSettings(), getSections()]);
  return (
    <>
      <Masthead siteName={settings.siteName} tagline={settings.description} sections={sections} />
      <BreakingBanner />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none">
        {children}
      </main>
      <SiteFooter siteName={settings.siteName} description={settings.description} sections={sections} />
    </>
  );
}
