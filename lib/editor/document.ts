import { z } from "zod";
import { isRemoteImageSrc } from "@/lib/media/remote-images";
import { nestsTooDeeply, TOO_DEEP_MESSAGE } from "./depth";
import { isAllowedEmbed } from "./embeds";

// The article body is the editor's (TipTap/ProseMirror) JSON document. This schema is the
// contract between the desk's editor and everything that reads a body: anything it does not
// name (nodes, marks, attributes) is rejected on write.

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;
const MAX_TEXT = 20_000;

export const linkHref = z
  .string()
  .trim()
  .max(2048)
  .refine((href) => SAFE_LINK.test(href), "Links must start with http://, https:// or mailto:");

// A site path, not `//host/…` or `/\host/…`, which browsers read as another origin; nor one with
// white space or control characters, which browsers drop before reading it (`/\t/host/…` is
// `//host/…`), nor any backslash (read as a slash).
const SITE_PATH = /^\/(?!\/)[^\s\u0000-\u001f\u007f\\]*$/;
// Another site's address (http or https: a writer pastes from any page) is kept only as the
// placeholder for a picture not yet in the media library (lib/media/remote-images.ts), which is
// what every address it accepts is: it blocks publishing, scheduling and Update, and no reader
// page or feed draws it. So plain http is admitted here without ever reaching a reader.
const CLEAN_ADDRESS = /^[^\s\u0000-\u001f\u007f\\]+$/;
const isImageSource = (src: string) => SITE_PATH.test(src) || (isRemoteImageSrc(src) && CLEAN_ADDRESS.test(src));

const boldMark = z.object({ type: z.literal("bold") }).strict();
const italicMark = z.object({ type: z.literal("italic") }).strict();
const linkMark = z
  .object({
    type: z.literal("link"),
    attrs: z
      .object({ href: linkHref })
      .passthrough()
      .transform(({ href }) => ({ href })),
  })
  .strict();
export const markSchema = z.discriminatedUnion("type", [boldMark, italicMark, linkMark]);
export type Mark = z.infer<typeof markSchema>;

const textNode = z
  .object({
    type: z.literal("text"),
    text: z.string().min(1).max(MAX_TEXT),
    marks: z.array(markSchema).max(3).optional(),
  })
  .strict();
const hardBreak = z.object({ type: z.literal("hardBreak") }).strict();
const inline = z.discriminatedUnion("type", [textNode, hardBreak]);
export type InlineNode = z.infer<typeof inline>;
const inlineContent = z.array(inline).max(2000).optional();

const paragraph = z.object({ type: z.literal("paragraph"), content: inlineContent }).strict();
const heading = z
  .object({
    type: z.literal("heading"),
    attrs: z.object({ level: z.union([z.literal(2), z.literal(3), z.literal(4)]) }).strict(),
    content: inlineContent,
  })
  .strict();
const pullQuote = z
  .object({
    type: z.literal("pullQuote"),
    attrs: z
      .object({ attribution: z.string().max(200).default("") })
      .strict()
      .optional(),
    content: inlineContent,
  })
  .strict();
const horizontalRule = z.object({ type: z.literal("horizontalRule") }).strict();
const image = z
  .object({
    type: z.literal("image"),
    attrs: z
      .object({
        src: z.string().max(2048).refine(isImageSource, "Images must be site paths or web addresses"),
        alt: z.string().max(500).default(""),
        caption: z.string().max(1000).default(""),
        credit: z.string().max(200).default(""),
        width: z.number().int().positive().max(20000).nullable().optional(),
        height: z.number().int().positive().max(20000).nullable().optional(),
        // The media library item the image came from; its src is what links the two.
        mediaId: z.string().max(64).optional(),
        // Set by a person: an empty alt is intended (lib/media/alt-text.ts).
        decorative: z.boolean().optional(),
      })
      .strict(),
  })
  .strict();
const embed = z
  .object({
    type: z.literal("embed"),
    attrs: z
      .object({
        provider: z.enum(["youtube", "x"]),
        url: z.string().max(2048),
      })
      .strict()
      .refine((a) => isAllowedEmbed(a.provider, a.url), "Embeds must be a YouTube video or an X post URL"),
  })
  .strict();

export type Block =
  | z.infer<typeof paragraph>
  | z.infer<typeof heading>
  | z.infer<typeof pullQuote>
  | z.infer<typeof horizontalRule>
  | z.infer<typeof image>
  | z.infer<typeof embed>
  | { type: "blockquote"; content: Block[] }
  | { type: "bulletList" | "orderedList"; attrs?: { start?: number }; content: ListItem[] }
  | { type: "table"; content: TableRow[] };
export type ListItem = { type: "listItem"; content: Block[] };
export type TableRow = { type: "tableRow"; content: TableCell[] };
export type TableCell = {
  type: "tableCell" | "tableHeader";
  attrs?: { colspan?: number; rowspan?: number };
  content: Block[];
};

const block: z.ZodType<Block> = z.lazy(() =>
  z.discriminatedUnion("type", [
    paragraph,
    heading,
    pullQuote,
    horizontalRule,
    image,
    embed,
    z.object({ type: z.literal("blockquote"), content: z.array(block).min(1).max(50) }).strict(),
    z
      .object({
        type: z.enum(["bulletList", "orderedList"]),
        attrs: z
          .object({ start: z.number().int().min(0).max(10000).optional() })
          .strict()
          .optional(),
        content: z.array(listItem).min(1).max(200),
      })
      .strict(),
    z.object({ type: z.literal("table"), content: z.array(tableRow).min(1).max(200) }).strict(),
  ]),
);
const listItem: z.ZodType<ListItem> = z.lazy(() =>
  z.object({ type: z.literal("listItem"), content: z.array(block).min(1).max(50) }).strict(),
);
const tableCell: z.ZodType<TableCell> = z.lazy(() =>
  z
    .object({
      type: z.enum(["tableCell", "tableHeader"]),
      attrs: z
        .object({
          colspan: z.number().int().min(1).max(20).optional(),
          rowspan: z.number().int().min(1).max(200).optional(),
        })
        .passthrough()
        .transform(({ colspan, rowspan }) => ({ colspan, rowspan }))
        .optional(),
      content: z.array(block).min(1).max(20),
    })
    .strict(),
);
const tableRow: z.ZodType<TableRow> = z.lazy(() =>
  z.object({ type: z.literal("tableRow"), content: z.array(tableCell).min(1).max(30) }).strict(),
);

const documentShape = z.object({ type: z.literal("doc"), content: z.array(block).max(5000) }).strict();
/** The body as stored: its depth is checked first, so the recursive schema never sees a document too deep. */
export const documentSchema = z
  .unknown()
  .superRefine((value, ctx) => {
    if (nestsTooDeeply(value)) ctx.addIssue({ code: "custom", message: TOO_DEEP_MESSAGE });
  })
  .pipe(documentShape);
export type ArticleDocument = z.infer<typeof documentSchema>;

/** Largest accepted body, as serialised JSON. */
export const MAX_DOCUMENT_BYTES = 2_000_000;

export type ParseResult = { ok: true; doc: ArticleDocument } | { ok: false; error: string };

/** Validates an untrusted body (JSON string or value) against the editor's schema. */
export function parseDocument(input: unknown): ParseResult {
  let value = input;
  if (typeof input === "string") {
    if (input.length > MAX_DOCUMENT_BYTES) return { ok: false, error: "The article body is too large." };
    try {
      value = JSON.parse(input);
    } catch {
      return { ok: false, error: "The article body is not valid JSON." };
    }
  }
  if (nestsTooDeeply(value)) return { ok: false, error: TOO_DEEP_MESSAGE };
  const parsed = documentSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `The article body is invalid at ${issue?.path.join(".") || "root"}: ${issue?.message}` };
  }
  return { ok: true, doc: parsed.data };
}

export const emptyDocument = (): ArticleDocument => ({ type: "doc", content: [{ type: "paragraph" }] });
