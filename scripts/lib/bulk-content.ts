import { deriveBodyFields } from "@/lib/content/derive";
import { toSlug } from "@/lib/content/slug";
import type { ArticleDocument, Block } from "@/lib/editor/document";
import { demoArticles } from "@/prisma/demo/seed";

// Realistic archive content, generated fast and reproducibly: sentences from the demo publication
// recombined into new stories, with invented people and places so that the vocabulary grows with
// the archive the way a real one does. Sizes, sections, bylines, tags and dates vary like a
// newsroom's: most stories 400–1,200 words, a few long reads, tags on a long-tailed curve.

export type Random = () => number;

/** A small, fast, seeded generator (mulberry32). */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const between = (r: Random, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

/** An index from 0 to n-1 where low indexes are far more likely (a Zipf-like curve). */
export function zipf(r: Random, n: number, skew = 1.1): number {
  return Math.min(n - 1, Math.floor(n ** (r() ** skew) - 1));
}

const SYLLABLES =
  "ka ro vin ta mel sha dor in ae lu zan pe ri go mar el os tu ba nik ya hel qa sor di um fen al ish bar to ven".split(
    " ",
  );
const FIRST =
  "Amina Bilal Chen Daria Elif Farah Gideon Hamid Ines Javed Kavya Leila Marco Nadia Omar Priya Rafael Sana Tariq Uma Viktor Wen Yusuf Zara Aidan Beatriz Cyrus Dina Emre Fatima Goran Hira Ilya Jun Kamal Lina Mateo Noor Oskar Parisa".split(
    " ",
  );
const LAST =
  "Ahmadi Baig Costa Dlamini Eriksen Farooqui Gul Haddad Iqbal Jansen Khan Lindqvist Mirza Nakamura Obi Petrov Qureshi Rossi Shah Tanaka Usman Varga Wali Xu Yilmaz Zaidi Abbasi Bose Chaudhry Durrani Esposito Fischer Ghani Hosseini Ito Joshi Karimi Lodhi Malik Novak".split(
    " ",
  );

function invented(r: Random, syllables: number): string {
  let w = "";
  for (let i = 0; i < syllables; i++) w += pick(r, SYLLABLES);
  return w[0]!.toUpperCase() + w.slice(1);
}

export const personName = (r: Random) => `${pick(r, FIRST)} ${pick(r, LAST)}`;

interface Corpus {
  sentences: string[];
  titles: string[];
}

let corpus: Corpus | null = null;

function loadCorpus(): Corpus {
  if (corpus) return corpus;
  const sentences: string[] = [];
  for (const a of demoArticles) {
    for (const para of a.body.split(/\n\s*\n/)) {
      const line = para.trim();
      if (!line || /^(#|>|!|-|\d+\.|\||---)/.test(line)) continue;
      const plain = line.replace(/\*\*?|\[([^\]]*)\]\([^)]*\)/g, (_m, text) => text ?? "").replace(/\s+/g, " ");
      for (const s of plain.split(/(?<=[.!?”])\s+(?=[A-Z“])/)) if (s.split(" ").length >= 6) sentences.push(s);
    }
  }
  corpus = { sentences, titles: demoArticles.map((a) => a.title) };
  return corpus;
}

/** Replaces some capitalised words (not the first) with the story's own people and places. */
function localise(r: Random, sentence: string, names: string[]): string {
  let first = true;
  return sentence.replace(/\b[A-Z][a-z]{3,}\b/g, (word) => {
    if (first) {
      first = false;
      return word;
    }
    return r() < 0.35 ? pick(r, names) : word;
  });
}

const text = (t: string) => [{ type: "text" as const, text: t }];

export interface GeneratedStory {
  title: string;
  slug: string;
  standfirst: string;
  excerpt: string;
  dateline: string;
  fields: ReturnType<typeof deriveBodyFields>;
}

/** One story; `n` makes the slug unique. */
export function generateStory(r: Random, n: number): GeneratedStory {
  const { sentences, titles } = loadCorpus();
  const places = [invented(r, 2), invented(r, 3)];
  const names = [...places, personName(r).split(" ")[1]!, invented(r, 2)];
  const sentence = () => localise(r, pick(r, sentences), names);

  const title =
    r() < 0.5
      ? localise(r, pick(r, titles), names)
      : sentence()
          .split(" ")
          .slice(0, between(r, 7, 13))
          .join(" ")
          .replace(/[,.;:!?”“]+$/g, "");
  // Log-normal-ish length: most stories 400–1,200 words, a tail of long reads.
  const targetWords = Math.min(3000, Math.max(250, Math.round(Math.exp(6.5 + (r() + r() + r() - 1.5) * 0.7))));
  const blocks: Block[] = [];
  let words = 0;
  let paragraphs = 0;
  while (words < targetWords) {
    if (paragraphs > 2 && paragraphs % between(r, 4, 7) === 0) {
      blocks.push({
        type: "heading",
        attrs: { level: 2 },
        content: text(
          sentence()
            .split(" ")
            .slice(0, between(r, 3, 6))
            .join(" ")
            .replace(/[,.;:]+$/, ""),
        ),
      });
    }
    const para = Array.from({ length: between(r, 2, 4) }, sentence).join(" ");
    blocks.push(
      r() < 0.06
        ? { type: "blockquote", content: [{ type: "paragraph", content: text(para) }] }
        : { type: "paragraph", content: text(para) },
    );
    words += para.split(" ").length;
    paragraphs++;
  }
  const doc: ArticleDocument = { type: "doc", content: blocks };
  const standfirst = sentence();
  return {
    title,
    slug: `${toSlug(title).slice(0, 60).replace(/-+$/, "")}-${n.toString(36)}`,
    standfirst,
    excerpt: sentence(),
    dateline: places[0]!.toUpperCase(),
    fields: deriveBodyFields(doc),
  };
}

/** Tag names for the long tail: invented places, people and programmes, each on a few stories. */
export function generateTagNames(r: Random, count: number): string[] {
  const kinds = [
    () => invented(r, 2),
    () => invented(r, 3),
    () => personName(r),
    () => `${invented(r, 2)} ${pick(r, ["talks", "dam", "corridor", "election", "accord", "strike", "budget"])}`,
  ];
  const names = new Set<string>();
  while (names.size < count) names.add(pick(r, kinds)());
  return [...names];
}
