// Layouts for generated images, drawn by next/og (Satori): flexbox only, inline styles, and the
// site's palette and typefaces, so a shared link looks like the publication.

const PAPER = "#fbfaf7";
const INK = "#16161a";
const MUTED = "#55555f";
const RULE = "#dedbd2";
const ACCENT = "#a61b1b";

interface Size {
  width: number;
  height: number;
}

/** Long headlines step down in size so that they fit without being cut off. */
function headlineSize(text: string, { width, height }: Size): number {
  const base = Math.min(width / 16, height / 8);
  const scale = text.length > 110 ? 0.68 : text.length > 70 ? 0.82 : 1;
  return Math.round(base * scale);
}

/** At most `max` characters, cut at a word boundary. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max).replace(/\s+\S*$/, "")}…`;
}

export function HeadlineCard({
  kicker,
  headline,
  siteName,
  size,
}: {
  kicker: string;
  headline: string;
  siteName: string;
  size: Size;
}) {
  const pad = Math.round(size.width / 18);
  const title = clip(headline, 160);
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        background: PAPER,
        color: INK,
        borderTop: `${Math.round(pad / 5)}px solid ${ACCENT}`,
        padding: pad,
      }}
    >
      <div
        style={{
          display: "flex",
          fontFamily: "Inter",
          fontSize: Math.round(pad / 2.2),
          color: ACCENT,
          textTransform: "uppercase",
          letterSpacing: 2,
        }}
      >
        {kicker}
      </div>
      <div
        style={{
          display: "flex",
          flexGrow: 1,
          alignItems: "center",
          fontFamily: "Source Serif",
          fontSize: headlineSize(title, size),
          lineHeight: 1.12,
          letterSpacing: -1,
        }}
      >
        {title}
      </div>
      <div
        style={{
          display: "flex",
          borderTop: `2px solid ${RULE}`,
          paddingTop: Math.round(pad / 2.5),
          fontFamily: "Source Serif",
          fontSize: Math.round(pad / 1.6),
          color: INK,
        }}
      >
        {siteName}
      </div>
    </div>
  );
}

/** The front page's card: the publication's name and its description. */
export function SiteCard({ siteName, description }: { siteName: string; description: string }) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "center",
        background: PAPER,
        color: INK,
        borderTop: `14px solid ${ACCENT}`,
        padding: 72,
      }}
    >
      <div style={{ display: "flex", fontFamily: "Source Serif", fontSize: 112, letterSpacing: -2 }}>{siteName}</div>
      <div
        style={{
          display: "flex",
          marginTop: 28,
          paddingTop: 28,
          borderTop: `2px solid ${RULE}`,
          fontFamily: "Inter",
          fontSize: 36,
          lineHeight: 1.35,
          color: MUTED,
        }}
      >
        {clip(description, 140)}
      </div>
    </div>
  );
}

/** A square logo: the publication's initial on the accent colour, drawn at any size. */
export function Logo({ siteName, size }: { siteName: string; size: number }) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        background: ACCENT,
        color: PAPER,
        fontFamily: "Source Serif",
        fontSize: Math.round(size * 0.7),
      }}
    >
      {(siteName.replace(/^the\s+/i, "").trim()[0] ?? "B").toUpperCase()}
    </div>
  );
}
