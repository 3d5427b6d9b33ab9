import Link from "next/link";
import { MediaImage } from "@/components/ui/media-image";
import type { MediaItem } from "@/lib/media/types";

/** The library as a grid of thumbnails, each linking to its details. */
export function MediaGrid({ items }: { items: MediaItem[] }) {
  return (
    <ul aria-label="Images" className="mt-6 grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-6">
      {items.map((m) => (
        <li key={m.id}>
          <Link href={`/admin/media/${m.id}`} className="group block">
            <MediaImage
              image={{ ...m, alt: "" }}
              sizes="(min-width: 1024px) 10rem, (min-width: 640px) 33vw, 50vw"
              minWidth={256}
              className="aspect-square w-full rounded border border-rule object-cover group-hover:border-ink"
            />
            <span className="mt-1 block truncate text-sm font-semibold group-hover:underline">{m.originalName}</span>
          </Link>
          <p className="truncate text-xs text-muted">
            {m.alt || (m.decorative ? "Decorative" : <strong className="text-accent">No alt text</strong>)}
          </p>
        </li>
      ))}
    </ul>
  );
}
