import type { LoadResult, Timings } from "./bench-load";

export interface SizeResult {
  size: number;
  pages: Record<string, LoadResult>;
  skipped: Record<string, string>;
  baseline?: LoadResult;
  articleWithoutPageCache?: LoadResult;
  articleBytes?: number;
  coldArticle?: Timings;
  searchSingle?: Timings;
}

const num = (n: number) => Math.round(n).toLocaleString("en");
const ms = (n: number) => `${n} ms`;
const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);

function row(name: string, r: LoadResult, baseline?: LoadResult) {
  const ratio = baseline ? `${(r.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)}x` : "";
  return `${pad(name, 30)}${lpad(num(r.requestsPerSecond), 9)}${lpad(ms(r.p50), 9)}${lpad(ms(r.p99), 9)}${lpad(String(r.errors), 8)}${lpad(ratio, 11)}`;
}

export function printSize(r: SizeResult) {
  console.log(
    `\n${r.size.toLocaleString("en")} articles${r.articleBytes ? ` (article page ${num(r.articleBytes / 1024)} KB)` : ""}`,
  );
  console.log(
    `${pad("page", 30)}${lpad("req/s", 9)}${lpad("p50", 9)}${lpad("p99", 9)}${lpad("errors", 8)}${lpad("x baseline", 11)}`,
  );
  if (r.baseline) console.log(row("baseline: same HTML, memory", r.baseline, r.baseline));
  for (const [name, result] of Object.entries(r.pages)) console.log(row(name, result, r.baseline));
  if (r.articleWithoutPageCache) console.log(row("article, Next.js alone", r.articleWithoutPageCache, r.baseline));
  for (const [name, why] of Object.entries(r.skipped)) console.log(`${pad(name, 30)}not measured: ${why}`);
  if (r.coldArticle)
    console.log(
      `cold article render (${r.coldArticle.count} stories, one reader): p50 ${ms(r.coldArticle.p50)}, p99 ${ms(r.coldArticle.p99)}, errors ${r.coldArticle.errors}`,
    );
  if (r.searchSingle)
    console.log(
      `search (${r.searchSingle.count} queries, one reader): p50 ${ms(r.searchSingle.p50)}, p99 ${ms(r.searchSingle.p99)}, errors ${r.searchSingle.errors}`,
    );
}

/** How each figure changed from the smallest archive to the largest (time: larger / smaller). */
export function printGrowth(small: SizeResult, large: SizeResult) {
  console.log(
    `\nGrowth from ${small.size.toLocaleString("en")} to ${large.size.toLocaleString("en")} articles (time ratio; 1.00 = no slower)`,
  );
  console.log(`${pad("page", 30)}${lpad("p50", 9)}${lpad("req/s", 9)}`);
  for (const [name, a] of Object.entries(small.pages)) {
    const b = large.pages[name];
    if (!b) continue;
    const p50 = a.p50 > 0 ? (b.p50 / a.p50).toFixed(2) : b.p50 === 0 ? "1.00" : "n/a";
    console.log(`${pad(name, 30)}${lpad(p50, 9)}${lpad((a.requestsPerSecond / b.requestsPerSecond).toFixed(2), 9)}`);
  }
  for (const [name, key] of [
    ["cold article render", "coldArticle"],
    ["search, one reader", "searchSingle"],
  ] as const) {
    const a = small[key];
    const b = large[key];
    if (a && b) console.log(`${pad(name, 30)}${lpad((b.p50 / a.p50).toFixed(2), 9)}`);
  }
}
