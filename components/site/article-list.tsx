import type { ArticleCard as Card } from "@/lib/content/types";
import type { DateStyle } from "@/lib/format/dates";
import { ArticleCard } from "./article-card";

/**
 * The grid of stories on section, tag and author pages. The first picture is the largest thing on
 * a phone's first screen, so it is not lazy-loaded.
 */
export function ArticleList({ articles, dates, showSection = true }: { articles: Card[]; dates: DateStyle; showSection?: boolean }) {
  return (
    <ul className="grid gap-x-8 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
      {articles.map((a, i) => (
        <li key={a.id}>
          <ArticleCard article={a} dates={dates} headingLevel={2} showSection={showSection} priority={i === 0} />
        </li>
      ))}
    </ul>
  );
}
