import Link from "next/link";
import type { MostReadEntry } from "@/lib/most-read/read";

/** The stories readers opened most over the last week, most read first. */
export function MostReadRail({ entries }: { entries: MostReadEntry[] }) {
  if (!entries.length) return null;
  return (
    <aside aria-labelledby="most-read-heading" className="border-t-4 border-ink pt-4">
      <h2 id="most-read-heading" className="text-sm font-bold uppercase tracking-wider">
        Most read
      </h2>
      <ol className="mt-4 divide-y divide-rule">
        {entries.map(({ article }, i) => (
          <li key={article.id} className="flex gap-3 py-3">
            <span aria-hidden="true" className="font-serif text-3xl font-bold leading-none text-accent">
              {i + 1}
            </span>
            <h3 className="font-serif text-base font-bold leading-snug">
              <Link href={article.path} className="hover:text-accent hover:underline">
                {article.title}
              </Link>
            </h3>
          </li>
        ))}
      </ol>
    </aside>
  );
}
