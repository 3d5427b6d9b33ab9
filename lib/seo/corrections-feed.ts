import type { CorrectionEntry } from "@/lib/corrections/read";
import { rfc822 } from "./feed-xml";
import { absoluteUrl, correctionsFeedPath, correctionsPath } from "./urls";
import { element, htmlText, textElement, xmlDocument } from "./xml";

export interface CorrectionsChannel {
  siteName: string;
  /** BCP 47: "en-GB". */
  language: string;
}

/** RSS 2.0: one item per correction, linking the corrected story. */
export function renderCorrectionsFeed(origin: string, channel: CorrectionsChannel, entries: CorrectionEntry[]): string {
  const body = element("channel", {}, [
    textElement("title", `Corrections | ${channel.siteName}`),
    textElement("link", absoluteUrl(origin, correctionsPath)),
    textElement("description", htmlText(`Corrections to stories published by ${channel.siteName}, newest first.`)),
    textElement("language", channel.language.toLowerCase()),
    // The newest correction rather than "now", so an unchanged feed is byte-for-byte the same.
    entries[0] && textElement("lastBuildDate", rfc822(entries[0].at)),
    textElement("generator", "Broadsheet"),
    element(
      "atom:link",
      { href: absoluteUrl(origin, correctionsFeedPath), rel: "self", type: "application/rss+xml" },
      [],
    ),
    ...entries.map((e) =>
      element("item", {}, [
        textElement("title", `Correction: ${e.article.title}`),
        textElement("link", absoluteUrl(origin, e.article.path)),
        textElement("guid", `correction-${e.id}`, { isPermaLink: "false" }),
        textElement("pubDate", rfc822(e.at)),
        // Readers decode a description as HTML; the correction is text.
        textElement("description", htmlText(e.text)),
      ]),
    ),
  ]);
  return xmlDocument(element("rss", { version: "2.0", "xmlns:atom": "http://www.w3.org/2005/Atom" }, [body]));
}
