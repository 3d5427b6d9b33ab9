import Link from "next/link";
import type { Author } from "@/lib/content/types";
import { authorPath } from "@/lib/content/paths";
import { AuthorAvatar } from "./author-avatar";

export function Byline({ authors }: { authors: Author[] }) {
  return (
    <p className="font-semibold">
      By{" "}
      {authors.map((a, i) => (
        <span key={a.slug}>
          {i > 0 ? (i === authors.length - 1 ? " and " : ", ") : null}
          <Link href={authorPath(a.slug)} rel="author" className="text-accent hover:underline">
            {a.name}
          </Link>
        </span>
      ))}
    </p>
  );
}

/** Short bios under the story, as the reference layout shows them. */
export function AuthorBios({ authors }: { authors: Author[] }) {
  const withBio = authors.filter((a) => a.bio);
  if (!withBio.length) return null;
  return (
    <section aria-label="About the authors" className="mt-10 space-y-4 border-t border-rule pt-6">
      {withBio.map((a) => (
        <div key={a.slug} className="flex items-start gap-4">
          {a.avatar ? <AuthorAvatar image={a.avatar} name={a.name} size={56} /> : null}
          <div>
            <p className="font-bold">
              <Link href={authorPath(a.slug)} className="hover:text-accent hover:underline">
                {a.name}
              </Link>
            </p>
            <p className="text-sm text-muted">{a.bio}</p>
          </div>
        </div>
      ))}
    </section>
  );
}
