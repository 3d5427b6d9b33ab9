import type { Metadata } from "next";
import Link from "next/link";
import { MediaGrid } from "@/components/admin/media-grid";
import { MediaLibraryUploader } from "@/components/admin/media-library-uploader";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listMedia } from "@/lib/media/library";

export const metadata: Metadata = { title: "Media" };

type Props = {
  searchParams: Promise<{ q?: string | string[]; page?: string | string[]; deleted?: string | string[] }>;
};

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");

export default async function MediaLibraryPage({ searchParams }: Props) {
  await requirePermission("media:upload", "/admin/media");
  const params = await searchParams;
  const q = one(params.q).trim();
  const page = Math.min(500, Math.max(1, Number.parseInt(one(params.page), 10) || 1));
  const list = await listMedia(db, { q, page });
  const pageLink = (n: number) => `/admin/media?${new URLSearchParams({ ...(q ? { q } : {}), page: String(n) })}`;
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Media</h1>
      {one(params.deleted) ? (
        <p role="status" className="mt-4 rounded bg-ink/5 px-3 py-2 text-sm font-semibold">
          Deleted {one(params.deleted)}.
        </p>
      ) : null}
      <section aria-labelledby="upload-heading" className="mt-8">
        <h2 id="upload-heading" className="sr-only">
          Upload
        </h2>
        <MediaLibraryUploader />
      </section>
      <section aria-labelledby="library-heading" className="mt-10">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <h2 id="library-heading" className="text-lg font-bold">
            {q ? `Images matching “${q}”` : "All images"} <span className="font-normal text-muted">({list.total})</span>
          </h2>
          <form role="search" action="/admin/media" className="flex gap-2">
            <label htmlFor="media-search" className="sr-only">
              Search images
            </label>
            <input
              id="media-search"
              name="q"
              type="search"
              defaultValue={q}
              placeholder="Name, alt text or credit"
              className="rounded border border-rule bg-paper px-3 py-2 text-sm"
            />
            <button
              type="submit"
              className="rounded border border-rule px-4 py-2 text-sm font-semibold hover:border-ink"
            >
              Search
            </button>
          </form>
        </div>
        {list.items.length ? (
          <MediaGrid items={list.items} />
        ) : (
          <p className="mt-6 text-muted">
            {q ? "No image matches that search." : "The library is empty: upload an image above."}
          </p>
        )}
        {list.totalPages > 1 ? (
          <nav aria-label="Pages" className="mt-8 flex gap-4 text-sm font-semibold">
            {page > 1 ? <Link href={pageLink(page - 1)}>Previous page</Link> : null}
            <span className="text-muted">
              Page {page} of {list.totalPages}
            </span>
            {page < list.totalPages ? <Link href={pageLink(page + 1)}>Next page</Link> : null}
          </nav>
        ) : null}
      </section>
    </>
  );
}
