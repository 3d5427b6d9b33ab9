import { describe, expect, it } from "vitest";
import { documentFromMarkdown } from "@/lib/editor/from-markdown";
import type { LiveUpdateView } from "@/lib/live/types";
import { serializeJsonLd } from "./json-ld";
import { liveBlogPostingJsonLd } from "./live-json-ld";
import { testArticle, testSite } from "./test-fixtures";

const update = (id: string, at: string, text: string, title = ""): LiveUpdateView => ({
  id,
  title,
  keyEvent: false,
  publishedAt: at,
  author: { name: "Nadia Rahman", slug: "nadia-rahman" },
  body: documentFromMarkdown(text),
});

describe("LiveBlogPosting", () => {
  const updates = [
    update("u2", "2025-06-10T09:30:00.000Z", "Delegations break for lunch.", "Talks pause"),
    update("u1", "2025-06-10T08:00:00.000Z", "The doors close on the first session."),
  ];
  const ld = JSON.parse(
    serializeJsonLd(
      liveBlogPostingJsonLd(testArticle(), { startedAt: "2025-06-10T07:00:00.000Z", endedAt: null }, updates, testSite),
    ),
  );

  it("is a live blog with its coverage start and no end while it runs", () => {
    expect(ld["@type"]).toBe("LiveBlogPosting");
    expect(ld.headline).toBe("Talks resume in Geneva");
    expect(ld.coverageStartTime).toBe("2025-06-10T07:00:00.000Z");
    expect(ld).not.toHaveProperty("coverageEndTime");
  });

  it("lists the updates newest first, each addressable on the page and credited", () => {
    expect(ld.liveBlogUpdate).toHaveLength(2);
    expect(ld.liveBlogUpdate[0]).toMatchObject({
      "@type": "BlogPosting",
      headline: "Talks pause",
      datePublished: "2025-06-10T09:30:00.000Z",
      url: "https://news.example/world/talks-resume#update-u2",
      articleBody: "Delegations break for lunch.",
      author: { "@type": "Person", name: "Nadia Rahman", url: "https://news.example/author/nadia-rahman" },
    });
    // An update without a headline is named by its opening words.
    expect(ld.liveBlogUpdate[1].headline).toBe("The doors close on the first session.");
  });

  it("is modified when the latest update was posted", () => expect(ld.dateModified).toBe("2025-06-10T09:30:00.000Z"));

  it("carries the coverage end once it is known", () => {
    const ended = liveBlogPostingJsonLd(
      testArticle(),
      { startedAt: "2025-06-10T07:00:00.000Z", endedAt: "2025-06-10T18:00:00.000Z" },
      updates,
      testSite,
    );
    expect(ended).toMatchObject({ coverageEndTime: "2025-06-10T18:00:00.000Z" });
  });
});
