import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorBios, Byline } from "@/components/site/byline";
import { RichText } from "@/components/site/rich-text";
import { previewAllowedUnderEmbargo, previewIssuedAt, verifyPreviewToken } from "@/lib/articles/preview-token";
import { authSecret } from "@/lib/auth/secret";
import { getSettings } from "@/lib/content/queries";
import { findArticleForPreview } from "@/lib/content/read/preview";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/format/dates";

// A draft in the real reader layout for whoever holds a signed, unexpired link; never indexed or cached.
export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Preview",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

type Props = { params: Promise<{ token: string }> };

export default async function PreviewPage({ params }: Props) {
  const { token } = await params;
  const raw = decodeURIComponent(token);
  const id = verifyPreviewToken(raw, authSecret());
  const article = id ? await findArticleForPreview(db, id) : null;
  if (!article || !previewAllowedUnderEmbargo(article.embargoUntil, previewIssuedAt(raw))) notFound();
  const settings = await getSettings();
  return (
    <article aria-labelledby="headline" className="mx-auto max-w-3xl">
      <p role="note" className="mb-6 rounded border border-accent bg-accent-soft px-3 py-2 text-sm font-semibold">
        {`Preview of a ${article.status.toLowerCase().replace("_", " ")} article. It is not public, and this link expires.`}
      </p>
      <p className="text-xs font-bold uppercase tracking-wider text-accent">{article.section.name}</p>
      <h1 id="headline" className="mt-2 font-serif text-4xl font-bold leading-tight tracking-tight sm:text-5xl">
        {article.title || "Untitled draft"}
      </h1>
      {article.standfirst ? (
        <p className="mt-4 font-serif text-xl leading-relaxed text-muted">{article.standfirst}</p>
      ) : null}
      <div className="mt-6 space-y-1 border-y border-rule py-3 text-sm">
        <Byline authors={article.authors} />
        {article.publishedAt !== new Date(0).toISOString() ? (
          <p className="text-muted">First published {formatDateTime(article.publishedAt, settings)}</p>
        ) : null}
      </div>
      <div className="article-body prose mt-8 max-w-none">
        {article.dateline ? (
          <p className="font-sans text-sm font-bold uppercase tracking-wider">{article.dateline}</p>
        ) : null}
        <RichText doc={article.body} />
      </div>
      <AuthorBios authors={article.authors} />
    </article>
  );
}
