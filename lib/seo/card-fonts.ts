import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

// The site's own typefaces for generated images. next/og reads WOFF (not WOFF2), so these come
// from the static @fontsource packages; the Latin Extended files cover names like "Tomás".
// Literal paths, so the build traces these four files rather than the whole project.
type CardFont = { name: string; data: Buffer; weight: 600 | 700; style: "normal" };

async function load(): Promise<CardFont[]> {
  const [serif, serifExt, sans, sansExt] = await Promise.all([
    readFile(
      path.join(process.cwd(), "node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff"),
    ),
    readFile(
      path.join(
        process.cwd(),
        "node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-ext-700-normal.woff",
      ),
    ),
    readFile(path.join(process.cwd(), "node_modules/@fontsource/inter/files/inter-latin-600-normal.woff")),
    readFile(path.join(process.cwd(), "node_modules/@fontsource/inter/files/inter-latin-ext-600-normal.woff")),
  ]);
  return [
    ...[serif, serifExt].map((data) => ({
      name: "Source Serif",
      data,
      weight: 700 as const,
      style: "normal" as const,
    })),
    ...[sans, sansExt].map((data) => ({ name: "Inter", data, weight: 600 as const, style: "normal" as const })),
  ];
}

let fonts: Promise<CardFont[]> | null = null;

/** Read once per server process. */
export function cardFonts(): Promise<CardFont[]> {
  fonts ??= load();
  return fonts;
}
