import type { ArticleDocument, Block, InlineNode, Mark } from "./document";
import { youtubeEmbedSrc, youtubeId } from "./embeds";

// Serialises a validated document to HTML for feeds and search indexing. Reader pages do not
// use this: they render the document through React (components/site/rich-text.tsx).

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function wrap(html: string, mark: Mark): string {
  switch (mark.type) {
    case "bold":
      return `<strong>${html}</strong>`;
    case "italic":
      return `<em>${html}</em>`;
    case "link":
      return `<a href="${escapeHtml(mark.attrs.href)}" rel="noopener">${html}</a>`;
  }
}

function inline(nodes: InlineNode[] | undefined): string {
  return (nodes ?? [])
    .map((n) =>
      n.type === "hardBreak" ? "<br>" : (n.marks ?? []).reduceRight((html, m) => wrap(html, m), escapeHtml(n.text)),
    )
    .join("");
}

function block(b: Block): string {
  switch (b.type) {
    case "paragraph":
      return `<p>${inline(b.content)}</p>`;
    case "heading":
      return `<h${b.attrs.level}>${inline(b.content)}</h${b.attrs.level}>`;
    case "pullQuote":
      return `<aside><blockquote><p>${inline(b.content)}</p></blockquote></aside>`;
    case "blockquote":
      return `<blockquote>${b.content.map(block).join("")}</blockquote>`;
    case "bulletList":
      return `<ul>${b.content.map((li) => `<li>${li.content.map(block).join("")}</li>`).join("")}</ul>`;
    case "orderedList": {
      const start = b.attrs?.start && b.attrs.start !== 1 ? ` start="${b.attrs.start}"` : "";
      return `<ol${start}>${b.content.map((li) => `<li>${li.content.map(block).join("")}</li>`).join("")}</ol>`;
    }
    case "horizontalRule":
      return "<hr>";
    case "image": {
      const { src, alt, caption, credit, width, height } = b.attrs;
      const size = width && height ? ` width="${width}" height="${height}"` : "";
      const figcaption =
        caption || credit
          ? `<figcaption>${escapeHtml(caption)}${credit ? ` <small>${escapeHtml(credit)}</small>` : ""}</figcaption>`
          : "";
      return `<figure><img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}"${size}>${figcaption}</figure>`;
    }
    case "embed": {
      const id = b.attrs.provider === "youtube" ? youtubeId(b.attrs.url) : null;
      return id
        ? `<figure><iframe src="${youtubeEmbedSrc(id)}" title="YouTube video" loading="lazy" allowfullscreen></iframe></figure>`
        : `<p><a href="${escapeHtml(b.attrs.url)}" rel="noopener">${escapeHtml(b.attrs.url)}</a></p>`;
    }
    case "table":
      return `<table><tbody>${b.content
        .map(
          (row) =>
            `<tr>${row.content
              .map((c) => {
                const tag = c.type === "tableHeader" ? "th" : "td";
                return `<${tag}>${c.content.map(block).join("")}</${tag}>`;
              })
              .join("")}</tr>`,
        )
        .join("")}</tbody></table>`;
  }
}

export function documentToHtml(doc: ArticleDocument): string {
  return doc.content.map(block).join("\n");
}
