import slugify from "slugify";

const MAX_SLUG = 80;

/** A URL slug from any title: lower-case ASCII words joined by hyphens. */
export function toSlug(input: string): string {
  const slug = slugify(input, { lower: true, strict: true, trim: true }).slice(0, MAX_SLUG).replace(/-+$/g, "");
  return slug || "untitled";
}

export const isValidSlug = (slug: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) && slug.length <= MAX_SLUG;

/** The first of slug, slug-2, slug-3 … that `taken` does not report as used. */
export async function uniqueSlug(base: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  const root = toSlug(base);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? root : `${root.slice(0, MAX_SLUG - String(n).length - 1)}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
}
