import type { Metadata } from "next";
import { NewSectionForm, SectionRow } from "@/components/admin/section-forms";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listSections } from "@/lib/taxonomy/list";

export const metadata: Metadata = { title: "Sections" };

export default async function SectionsPage() {
  await requirePermission("taxonomy:manage", "/admin/sections");
  const sections = await listSections(db);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Sections</h1>
      <p className="mt-2 text-sm text-muted">
        The order here is the order of the site’s navigation. Changing a slug keeps permanent redirects from the old
        addresses.
      </p>
      <section aria-labelledby="new-section" className="mt-6 rounded border border-rule p-4">
        <h2 id="new-section" className="mb-3 text-lg font-bold">
          Add a section
        </h2>
        <NewSectionForm />
      </section>
      <ol className="mt-8 divide-y divide-rule">
        {sections.map((s, i) => (
          <li key={s.id} className="py-4">
            <SectionRow
              section={s}
              others={sections.filter((o) => o.id !== s.id).map((o) => ({ id: o.id, name: o.name }))}
              first={i === 0}
              last={i === sections.length - 1}
            />
          </li>
        ))}
      </ol>
    </>
  );
}
