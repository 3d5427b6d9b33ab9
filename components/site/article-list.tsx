import type { ArticleCard as Card } from "@/lib/content/types";
import type { DateStyle } from "@/lib/format/dates";
import { ArticleCard } from "./article-card";

/** The grid of stories on section, tag and author pages. */
export function ArticleList({
  articles,
  dates,
  showSection = true,
}: {
  articles: Card[];
  dates: DateStyle;
  showSection?: boolean;
}) {
  return (
    <ul className="grid gap-x-8 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
      {articles.map((a) => (
        <li key={a.id}>
          <ArticleCard article={a} dates={dates} headingLevel={2} showSection={showSection} />
        </li>
      ))}
    </ul>
  );
}
