import type { Metadata } from "next";
import { NewTagForm, TagRow } from "@/components/admin/tag-forms";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listTags } from "@/lib/taxonomy/list";

export const metadata: Metadata = { title: "Tags" };

export default async function TagsPage() {
  await requirePermission("taxonomy:manage", "/admin/tags");
  const tags = await listTags(db);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Tags</h1>
      <p className="mt-2 text-sm text-muted">
        Writers create tags as they go; here you rename, merge and remove them. Old tag addresses keep redirecting.
      </p>
      <section aria-labelledby="new-tag" className="mt-6 rounded border border-rule p-4">
        <h2 id="new-tag" className="mb-3 text-lg font-bold">
          Add a tag
        </h2>
        <NewTagForm />
      </section>
      <ul className="mt-8 divide-y divide-rule">
        {tags.map((t) => (
          <li key={t.id} className="py-3">
            <TagRow tag={t} others={tags.filter((o) => o.id !== t.id).map((o) => ({ id: o.id, name: o.name }))} />
          </li>
        ))}
      </ul>
    </>
  );
}
