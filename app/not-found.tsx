import type { Metadata } from "next";
import { Masthead } from "@/components/site/masthead";
import { NotFoundMessage } from "@/components/site/not-found-message";
import { SiteFooter } from "@/components/site/site-footer";
import { getSections, getSettings } from "@/lib/content/queries";

// Next marks 404 responses noindex itself.
export const metadata: Metadata = { title: "Page not found" };

// Unmatched URLs land here, outside the site layout, so this page brings its own chrome.
export default async function NotFound() {
  const [settings, sections] = await Promise.all([getSettings(), getSections()]);
  return (
    <>
      <Masthead siteName={settings.siteName} tagline={settings.description} sections={sections} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none">
        <NotFoundMessage />
      </main>
      <SiteFooter siteName={settings.siteName} description={settings.description} sections={sections} />
    </>
  );
}
