"use client";

import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import { useEffect, useRef } from "react";
import type { ArticleDocument } from "@/lib/editor/document";
import { normalizeEditorJson } from "@/lib/editor/normalize";
import { editorExtensions } from "./extensions";
import { Toolbar } from "./toolbar";

/** The story body: TipTap, reporting every change as a document the server's schema accepts. */
export function RichTextEditor({ initial, onChange, replaceWith, readOnly = false, label = "Story body", minHeight = "min-h-[60vh]" }: { initial: ArticleDocument; onChange: (doc: ArticleDocument) => void; replaceWith?: { doc: ArticleDocument; key: number }; readOnly?: boolean; label?: string; minHeight?: string }) {
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);
  const editor = useEditor({
    extensions: editorExtensions,
    content: initial,
    editable: !readOnly,
    // Rendering on the server would mismatch on hydration; the desk renders the editor in the browser.
    immediatelyRender: false,
    editorProps: {
      attributes: {
        class: `article-body prose max-w-none ${minHeight} px-4 py-6 focus:outline-none`,
        "aria-label": label,
        "aria-multiline": "true",
        role: "textbox",
      },
    },
    onUpdate: ({ editor: e }) => onChangeRef.current(normalizeEditorJson(e.getJSON()) as ArticleDocument),
  });

  // Replacing the whole document (taking another version, restoring a local copy) is explicit.
  useEffect(() => {
    if (editor && replaceWith) editor.commands.setContent(replaceWith.doc, { emitUpdate: false });
  }, [editor, replaceWith]);

  const words = useEditorState({ editor, selector: ({ editor: e }) => (e ? e.storage.characterCount.words() : 0) });
  if (!editor) return <div className={`${minHeight} rounded border border-rule`} aria-busy="true" />;
  return (
    <div className="rounded border border-rule">
      {readOnly ? null : <Toolbar editor={editor} />}
      <EditorContent editor={editor} />
      <p className="border-t border-rule px-3 py-1 text-right text-xs text-muted" aria-live="off">
        {words} {words === 1 ? "word" : "words"}
      </p>
    </div>
  );
}
