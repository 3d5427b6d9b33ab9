import { mergeAttributes, Node, textblockTypeInputRule } from "@tiptap/core";
import { TableKit } from "@tiptap/extension-table";
import StarterKit from "@tiptap/starter-kit";
import type { FigureAttrs } from "@/lib/media/figure";

// The body's schema as TipTap nodes, without anything that needs a browser: the desk's editor adds
// its views to these (components/admin/editor/extensions.ts), and the collaboration server builds
// the same ProseMirror schema from them to turn a shared document into the stored JSON and back.
// It mirrors lib/editor/document.ts exactly: anything the server would reject (code,
// strike-through, underline, h1, h5) is simply not available.

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    pullQuote: { togglePullQuote: () => ReturnType };
    figure: { insertFigure: (attrs: FigureAttrs) => ReturnType };
    embed: { insertEmbed: (attrs: { provider: "youtube" | "x"; url: string }) => ReturnType };
  }
}

export const PullQuote = Node.create({
  name: "pullQuote",
  group: "block",
  content: "inline*",
  defining: true,
  addAttributes: () => ({ attribution: { default: "" } }),
  parseHTML: () => [{ tag: "aside.pull-quote", contentElement: "p" }],
  renderHTML: ({ HTMLAttributes }) => ["aside", mergeAttributes(HTMLAttributes, { class: "pull-quote" }), ["p", 0]],
  addCommands() {
    return {
      togglePullQuote:
        () =>
        ({ commands }) =>
          commands.toggleNode(this.name, "paragraph"),
    };
  },
  addInputRules() {
    return [textblockTypeInputRule({ find: /^>>\s$/, type: this.type })];
  },
});

// A site path, or another site's http or https address, which the desk keeps as a placeholder
// and imports (lib/media/remote-images.ts).
const SAFE_IMAGE_SRC = /^(\/(?!\/)|https?:\/\/)/i;
const positive = (value: string | null) => {
  const n = Number.parseInt(value ?? "", 10);
  return Number.isFinite(n) && n > 0 ? n : null;
};

/** A figure's attributes read back from the HTML the editor writes (copy and paste, drag and drop). */
function figureFromHtml(img: HTMLImageElement | null, figure: HTMLElement | null) {
  const src = img?.getAttribute("src") ?? "";
  // A pasted file:// or data: picture can't be shown to readers; it is left out, not stored.
  if (!img || !SAFE_IMAGE_SRC.test(src)) return false;
  const caption = figure?.querySelector("figcaption");
  const isCredit = (n: ChildNode) => n instanceof HTMLElement && n.hasAttribute("data-credit");
  return {
    src,
    alt: img.getAttribute("alt") ?? "",
    caption: Array.from(caption?.childNodes ?? [])
      .filter((n) => !isCredit(n))
      .map((n) => n.textContent ?? "")
      .join("")
      .trim(),
    credit: caption?.querySelector("[data-credit]")?.textContent?.trim() ?? "",
    width: positive(img.getAttribute("width")),
    height: positive(img.getAttribute("height")),
    mediaId: figure?.dataset.mediaId || null,
    decorative: figure?.dataset.decorative === "true" ? true : null,
  };
}

export const FigureNode = Node.create({
  name: "image",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes: () => ({
    src: { default: "" },
    alt: { default: "" },
    caption: { default: "" },
    credit: { default: "" },
    width: { default: null },
    height: { default: null },
    // The library item the picture came from, and a person's "no alt text on purpose"; null
    // when unset, so they leave the saved document (lib/editor/normalize.ts).
    mediaId: { default: null },
    decorative: { default: null },
  }),
  parseHTML: () => [
    { tag: "figure", getAttrs: (el) => figureFromHtml((el as HTMLElement).querySelector("img"), el as HTMLElement) },
    { tag: "img[src]", getAttrs: (el) => figureFromHtml(el as HTMLImageElement, null) },
  ],
  renderHTML: ({ node }) => {
    const a = node.attrs as {
      src: string;
      alt: string;
      caption: string;
      credit: string;
      width: number | null;
      height: number | null;
      mediaId: string | null;
      decorative: boolean | null;
    };
    const img: Record<string, string> = { src: a.src, alt: a.alt };
    if (a.width && a.height) Object.assign(img, { width: String(a.width), height: String(a.height) });
    return [
      "figure",
      { ...(a.mediaId ? { "data-media-id": a.mediaId } : {}), ...(a.decorative ? { "data-decorative": "true" } : {}) },
      ["img", img],
      ["figcaption", a.caption, ...(a.credit ? [["small", { "data-credit": "" }, a.credit]] : [])],
    ];
  },
  addCommands() {
    return {
      insertFigure:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs }),
    };
  },
});

export const EmbedNode = Node.create({
  name: "embed",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes: () => ({ provider: { default: "youtube" }, url: { default: "" } }),
  parseHTML: () => [
    {
      tag: "div[data-embed]",
      getAttrs: (el) => ({ provider: (el as HTMLElement).dataset.provider, url: (el as HTMLElement).dataset.url }),
    },
  ],
  renderHTML: ({ HTMLAttributes }) => [
    "div",
    { "data-embed": "", "data-provider": HTMLAttributes.provider, "data-url": HTMLAttributes.url },
  ],
  addCommands() {
    return {
      insertEmbed:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs }),
    };
  },
});

const SAFE_LINK = /^(https?:|mailto:)/i;

/** The schema's nodes and marks. `undoRedo` is off where a shared document keeps its own history. */
export const documentExtensions = ({ history = true }: { history?: boolean } = {}) => [
  StarterKit.configure({
    ...(history ? {} : { undoRedo: false as const }),
    heading: { levels: [2, 3, 4] },
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: "https",
      protocols: ["http", "https", "mailto"],
      isAllowedUri: (url) => SAFE_LINK.test(url),
      HTMLAttributes: { rel: "noopener", target: null },
    },
  }),
  TableKit.configure({ table: { resizable: false } }),
  PullQuote,
  FigureNode,
  EmbedNode,
];
