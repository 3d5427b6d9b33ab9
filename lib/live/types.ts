import type { ArticleDocument } from "@/lib/editor/document";

/** One update on a live page as readers get it (also the JSON the page polls). */
export interface LiveUpdateView {
  id: string;
  title: string;
  keyEvent: boolean;
  /** ISO 8601. */
  publishedAt: string;
  author: { name: string; slug: string } | null;
  body: ArticleDocument;
}

export interface LiveFeed {
  /** False once the coverage has ended: the page stops polling. */
  live: boolean;
  updates: LiveUpdateView[];
}
