// Pictures in a body that are still at another site's address: pasted or dropped from a web page
// and not (yet) taken into the media library. They stay in the story as marked placeholders, so
// nothing the writer pasted is lost, but they never reach readers (the site would be linking to
// someone else's server, which its own security policy blocks anyway): publishing, scheduling and
// Update refuse until each is replaced or removed. Pure: safe on server and client.

const WEB_ADDRESS = /^https?:\/\//i;

/** Whether an image's src is another site's address rather than one of the site's own paths. */
export const isRemoteImageSrc = (src: string) => WEB_ADDRESS.test(src);

type Node = { type?: string; attrs?: Record<string, unknown> | null; content?: readonly Node[] };

/** Every remote image's src in the body, in reading order (lists, tables and quotes included). */
export function remoteImages(doc: { content?: readonly Node[] }): string[] {
  const found: string[] = [];
  const walk = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      const src = node.type === "image" ? String(node.attrs?.src ?? "") : "";
      if (isRemoteImageSrc(src)) found.push(src);
      else if (Array.isArray(node.content)) walk(node.content);
    }
  };
  walk(doc.content ?? []);
  return found;
}

const hostOf = (src: string) => {
  try {
    return new URL(src).hostname;
  } catch {
    return src;
  }
};

/** What a refused publish says: which pictures to replace, by the site they are still on; `before` ends it. */
export function remoteImagesMessage(srcs: readonly string[], before: string): string {
  const hosts = [...new Set(srcs.map(hostOf))].join(", ");
  const one = srcs.length === 1;
  const it = one ? "it" : "them";
  const what = one
    ? `The image pasted from ${hosts} is not in the media library`
    : `${srcs.length} images pasted from other sites (${hosts}) are not in the media library`;
  return `${what}: import ${it} again, replace ${it} with a library image, or remove ${it} ${before}.`;
}
