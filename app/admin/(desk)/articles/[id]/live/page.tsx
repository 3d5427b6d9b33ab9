import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { LiveDesk } from "@/components/admin/live/live-desk";
import { mayPublish, mayView } from "@/lib/articles/access";
import { loadEditable } from "@/lib/articles/editable";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { findLiveDesk } from "@/lib/live/desk";

export const metadata: Metadata = { title: "Live coverage" };

type Props = { params: Promise<{ id: string }> };

export default async function LiveCoveragePage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/admin/articles/${id}/live`);
  const article = await loadEditable(db, id);
  if (!article) notFound();
  const info = { status: article.status, authorIds: article.fields.authorIds, deletedAt: article.deletedAt };
  if (!mayView(user, info)) forbidden();
  const state = await findLiveDesk(db, id);
  if (!state) notFound();
  return (
    <>
      <p>
        <Link href={`/admin/articles/${id}`} className="text-sm font-semibold underline">
          ← Back to the editor
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">
        Live coverage: {article.fields.title || "Untitled draft"}
      </h1>
      <LiveDesk
        articleId={id}
        state={state}
        canPost={mayPublish(user, info)}
        published={article.status === "PUBLISHED"}
      />
    </>
  );
}
