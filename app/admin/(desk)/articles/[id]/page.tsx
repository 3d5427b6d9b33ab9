import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { ArticleEditor, type Arrival } from "@/components/admin/editor/article-editor";
import { BreakingControl } from "@/components/admin/editor/breaking-control";
import { mayEdit, mayMove, mayPublish, mayView } from "@/lib/articles/access";
import { loadEditable } from "@/lib/articles/editable";
import { listNotes } from "@/lib/articles/notes";
import { isRevisionOf } from "@/lib/articles/revisions";
import { can } from "@/lib/auth/permissions";
import { loadBreaking } from "@/lib/breaking/set";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { activePeople, mediaOptions, sectionOptions } from "@/lib/desk/options";
import { documentLineage } from "@/lib/collab/store";

export const metadata: Metadata = { title: "Edit article" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ restored?: string | string[]; undone?: string | string[] }>;
};

export default async function EditArticlePage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requireUser(`/admin/articles/${id}`);
  const article = await loadEditable(db, id);
  if (!article) notFound();
  const info = { status: article.status, authorIds: article.fields.authorIds, deletedAt: article.deletedAt };
  if (!mayView(user, info)) forbidden();
  const [lineage, sections, people, media, arrival, notes] = await Promise.all([
    documentLineage(db, id),
    sectionOptions(db),
    activePeople(db),
    mediaOptions(db),
    arrivalFrom(id, query),
    listNotes(db, id),
  ]);
  const permissions = {
    canEdit: mayEdit(user, info),
    canPublish: mayPublish(user, info),
    // The lifecycle buttons follow the rule transitionAction applies.
    canTrash: mayMove(user, "trash", info),
    canRestore: mayMove(user, "restore", info),
    // Whether a move to the trash made here can be undone here.
    canUndoTrash: can(user.role, "article:delete-any"),
    // Those who may publish send a story back with "Return to draft" instead.
    canWithdraw: mayMove(user, "withdraw", info) && !mayPublish(user, info),
  };
  const breaking =
    can(user.role, "article:publish-any") && article.status === "PUBLISHED" && !article.deletedAt
      ? await loadBreaking(db, id)
      : null;
  return (
    <ArticleEditor
      initial={article}
      lineage={lineage ?? ""}
      me={{ id: user.id, name: user.name }}
      can={permissions}
      tools={breaking ? <BreakingControl articleId={id} title={article.fields.title} initial={breaking} /> : null}
      options={{ sections, people, media }}
      arrival={arrival}
      notes={notes}
    />
  );
}

/** What brought the desk here, when a revision restore did: told once, with its undo. */
async function arrivalFrom(
  articleId: string,
  query: { restored?: string | string[]; undone?: string | string[] },
): Promise<Arrival | null> {
  if (query.undone === "restore") return { undone: true };
  if (typeof query.restored !== "string") return null;
  return (await isRevisionOf(db, articleId, query.restored)) ? { restored: query.restored } : null;
}
