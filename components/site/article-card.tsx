import Link from "next/link";
import { MediaImage } from "@/components/ui/media-image";
import type { ArticleCard as Card } from "@/lib/content/types";
import type { DateStyle } from "@/lib/format/dates";
import { sectionPath } from "@/lib/content/paths";
import { DateTime } from "./date-time";
import { LiveBadge } from "./live/live-badge";

type Variant = "lead" | "standard" | "compact";

const headlineSize: Record<Variant, string> = {
  lead: "text-3xl sm:text-4xl leading-tight",
  standard: "text-xl leading-snug",
  compact: "text-base leading-snug",
};

/** A story teaser. The headline is the only link to the story, so each card is one tab stop. */
export function ArticleCard({
  article,
  dates,
  variant = "standard",
  headingLevel = 3,
  showImage = variant !== "compact",
  showSection = true,
}: {
  article: Card;
  dates: DateStyle;
  variant?: Variant;
  headingLevel?: 2 | 3;
  showImage?: boolean;
  showSection?: boolean;
}) {
  const H = `h${headingLevel}` as "h2" | "h3";
  return (
    <article className="group relative flex flex-col gap-2">
      {showImage && article.image ? (
        <figure className="order-first">
          <MediaImage
            image={article.image}
            sizes={
              variant === "lead"
                ? "(min-width: 1024px) 40rem, 100vw"
                : "(min-width: 1024px) 20rem, (min-width: 640px) 50vw, 100vw"
            }
            priority={variant === "lead"}
            className="aspect-[3/2] w-full object-cover"
          />
          {article.image.credit || (variant === "lead" && article.image.caption) ? (
            <figcaption className="mt-1 text-xs text-muted">
              {variant === "lead" && article.image.caption ? `${article.image.caption} ` : null}
              {article.image.credit ? <span className="credit">{article.image.credit}</span> : null}
            </figcaption>
          ) : null}
        </figure>
      ) : null}
      {showSection ? (
        <p className="text-xs font-bold uppercase tracking-wider text-accent">
          <Link href={sectionPath(article.section.slug)} className="relative z-10 hover:underline">
            {article.section.name}
          </Link>
        </p>
      ) : null}
      <H className={`font-serif font-bold ${headlineSize[variant]}`}>
        {article.live ? <LiveBadge /> : null}
        <Link href={article.path} className="hover:text-accent hover:underline">
          {article.title}
        </Link>
      </H>
      {variant !== "compact" ? (
        <p className="text-muted">{variant === "lead" ? article.standfirst : article.excerpt}</p>
      ) : null}
      <p className="text-xs text-muted">
        {article.authors.map((a) => a.name).join(" and ")}
        {article.authors.length ? " · " : ""}
        <DateTime iso={article.publishedAt} style={dates} />
      </p>
    </article>
  );
}
