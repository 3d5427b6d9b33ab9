// Shapes of the demo publication's seed data. Bodies are written in Markdown and
// converted to the editor's JSON document when seeding (see lib/editor/from-markdown.ts).
export type DemoStatus = "PUBLISHED" | "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "ARCHIVED";

export interface DemoArticle {
  slug: string;
  title: string;
  standfirst: string;
  excerpt: string;
  /** Section slug: world, pakistan, afghanistan-region, business, technology, analysis, explainers. */
  section: string;
  /** Author slugs in byline order. */
  authors: string[];
  /** Tag names; slugs are derived from them. */
  tags: string[];
  /** Where the story was filed, in capitals: "ISLAMABAD". */
  dateline: string;
  /** Publication time relative to the moment of seeding (negative daysAgo = in the future). */
  daysAgo: number;
  hour: number;
  featured?: boolean;
  /** Key of a demo image (see prisma/demo/images.ts) used as the featured image. */
  image?: string;
  status?: DemoStatus;
  /**
   * Markdown: blank-line separated paragraphs, `## `/`### ` subheads, `> ` block quotes,
   * `>> ` pull quotes (a nested block quote), `- ` and `1. ` lists, `**bold**`, `*italic*`,
   * `[text](https://…)` links, `---` rules, `![alt](image-key "caption")` body images.
   */
  body: string;
}
