import { ReactNodeViewRenderer } from "@tiptap/react";
import { CharacterCount, Placeholder } from "@tiptap/extensions";
import { documentExtensions, EmbedNode, FigureNode } from "@/lib/editor/schema-extensions";
import { EmbedView, FigureView } from "./node-views";

/** The body's nodes (lib/editor/schema-extensions.ts) with the desk's views, counts and placeholder. */
export const editorExtensions = ({ history = true }: { history?: boolean } = {}) => [
  ...documentExtensions({ history }).map((e) =>
    e === FigureNode
      ? FigureNode.extend({ addNodeView: () => ReactNodeViewRenderer(FigureView) })
      : e === EmbedNode
        ? EmbedNode.extend({ addNodeView: () => ReactNodeViewRenderer(EmbedView) })
        : e,
  ),
  CharacterCount,
  Placeholder.configure({ placeholder: "Write the story…" }),
];
