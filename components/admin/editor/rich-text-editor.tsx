"use client";

import type { HocuspocusProvider } from "@hocuspocus/provider";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import type { Slice } from "@tiptap/pm/model";
import type { EditorView } from "@tiptap/pm/view";
import type * as Y from "yjs";
import { BODY } from "@/lib/collab/doc-fields";
import { memo, useEffect, useRef, useState } from "react";
import type { ArticleDocument } from "@/lib/editor/document";
import { tidyPastedHtml } from "@/lib/editor/paste/pasted-html";
import { normalizeEditorJson } from "@/lib/editor/normalize";
import { isImagePaste } from "@/lib/media/clipboard";
import { isActive, UploadList } from "../media-upload-list";
import { editorExtensions } from "./extensions";
import { othersOnly } from "@/lib/collab/others-awareness";
import { remoteImportsOf, remoteSrcsIn } from "./remote-imports";
import { Toolbar } from "./toolbar";
import { useImageUploads } from "./use-image-uploads";

type Upload = (files: File[], at: number | null) => void;

/** A body shared with everyone who has the story open (lib/collab): the document holds the content. */
export interface SharedBody {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  user: { name: string; color: string };
}

function extensionsFor(shared: SharedBody | undefined) {
  if (!shared) return editorExtensions();
  return [
    // The shared document keeps the undo history: undo takes back one's own changes only.
    ...editorExtensions({ history: false }),
    Collaboration.configure({ document: shared.doc, field: BODY }),
    CollaborationCaret.configure({
      provider: shared.provider.awareness ? { awareness: othersOnly(shared.provider.awareness) } : shared.provider,
      user: shared.user,
    }),
  ];
}

/**
 * The story body: TipTap, either shared (`shared`: the document is the content, and the server
 * stores it) or on its own, reporting every change as a document the server's schema accepts.
 */
export const RichTextEditor = memo(function RichTextEditor({
  initial,
  shared,
  onChange,
  replaceWith,
  readOnly = false,
  error,
  label = "Story body",
  minHeight = "min-h-[60vh]",
}: {
  initial?: ArticleDocument;
  shared?: SharedBody;
  onChange?: (doc: ArticleDocument) => void;
  replaceWith?: { doc: ArticleDocument; key: number };
  readOnly?: boolean;
  error?: string;
  label?: string;
  minHeight?: string;
}) {
  const onChangeRef = useRef(onChange);
  // The paste and drop handlers are fixed when the editor is made; they reach the upload through this.
  const uploadRef = useRef<Upload>(() => {});
  const importRef = useRef<(srcs: string[]) => void>(() => {});
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);
  // The options are made once: TipTap compares them on every render, and new ones (a fresh
  // extension list, fresh props) make it reconfigure the whole view, once per key on a long story.
  const [options] = useState(() => ({
    extensions: extensionsFor(shared),
    ...(shared ? {} : { content: initial }),
    // Rendering on the server would mismatch on hydration; the desk renders the editor in the browser.
    immediatelyRender: false,
    editorProps: {
      attributes: {
        class: `article-body prose max-w-none ${minHeight} px-4 py-6 focus:outline-none`,
        "aria-label": label,
        "aria-multiline": "true",
        role: "textbox",
      },
      // Word's and Google Docs' lists and headings, in the shape the schema reads.
      transformPastedHTML: tidyPastedHtml,
      handlePaste: (view: EditorView, event: ClipboardEvent, slice: Slice) => {
        const data = event.clipboardData;
        const files = Array.from(data?.files ?? []);
        if (!view.editable) return false;
        if (!isImagePaste(files, data?.getData("text/html") ?? "", data?.getData("text/plain") ?? "")) {
          // Pasted as it is, pictures from other sites as placeholders: the server imports them.
          importRef.current(remoteSrcsIn(slice));
          return false;
        }
        uploadRef.current(files, null);
        return true;
      },
      handleDrop: (view: EditorView, event: DragEvent, slice: Slice, moved: boolean) => {
        const files = Array.from(event.dataTransfer?.files ?? []);
        if (moved || !view.editable) return false;
        if (!files.length) {
          importRef.current(remoteSrcsIn(slice));
          return false;
        }
        event.preventDefault();
        uploadRef.current(files, view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos ?? null);
        return true;
      },
    },
    // A shared body is read from its document by the server; only a body on its own reports itself.
    onUpdate: ({ editor: e }: { editor: Editor }) => {
      if (onChangeRef.current) onChangeRef.current(normalizeEditorJson(e.getJSON()) as ArticleDocument);
    },
  }));
  const editor = useEditor({ ...options, editable: !readOnly });
  const uploads = useImageUploads(editor);
  useEffect(() => {
    uploadRef.current = (files, at) => void uploads.upload(files, at);
  }, [uploads]);
  useEffect(() => {
    if (editor) importRef.current = (srcs) => srcs.forEach((src) => void remoteImportsOf(editor).import(src));
  }, [editor]);

  // The right to edit can change while the page is open (a contributor submits the story): the
  // body follows at once, not at the next reload.
  useEffect(() => {
    if (editor && editor.isEditable === readOnly) editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  // Replacing the whole document (taking another version, restoring a local copy) is explicit.
  useEffect(() => {
    if (editor && replaceWith) editor.commands.setContent(replaceWith.doc, { emitUpdate: false });
  }, [editor, replaceWith]);

  if (!editor) return <div className={`${minHeight} rounded border border-rule`} aria-busy="true" />;
  return (
    <div className="rounded border border-rule">
      {readOnly ? null : <Toolbar editor={editor} />}
      {uploads.rows.length ? (
        <div className="border-b border-rule px-3 pb-3">
          <UploadList rows={uploads.rows} label="Images being added" />
          {uploads.rows.some((r) => !isActive(r)) ? (
            <button type="button" onClick={uploads.dismiss} className="mt-2 text-xs font-semibold underline">
              Clear finished uploads
            </button>
          ) : null}
        </div>
      ) : null}
      <EditorContent editor={editor} />
      {error ? (
        <p role="alert" className="border-t border-rule px-3 py-1 text-sm font-semibold text-accent">
          {error}
        </p>
      ) : null}
      <WordCount editor={editor} />
    </div>
  );
});

/** The count on its own: its updates re-render this line, not the editor and its toolbar. */
function WordCount({ editor }: { editor: Editor }) {
  const words = useWordCount(editor);
  return (
    <p className="border-t border-rule px-3 py-1 text-right text-xs text-muted" aria-live="off">
      {words} {words === 1 ? "word" : "words"}
    </p>
  );
}

/**
 * The story's word count, recounted at most every WORD_COUNT_MS: counting a long story on every
 * key (several milliseconds at 15,000 words) would slow the typing it counts.
 */
const WORD_COUNT_MS = 400;
function useWordCount(editor: Editor) {
  const [words, setWords] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const count = () => {
      timer = null;
      if (!editor.isDestroyed) setWords(editor.storage.characterCount.words());
    };
    const later = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (transaction.docChanged) timer ??= setTimeout(count, WORD_COUNT_MS);
    };
    count();
    editor.on("transaction", later);
    return () => {
      editor.off("transaction", later);
      if (timer) clearTimeout(timer);
    };
  }, [editor]);
  return words;
}
