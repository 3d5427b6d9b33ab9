import Link from "next/link";
import type { ArticleCard } from "@/lib/content/types";

/** The "Recent" rail beside an article: title, excerpt and a "Read more" link for each story. */
export function RecentRail({ articles }: { articles: ArticleCard[] }) {
  if (!articles.length) return null;
  return (
    <aside aria-labelledby="recent-heading" className="border-t-4 border-ink pt-4">
      <h2 id="recent-heading" className="text-sm font-bold uppercase tracking-wider">
        Recent
      </h2>
      <ul className="mt-4 divide-y divide-rule">
        {articles.map((a) => (
          <li key={a.id} className="py-4">
            <article>
              <h3 className="font-serif text-lg font-bold leading-snug">
                <Link href={a.path} className="hover:text-accent hover:underline">
                  {a.title}
                </Link>
              </h3>
              <p className="mt-1 text-sm text-muted">{a.excerpt}</p>
              <Link href={a.path} className="mt-2 inline-block text-sm font-semibold text-accent hover:underline">
                Read more<span className="sr-only">: {a.title}</span> <span aria-hidden="true">»</span>
              </Link>
            </article>
          </li>
        ))}
      </ul>
    </aside>
  );
}
