"use client";

import { useEditorState, type Editor } from "@tiptap/react";
import { useState } from "react";
import { MediaPicker } from "@/components/admin/media-picker";
import { isXPostUrl, youtubeId } from "@/lib/editor/embeds";
import { figureFromPicked } from "@/lib/media/figure";

type Panel = null | "link" | "image" | "embed";

function Button({
  label,
  shortcut,
  active,
  onClick,
  children,
}: {
  label: string;
  shortcut?: string;
  active?: boolean;
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
      aria-pressed={active ?? undefined}
      aria-label={label}
      title={shortcut ? `${label} (${shortcut})` : label}
      className="min-w-9 rounded px-2 py-1 text-sm font-semibold hover:bg-ink/10 aria-pressed:bg-ink aria-pressed:text-paper"
    >
      {children}
    </button>
  );
}

/** Formatting controls; every one also has a keyboard shortcut or a Markdown-style input rule. */
export function Toolbar({ editor }: { editor: Editor }) {
  const [panel, setPanel] = useState<Panel>(null);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      link: e.isActive("link"),
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      h4: e.isActive("heading", { level: 4 }),
      bullet: e.isActive("bulletList"),
      ordered: e.isActive("orderedList"),
      quote: e.isActive("blockquote"),
      pull: e.isActive("pullQuote"),
      href: (e.getAttributes("link").href as string | undefined) ?? "",
    }),
  });
  const chain = () => editor.chain().focus();
  return (
    <div className="sticky top-0 z-10 border-b border-rule bg-paper">
      <div role="toolbar" aria-label="Formatting" className="flex flex-wrap gap-1 p-1">
        <Button label="Bold" shortcut="Ctrl+B" active={state.bold} onClick={() => chain().toggleBold().run()}>
          B
        </Button>
        <Button label="Italic" shortcut="Ctrl+I" active={state.italic} onClick={() => chain().toggleItalic().run()}>
          <em>I</em>
        </Button>
        <Button label="Link" active={state.link} onClick={() => setPanel(panel === "link" ? null : "link")}>
          Link
        </Button>
        <Button
          label="Heading 2"
          shortcut="## "
          active={state.h2}
          onClick={() => chain().toggleHeading({ level: 2 }).run()}
        >
          H2
        </Button>
        <Button
          label="Heading 3"
          shortcut="### "
          active={state.h3}
          onClick={() => chain().toggleHeading({ level: 3 }).run()}
        >
          H3
        </Button>
        <Button
          label="Heading 4"
          shortcut="#### "
          active={state.h4}
          onClick={() => chain().toggleHeading({ level: 4 }).run()}
        >
          H4
        </Button>
        <Button
          label="Bulleted list"
          shortcut="- "
          active={state.bullet}
          onClick={() => chain().toggleBulletList().run()}
        >
          • List
        </Button>
        <Button
          label="Numbered list"
          shortcut="1. "
          active={state.ordered}
          onClick={() => chain().toggleOrderedList().run()}
        >
          1. List
        </Button>
        <Button label="Block quote" shortcut="> " active={state.quote} onClick={() => chain().toggleBlockquote().run()}>
          Quote
        </Button>
        <Button label="Pull quote" shortcut=">> " active={state.pull} onClick={() => chain().togglePullQuote().run()}>
          Pull quote
        </Button>
        <Button label="Horizontal rule" shortcut="---" onClick={() => chain().setHorizontalRule().run()}>
          Rule
        </Button>
        <Button
          label="Insert table"
          onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}
        >
          Table
        </Button>
        <Button label="Insert image" onClick={() => setPanel(panel === "image" ? null : "image")}>
          Image
        </Button>
        <Button label="Insert embed" onClick={() => setPanel(panel === "embed" ? null : "embed")}>
          Embed
        </Button>
        <Button label="Undo" shortcut="Ctrl+Z" onClick={() => chain().undo().run()}>
          ↶
        </Button>
        <Button label="Redo" shortcut="Ctrl+Shift+Z" onClick={() => chain().redo().run()}>
          ↷
        </Button>
      </div>
      {panel === "link" ? <LinkPanel editor={editor} href={state.href} close={() => setPanel(null)} /> : null}
      <MediaPicker
        open={panel === "image"}
        title="Insert an image"
        onClose={() => setPanel(null)}
        onSelect={(image) => editor.chain().focus().insertFigure(figureFromPicked(image)).run()}
      />
      {panel === "embed" ? <EmbedPanel editor={editor} close={() => setPanel(null)} /> : null}
    </div>
  );
}

function PanelForm({
  label,
  onSubmit,
  close,
  error,
  children,
}: {
  label: string;
  onSubmit: (data: FormData) => void;
  close: () => void;
  error: string | null;
  children: React.ReactNode;
}) {
  return (
    <form
      aria-label={label}
      className="flex flex-wrap items-end gap-2 border-t border-rule p-2"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(new FormData(e.currentTarget));
      }}
      onKeyDown={(e) => e.key === "Escape" && close()}
    >
      {children}
      <button type="submit" className="rounded bg-ink px-3 py-1 text-sm font-semibold text-paper">
        Apply
      </button>
      <button type="button" onClick={close} className="rounded border border-rule px-3 py-1 text-sm">
        Cancel
      </button>
      {error ? (
        <p role="alert" className="w-full text-sm font-semibold text-accent">
          {error}
        </p>
      ) : null}
    </form>
  );
}

const input = "rounded border border-rule bg-paper px-2 py-1 text-sm";

function LinkPanel({ editor, href, close }: { editor: Editor; href: string; close: () => void }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <PanelForm
      label="Edit link"
      close={close}
      error={error}
      onSubmit={(data) => {
        const url = String(data.get("href") ?? "").trim();
        if (!url) {
          editor.chain().focus().extendMarkRange("link").unsetLink().run();
          return close();
        }
        if (!/^(https?:\/\/|mailto:)/i.test(url)) return setError("Links must start with https://, http:// or mailto:");
        editor.chain().focus().extendMarkRange("link").setLink({ href: url }).run();
        close();
      }}
    >
      <label className="text-sm font-semibold">
        Link address
        <input name="href" defaultValue={href} autoFocus placeholder="https://" className={`${input} ml-2 w-80`} />
      </label>
      {href ? (
        <button
          type="button"
          onClick={() => (editor.chain().focus().extendMarkRange("link").unsetLink().run(), close())}
          className="rounded border border-rule px-3 py-1 text-sm"
        >
          Remove link
        </button>
      ) : null}
    </PanelForm>
  );
}

function EmbedPanel({ editor, close }: { editor: Editor; close: () => void }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <PanelForm
      label="Insert embed"
      close={close}
      error={error}
      onSubmit={(data) => {
        const url = String(data.get("url") ?? "").trim();
        const provider = youtubeId(url) ? "youtube" : isXPostUrl(url) ? "x" : null;
        if (!provider) return setError("Embeds must be a YouTube video or a post on X.");
        editor.chain().focus().insertEmbed({ provider, url }).run();
        close();
      }}
    >
      <label className="text-sm font-semibold">
        YouTube or X address
        <input name="url" autoFocus className={`${input} ml-2 w-80`} />
      </label>
    </PanelForm>
  );
}
