import Link from "next/link";
import type { Section } from "@/lib/content/types";
import { sectionPath } from "@/lib/content/paths";

export function SiteFooter({
  siteName,
  description,
  sections,
}: {
  siteName: string;
  description: string;
  sections: Section[];
}) {
  return (
    <footer className="mt-16 border-t border-rule bg-ink/[0.03]">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-2">
        <div>
          <p className="font-serif text-2xl font-bold">{siteName}</p>
          <p className="mt-2 max-w-md text-sm text-muted">{description}</p>
        </div>
        <nav aria-label="Footer">
          <h2 className="text-xs font-bold uppercase tracking-wider text-muted">Sections</h2>
          <ul className="mt-3 grid grid-cols-2 gap-2 text-sm">
            {sections.map((s) => (
              <li key={s.slug}>
                <Link href={sectionPath(s.slug)} className="hover:text-accent hover:underline">
                  {s.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <p className="mx-auto max-w-6xl px-4 pb-8 text-xs text-muted">
        Published with Broadsheet, an open-source newsroom platform.{" "}
        <Link href="/corrections" className="underline hover:text-accent">
          Corrections
        </Link>
      </p>
    </footer>
  );
}
