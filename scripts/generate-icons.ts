// Renders the publication's mark (lib/seo/brand-mark.ts) into the files browsers and home screens
// ask for in public/: favicon.ico (16, 32 and 48 px), icon.svg, apple-touch-icon.png (180 px) and
// the web manifest's icons (192 and 512 px, also used as maskable). The output is committed;
// run again after changing the drawing: `npx tsx scripts/generate-icons.ts`
import { writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { brandMarkSvg } from "@/lib/seo/brand-mark";
import { icoFile } from "@/lib/seo/ico";

const OUT = path.join(process.cwd(), "public");

const png = (size: number) =>
  sharp(Buffer.from(brandMarkSvg), { density: 72 * (size / 512) * 4 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();

async function main() {
  await writeFile(path.join(OUT, "icon.svg"), brandMarkSvg);
  await writeFile(path.join(OUT, "favicon.ico"), icoFile(await Promise.all([16, 32, 48].map(png)), [16, 32, 48]));
  await writeFile(path.join(OUT, "apple-touch-icon.png"), await png(180));
  for (const size of [192, 512]) await writeFile(path.join(OUT, `icon-${size}.png`), await png(size));
  console.log(`Wrote the icons to ${path.relative(process.cwd(), OUT)}/`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
