// A person's colour for their caret and avatar, the same in the editor and the desk's lists.
const COLORS = ["#b4232a", "#1f5fa8", "#2f7d32", "#8a4baf", "#b35c00", "#00756f", "#a3247a", "#5b6b00"];

export const colorFor = (id: string) =>
  COLORS[[...id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % COLORS.length]!;

export const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join("");
