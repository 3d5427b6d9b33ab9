import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeskTime } from "@/components/admin/clock/desk-time";
import { DeleteMediaForm, MediaDetailsForm } from "@/components/admin/media-forms";
import { MediaImage } from "@/components/ui/media-image";
import { deskViewer } from "@/lib/articles/desk-visibility";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { canChangeMedia } from "@/lib/media/access";
import { findMediaUsage, getMediaItem } from "@/lib/media/library";
import { isUnused, type UsageRole } from "@/lib/media/types";

export const metadata: Metadata = { title: "Image" };

const ROLE_LABEL: Record<UsageRole, string> = {
  featured: "featured image",
  social: "social image",
  body: "in the text",
};

export default async function MediaItemPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission("media:upload", `/admin/media/${id}`);
  const item = await getMediaItem(db, id);
  if (!item) notFound();
  const usage = await findMediaUsage(db, item, deskViewer(user));
  const mayChange = canChangeMedia(user, item.uploader?.id);
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/media" className="font-semibold text-accent hover:underline">
          ← Media
        </Link>
      </p>
      <h1 className="mt-2 break-all text-3xl font-bold tracking-tight">{item.originalName}</h1>
      <div className="mt-8 grid gap-10 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div>
          <MediaImage
            image={item}
            sizes="(min-width: 1024px) 44rem, 100vw"
            priority
            className="w-full rounded border border-rule"
          />
          <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-semibold">Size</dt>
            <dd>
              {item.width} × {item.height} pixels, {Math.max(1, Math.round(item.size / 1024))} KB,{" "}
              {item.mimeType.replace("image/", "").toUpperCase()}
            </dd>
            <dt className="font-semibold">Uploaded</dt>
            <dd>
              <DeskTime iso={item.createdAt} />
              {item.uploader ? ` by ${item.uploader.name}` : ""}
            </dd>
            <dt className="font-semibold">Address</dt>
            <dd className="break-all">
              <a href={item.src} className="text-accent hover:underline">
                {item.src}
              </a>
            </dd>
          </dl>
        </div>
        <div>
          <section aria-labelledby="details-heading">
            <h2 id="details-heading" className="text-lg font-bold">
              Details
            </h2>
            {mayChange ? (
              <MediaDetailsForm item={item} />
            ) : (
              <dl className="mt-4 space-y-2 text-sm">
                <dt className="font-semibold">Alt text</dt>
                <dd>{item.alt || (item.decorative ? "Decorative" : "None yet")}</dd>
                <dt className="font-semibold">Caption</dt>
                <dd>{item.caption || "None"}</dd>
                <dt className="font-semibold">Credit</dt>
                <dd>{item.credit || "None"}</dd>
              </dl>
            )}
          </section>
          <section aria-labelledby="usage-heading" className="mt-10">
            <h2 id="usage-heading" className="text-lg font-bold">
              Where it is used
            </h2>
            {isUnused(usage) ? (
              <p className="mt-2 text-sm text-muted">Not used in any story.</p>
            ) : (
              <ul className="mt-2 space-y-1 text-sm">
                {usage.articles.map((a) => (
                  <li key={a.id}>
                    <Link href={`/admin/articles/${a.id}`} className="font-semibold text-accent hover:underline">
                      {a.title}
                    </Link>{" "}
                    <span className="text-muted">
                      ({a.roles.map((r) => ROLE_LABEL[r]).join(", ")}; {a.status.toLowerCase().replace("_", " ")}
                      {a.inTrash ? ", in the trash" : ""})
                    </span>
                  </li>
                ))}
                {usage.avatarOf.map((u) => (
                  <li key={u.id}>Profile photo of {u.name}</li>
                ))}
                {usage.unnamed ? (
                  <li>{usage.unnamed === 1 ? "One story" : `${usage.unnamed} stories`} you can’t open</li>
                ) : null}
              </ul>
            )}
          </section>
          {mayChange ? (
            <section aria-labelledby="delete-heading" className="mt-10">
              <h2 id="delete-heading" className="text-lg font-bold">
                Delete
              </h2>
              {isUnused(usage) ? (
                <DeleteMediaForm id={item.id} />
              ) : (
                <p className="mt-2 text-sm text-muted">
                  An image in use can’t be deleted. Remove it from the stories above first.
                </p>
              )}
            </section>
          ) : null}
        </div>
      </div>
    </>
  );
}
