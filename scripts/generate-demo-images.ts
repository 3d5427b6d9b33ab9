// Draws the demo publication's illustrations (abstract, original) and writes them as WebP
// under prisma/demo/images; the seed imports them into the media library. Run once; the output is committed. `npx tsx scripts/generate-demo-images.ts`
import { mkdir } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

const W = 1500;
const H = 1000;
const OUT = path.join(process.cwd(), "prisma/demo/images");

function rng(seed: number) {
  return () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
}

const sky = (id: string, top: string, bottom: string) =>
  `<defs><linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#${id})"/>`;

const drawings: Record<string, (r: () => number) => string> = {
  harbour: (r) => {
    let s = sky("s", "#2b1d4a", "#f08a4b") + `<rect y="700" width="${W}" height="300" fill="#1d2433"/>`;
    for (let i = 0; i < 5; i++) {
      const x = 150 + i * 280;
      s += `<rect x="${x}" y="${260 + r() * 80}" width="14" height="440" fill="#141820"/><rect x="${x - 120}" y="${300 + r() * 40}" width="300" height="16" fill="#141820"/><line x1="${x + 150}" y1="320" x2="${x + 150}" y2="520" stroke="#141820" stroke-width="4"/>`;
    }
    const colours = ["#b6412f", "#2f6f8f", "#d9a441", "#4e7d4a", "#7a4e8f"];
    for (let i = 0; i < 40; i++)
      s += `<rect x="${(i % 20) * 75}" y="${640 - Math.floor(i / 20) * 30}" width="70" height="28" fill="${colours[Math.floor(r() * 5)]}"/>`;
    for (let i = 0; i < 30; i++)
      s += `<rect x="${r() * W}" y="${720 + r() * 260}" width="${40 + r() * 120}" height="3" fill="#f08a4b" opacity="0.35"/>`;
    return s;
  },
  summit: (r) => {
    let s =
      sky("s", "#3a2f28", "#7a5b44") +
      `<polygon points="250,1000 1250,1000 900,520 600,520" fill="#4a2f1f"/><polygon points="300,1000 1200,1000 880,540 620,540" fill="#6b4430"/>`;
    const flags = ["#1f4e9c", "#c8102e", "#0a7d3b", "#f2c100", "#222", "#fff"];
    for (let i = 0; i < 8; i++) {
      const x = 220 + i * 150;
      s += `<line x1="${x}" y1="160" x2="${x}" y2="500" stroke="#c9b38f" stroke-width="6"/><rect x="${x + 3}" y="170" width="110" height="70" fill="${flags[i % 6]}" opacity="0.9"/><rect x="${x + 3}" y="205" width="110" height="12" fill="${flags[(i + 2) % 6]}" opacity="0.8"/>`;
    }
    for (let i = 0; i < 10; i++)
      s += `<circle cx="${640 + (i % 5) * 55}" cy="${560 + Math.floor(i / 5) * 200 + r() * 10}" r="18" fill="#e8dcc8" opacity="0.7"/>`;
    return s;
  },
  ridges: (r) => {
    let s = sky("s", "#dfe9f2", "#f6efe3");
    const tones = ["#9fb6cc", "#7c97b3", "#5a7897", "#3d5a78", "#243c56"];
    tones.forEach((c, i) => {
      let d = `M0 ${420 + i * 110}`;
      for (let x = 0; x <= W; x += 75) d += ` L${x} ${380 + i * 115 - r() * 140}`;
      s += `<path d="${d} L${W} ${H} L0 ${H} Z" fill="${c}"/>`;
    });
    return s + `<circle cx="1150" cy="200" r="70" fill="#f7d9a6" opacity="0.8"/>`;
  },
  market: (r) => {
    let s = `<rect width="${W}" height="${H}" fill="#101826"/>`;
    for (let x = 0; x <= W; x += 100) s += `<line x1="${x}" y1="0" x2="${x}" y2="${H}" stroke="#22314a"/>`;
    for (let y = 0; y <= H; y += 100) s += `<line x1="0" y1="${y}" x2="${W}" y2="${y}" stroke="#22314a"/>`;
    ["#4fd1a5", "#f2c14e", "#f0605d"].forEach((c, k) => {
      let y = 500 + k * 80;
      let d = `M0 ${y}`;
      for (let x = 30; x <= W; x += 30) d += ` L${x} ${(y = Math.min(950, Math.max(60, y + (r() - 0.5) * 90)))}`;
      s += `<path d="${d}" fill="none" stroke="${c}" stroke-width="5" stroke-linejoin="round"/>`;
    });
    for (let i = 0; i < 50; i++)
      s += `<rect x="${i * 30 + 5}" y="${880 - r() * 120}" width="18" height="${120}" fill="#2c4a6e" opacity="0.6"/>`;
    return s;
  },
  circuit: (r) => {
    let s = `<rect width="${W}" height="${H}" fill="#0d3b2e"/>`;
    for (let i = 0; i < 70; i++) {
      let x = Math.round(r() * 30) * 50;
      let y = Math.round(r() * 20) * 50;
      let d = `M${x} ${y}`;
      for (let k = 0; k < 4; k++) {
        if (k % 2) y += (r() > 0.5 ? 1 : -1) * Math.round(r() * 4) * 50;
        else x += (r() > 0.5 ? 1 : -1) * Math.round(r() * 6) * 50;
        d += ` L${x} ${y}`;
      }
      s += `<path d="${d}" fill="none" stroke="#d4a84f" stroke-width="5" opacity="0.8"/><circle cx="${x}" cy="${y}" r="11" fill="#f3d27a"/>`;
    }
    return s + `<rect x="600" y="380" width="300" height="240" rx="10" fill="#151515" stroke="#888" stroke-width="4"/>`;
  },
  river: (r) => {
    let s = sky("s", "#cfe3d0", "#9cbf7a") + `<rect y="0" width="${W}" height="260" fill="#e7eef2"/>`;
    for (let i = 0; i < 14; i++)
      s += `<rect x="0" y="${260 + i * 55}" width="${W}" height="30" fill="${i % 2 ? "#a7c585" : "#b9cf8e"}" opacity="0.6"/>`;
    s += `<path d="M-50 1000 C 300 820, 100 640, 600 560 S 1100 380, 1550 300" fill="none" stroke="#3f7fb0" stroke-width="${70 + r() * 10}" stroke-linecap="round"/>`;
    return (
      s +
      `<path d="M-50 1000 C 300 820, 100 640, 600 560 S 1100 380, 1550 300" fill="none" stroke="#7fb6dc" stroke-width="18" opacity="0.6"/>`
    );
  },
  skyline: (r) => {
    let s = sky("s", "#060a1f", "#2a2f63");
    for (let i = 0; i < 80; i++)
      s += `<circle cx="${r() * W}" cy="${r() * 400}" r="${r() * 2 + 0.5}" fill="#fff" opacity="0.7"/>`;
    for (let x = 0; x < W;) {
      const w = 60 + r() * 90;
      const h = 200 + r() * 480;
      s += `<rect x="${x}" y="${H - h}" width="${w}" height="${h}" fill="#0e1230"/>`;
      for (let wy = H - h + 20; wy < H - 20; wy += 28)
        for (let wx = x + 10; wx < x + w - 14; wx += 20)
          if (r() > 0.55) s += `<rect x="${wx}" y="${wy}" width="9" height="13" fill="#f6d58b" opacity="0.85"/>`;
      x += w + 6;
    }
    return s;
  },
  wheat: (r) => {
    let s = sky("s", "#7fb3e0", "#f4e3b5") + `<circle cx="300" cy="260" r="90" fill="#fff2c4"/>`;
    for (let i = 0; i < 12; i++)
      s += `<path d="M0 ${560 + i * 40} Q ${W / 2} ${520 + i * 42} ${W} ${560 + i * 40} L${W} ${H} L0 ${H} Z" fill="${i % 2 ? "#d9a63e" : "#e6bb57"}" opacity="0.55"/>`;
    for (let i = 0; i < 120; i++) {
      const x = r() * W;
      const y = 650 + r() * 350;
      s += `<line x1="${x}" y1="${y}" x2="${x + 6}" y2="${y - 50}" stroke="#a5741c" stroke-width="3"/>`;
    }
    return s;
  },
  grid: (r) => {
    let s = sky("s", "#93a9c4", "#e9d7c0") + `<rect y="800" width="${W}" height="200" fill="#6b7a4c"/>`;
    const pylon = (x: number, h: number) =>
      `<g stroke="#2b2f36" stroke-width="6" fill="none"><path d="M${x - 60} 820 L${x} ${820 - h} L${x + 60} 820"/><path d="M${x - 90} ${880 - h} L${x + 90} ${880 - h} M${x - 70} ${960 - h} L${x + 70} ${960 - h}"/><path d="M${x - 40} 700 L${x + 40} 760 M${x + 40} 700 L${x - 40} 760"/></g>`;
    [200, 700, 1200].forEach((x, i) => (s += pylon(x, 560 - i * 60)));
    for (let k = 0; k < 3; k++)
      s += `<path d="M0 ${350 + k * 60} Q 450 ${470 + k * 60 + r() * 20} 700 ${380 + k * 60} T 1500 ${440 + k * 60}" fill="none" stroke="#2b2f36" stroke-width="3"/>`;
    return s;
  },
  desert: (r) => {
    let s = sky("s", "#f3c98b", "#f7e5c4");
    ["#e3a75e", "#d48f46", "#c27a36"].forEach((c, i) => {
      s += `<path d="M0 ${520 + i * 120} Q ${300 + r() * 300} ${420 + i * 120} ${750} ${560 + i * 110} T ${W} ${500 + i * 130} L${W} ${H} L0 ${H} Z" fill="${c}"/>`;
    });
    return (
      s +
      `<polygon points="700,520 800,520 1100,1000 400,1000" fill="#3b3632"/><polygon points="745,520 755,520 770,1000 730,1000" fill="#f0e2b6"/>`
    );
  },
};

async function main() {
  await mkdir(OUT, { recursive: true });
  let seed = 7;
  for (const [key, draw] of Object.entries(drawings)) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${draw(rng(seed++ * 97))}</svg>`;
    await sharp(Buffer.from(svg))
      .webp({ quality: 72 })
      .toFile(path.join(OUT, `${key}.webp`));
    console.log(`${key}.webp`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
