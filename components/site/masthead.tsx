import Link from "next/link";
import type { Section } from "@/lib/content/types";
import { sectionPath } from "@/lib/content/paths";
import { SearchBox } from "./search-box";

export function Masthead({ siteName, tagline, sections }: { siteName: string; tagline: string; sections: Section[] }) {
  return (
    <header className="border-b border-rule">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:bg-ink focus:px-4 focus:py-2 focus:text-paper"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl justify-end px-4 pt-3">
        <SearchBox />
      </div>
      <div className="mx-auto max-w-6xl px-4 pb-3 pt-2 text-center">
        <Link href="/" className="font-serif text-4xl font-bold tracking-tight sm:text-5xl">
          {siteName}
        </Link>
        {tagline ? <p className="mt-1 text-sm text-muted">{tagline}</p> : null}
      </div>
      <nav aria-label="Sections" className="border-t border-rule">
        <ul className="mx-auto flex max-w-6xl gap-x-5 overflow-x-auto whitespace-nowrap px-4 py-2 text-sm font-semibold sm:justify-center">
          {sections.map((s) => (
            <li key={s.slug}>
              <Link href={sectionPath(s.slug)} className="inline-block py-2 hover:text-accent hover:underline">
                {s.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
