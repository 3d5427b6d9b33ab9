// Embeds come only from this allowlist; everything else is shown as a plain link.
export type EmbedProvider = "youtube" | "x";

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

export function youtubeId(url: string): string | null {
  try {
    const u = new URL(url);
    const host = u.hostname.replace(/^www\./, "");
    let id: string | null = null;
    if (host === "youtu.be") id = u.pathname.slice(1);
    else if (host === "youtube.com" || host === "m.youtube.com") {
      id =
        u.pathname === "/watch"
          ? u.searchParams.get("v")
          : (u.pathname.match(/^\/(?:embed|shorts)\/([^/]+)/)?.[1] ?? null);
    }
    return id && YOUTUBE_ID.test(id) ? id : null;
  } catch {
    return null;
  }
}

export function isXPostUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (
      u.protocol === "https:" &&
      ["x.com", "twitter.com"].includes(u.hostname.replace(/^www\./, "")) &&
      /^\/[^/]+\/status\/\d+/.test(u.pathname)
    );
  } catch {
    return false;
  }
}

export function isAllowedEmbed(provider: EmbedProvider, url: string): boolean {
  return provider === "youtube" ? youtubeId(url) !== null : isXPostUrl(url);
}

/** The privacy-enhanced player URL for a YouTube video. */
export const youtubeEmbedSrc = (id: string) => `https://www.youtube-nocookie.com/embed/${id}`;
