import { Fragment, type ReactNode } from "react";
import { MediaImage } from "@/components/ui/media-image";
import type { ArticleDocument, Block, InlineNode, Mark } from "@/lib/editor/document";
import { isXPostUrl, youtubeEmbedSrc, youtubeId } from "@/lib/editor/embeds";

// Renders a validated article document as React on the server: a map from node type to
// element, never raw HTML, so nothing in a body can inject markup.

function applyMark(children: ReactNode, mark: Mark, key: number): ReactNode {
  switch (mark.type) {
    case "bold":
      return <strong key={key}>{children}</strong>;
    case "italic":
      return <em key={key}>{children}</em>;
    case "link":
      return (
        <a key={key} href={mark.attrs.href} rel={/^https?:/i.test(mark.attrs.href) ? "noopener" : undefined}>
          {children}
        </a>
      );
  }
}

function Inline({ nodes }: { nodes: InlineNode[] | undefined }) {
  return (nodes ?? []).map((n, i) =>
    n.type === "hardBreak" ? (
      <br key={i} />
    ) : (
      <Fragment key={i}>{(n.marks ?? []).reduceRight<ReactNode>((c, m, j) => applyMark(c, m, j), n.text)}</Fragment>
    ),
  );
}

function BlockNode({ block }: { block: Block }): ReactNode {
  switch (block.type) {
    case "paragraph":
      // Empty paragraphs are spacing left in the editor, not content.
      return block.content?.length ? (
        <p>
          <Inline nodes={block.content} />
        </p>
      ) : null;
    case "heading": {
      const H = `h${block.attrs.level}` as "h2" | "h3" | "h4";
      return (
        <H>
          <Inline nodes={block.content} />
        </H>
      );
    }
    case "pullQuote":
      return (
        <aside className="pull-quote" aria-label="Pull quote">
          <p>
            <Inline nodes={block.content} />
          </p>
          {block.attrs?.attribution ? <p className="pull-quote-attribution">{block.attrs.attribution}</p> : null}
        </aside>
      );
    case "blockquote":
      return (
        <blockquote>
          <Blocks blocks={block.content} />
        </blockquote>
      );
    case "bulletList":
      return (
        <ul>
          {block.content.map((li, i) => (
            <li key={i}>
              <Blocks blocks={li.content} />
            </li>
          ))}
        </ul>
      );
    case "orderedList":
      return (
        <ol start={block.attrs?.start}>
          {block.content.map((li, i) => (
            <li key={i}>
              <Blocks blocks={li.content} />
            </li>
          ))}
        </ol>
      );
    case "horizontalRule":
      return <hr />;
    case "image":
      return <Figure {...block.attrs} />;
    case "embed":
      return <Embed provider={block.attrs.provider} url={block.attrs.url} />;
    case "table":
      return (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Table">
          <table>
            <tbody>
              {block.content.map((row, r) => (
                <tr key={r}>
                  {row.content.map((cell, c) => {
                    const Cell = cell.type === "tableHeader" ? "th" : "td";
                    return (
                      <Cell key={c} colSpan={cell.attrs?.colspan} rowSpan={cell.attrs?.rowspan}>
                        <Blocks blocks={cell.content} />
                      </Cell>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

function Figure({ src, alt, caption, credit, width, height, decorative }: Extract<Block, { type: "image" }>["attrs"]) {
  const text = decorative ? "" : alt;
  return (
    <figure>
      {width && height ? (
        <MediaImage image={{ src, alt: text, width, height }} sizes="(min-width: 768px) 42rem, 100vw" />
      ) : (
        // eslint-disable-next-line @next/next/no-img-element -- external image of unknown size
        <img src={src} alt={text} loading="lazy" />
      )}
      {caption || credit ? (
        <figcaption>
          {caption}
          {credit ? <span className="credit"> {credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}

function Embed({ provider, url }: { provider: "youtube" | "x"; url: string }) {
  const id = provider === "youtube" ? youtubeId(url) : null;
  if (id) {
    return (
      <figure className="embed">
        <iframe
          src={youtubeEmbedSrc(id)}
          title="Embedded YouTube video"
          loading="lazy"
          allowFullScreen
          sandbox="allow-scripts allow-same-origin allow-presentation"
        />
      </figure>
    );
  }
  return isXPostUrl(url) ? (
    <p className="embed-link">
      <a href={url} rel="noopener">
        View the post on X
      </a>
    </p>
  ) : null;
}

function Blocks({ blocks }: { blocks: Block[] }) {
  return blocks.map((b, i) => <BlockNode key={i} block={b} />);
}

export function RichText({ doc }: { doc: ArticleDocument }) {
  return <Blocks blocks={doc.content} />;
}
