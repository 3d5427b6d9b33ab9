import { mergeAttributes, Node, textblockTypeInputRule } from "@tiptap/core";
import { ReactNodeViewRenderer } from "@tiptap/react";
import { TableKit } from "@tiptap/extension-table";
import { CharacterCount, Placeholder } from "@tiptap/extensions";
import StarterKit from "@tiptap/starter-kit";
import { EmbedView, FigureView } from "./node-views";

// The editor's schema mirrors lib/editor/document.ts exactly: anything the server would reject
// (code, strike-through, underline, h1, h5) is simply not available here.

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    pullQuote: { togglePullQuote: () => ReturnType };
    figure: { insertFigure: (attrs: { src: string; alt?: string; caption?: string; credit?: string; width?: number | null; height?: number | null }) => ReturnType };
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
    return { togglePullQuote: () => ({ commands }) => commands.toggleNode(this.name, "paragraph") };
  },
  addInputRules() {
    return [textblockTypeInputRule({ find: /^>>\s$/, type: this.type })];
  },
});

export const Figure = Node.create({
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
  }),
  parseHTML: () => [
    {
      tag: "figure",
      getAttrs: (el) => {
        const img = (el as HTMLElement).querySelector("img");
        if (!img) return false;
        return { src: img.getAttribute("src") ?? "", alt: img.getAttribute("alt") ?? "", caption: (el as HTMLElement).querySelector("figcaption")?.textContent ?? "" };
      },
    },
    { tag: "img[src]", getAttrs: (el) => ({ src: (el as HTMLElement).getAttribute("src") ?? "", alt: (el as HTMLElement).getAttribute("alt") ?? "" }) },
  ],
  renderHTML: ({ HTMLAttributes }) => ["figure", ["img", { src: HTMLAttributes.src, alt: HTMLAttributes.alt }], ["figcaption", HTMLAttributes.caption ?? ""]],
  addNodeView: () => ReactNodeViewRenderer(FigureView),
  addCommands() {
    return { insertFigure: (attrs) => ({ commands }) => commands.insertContent({ type: this.name, attrs }) };
  },
});

export const Embed = Node.create({
  name: "embed",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes: () => ({ provider: { default: "youtube" }, url: { default: "" } }),
  parseHTML: () => [{ tag: "div[data-embed]", getAttrs: (el) => ({ provider: (el as HTMLElement).dataset.provider, url: (el as HTMLElement).dataset.url }) }],
  renderHTML: ({ HTMLAttributes }) => ["div", { "data-embed": "", "data-provider": HTMLAttributes.provider, "data-url": HTMLAttributes.url }],
  addNodeView: () => ReactNodeViewRenderer(EmbedView),
  addCommands() {
    return { insertEmbed: (attrs) => ({ commands }) => commands.insertContent({ type: this.name, attrs }) };
  },
});

const SAFE_LINK = /^(https?:|mailto:)/i;

export const editorExtensions = [
  StarterKit.configure({
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
  Figure,
  Embed,
  CharacterCount,
  Placeholder.configure({ placeholder: "Write the story…" }),
];
