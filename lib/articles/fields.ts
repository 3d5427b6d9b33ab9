import { z } from "zod";
import { isValidSlug } from "@/lib/content/slug";
import { documentSchema } from "@/lib/editor/document";

// Everything a desk user edits on an article, as one validated shape. The same shape is the
// snapshot stored in each revision, so a revision can be compared and restored field by field.
export const articleFieldsSchema = z.object({
  title: z.string().trim().max(200, "Keep the headline under 200 characters."),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(80)
    .refine((s) => s === "" || isValidSlug(s), "Use lower-case letters, digits and single hyphens."),
  standfirst: z.string().trim().max(400, "Keep the standfirst under 400 characters."),
  excerpt: z.string().trim().max(400, "Keep the excerpt under 400 characters."),
  dateline: z.string().trim().max(60, "Keep the dateline short."),
  sectionId: z.string().min(1, "Choose a section.").max(64),
  tags: z.array(z.string().trim().min(1).max(50)).max(20, "Use at most 20 tags."),
  authorIds: z.array(z.string().min(1).max(64)).min(1, "An article needs at least one author.").max(10),
  featuredImageId: z.string().max(64).nullable(),
  socialImageId: z.string().max(64).nullable(),
  metaTitle: z.string().trim().max(120, "Keep the SEO title under 120 characters."),
  metaDescription: z.string().trim().max(300, "Keep the meta description under 300 characters."),
  featured: z.boolean(),
  breaking: z.boolean(),
  // ISO 8601, or null: no embargo.
  embargoUntil: z.iso.datetime("Enter a valid date and time.").nullable(),
  body: documentSchema,
});
export type ArticleFields = z.infer<typeof articleFieldsSchema>;

/** Fields whose change readers see as an edit ("Updated …"), as opposed to housekeeping. */
export const CONTENT_FIELDS = ["title", "standfirst", "body", "dateline"] as const satisfies (keyof ArticleFields)[];

export const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function changedFields(before: ArticleFields, after: ArticleFields): (keyof ArticleFields)[] {
  return (Object.keys(after) as (keyof ArticleFields)[]).filter((k) => !sameValue(before[k], after[k]));
}

/** Length guidance shown beside SEO fields (search engines truncate beyond these). */
export const SEO_GUIDANCE = { metaTitle: 60, metaDescription: 160 } as const;
