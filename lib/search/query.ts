// What a reader typed, reduced to terms every search engine can match safely. Nothing typed is
// ever passed through as query syntax: words are runs of letters and digits, so quotes, operators,
// brackets and emoji can never make a query fail.

/** A word, or a phrase of adjacent words; `prefix` matches any word starting with the last one. */
export interface SearchTerm {
  words: string[];
  prefix: boolean;
}

export interface SearchQuery {
  /** The input as searched (trimmed and shortened), for showing back to the reader. */
  text: string;
  terms: SearchTerm[];
}

export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 8;
const MAX_WORD_LENGTH = 40;
const MAX_PHRASE_WORDS = 8;
/** Shorter prefixes ("a*") would match most of the archive; they are searched as whole words. */
const MIN_PREFIX_LENGTH = 3;

// Dropped from queries that have other words, so "the election in Kabul" ranks by what matters.
// PostgreSQL's english configuration drops these itself; SQLite's FTS5 does not.
const STOP_WORDS = new Set(
  "a an and are as at be but by for from has have he her his i in is it its of on or our she that the their them they this to was we were will with you".split(
    " ",
  ),
);

const WORD = /[\p{L}\p{N}]+/gu;

function words(chunk: string): string[] {
  return (chunk.normalize("NFKC").toLowerCase().match(WORD) ?? []).map((w) => w.slice(0, MAX_WORD_LENGTH));
}

function term(chunk: string, quoted: boolean): SearchTerm | null {
  const found = words(chunk).slice(0, MAX_PHRASE_WORDS);
  if (!found.length) return null;
  const last = found[found.length - 1]!;
  const prefix = !quoted && /\*\s*$/.test(chunk) && last.length >= MIN_PREFIX_LENGTH;
  return { words: found, prefix };
}

/** Parses free text: "quoted phrases", prefix* words and plain words, all of which must match. */
export function parseSearchQuery(input: unknown): SearchQuery {
  const raw = typeof input === "string" ? input : "";
  const text = raw.replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH);
  const terms: SearchTerm[] = [];
  // Quoted phrases first (an unclosed quote runs to the end), then whitespace-separated chunks.
  const parts = text.match(/"[^"]*("|$)|[^\s"]+/g) ?? [];
  for (const part of parts) {
    const quoted = part.startsWith('"');
    const found = term(quoted ? part.replace(/"/g, " ") : part, quoted);
    // A chunk like "covid-19" or "U.S." holds several words: search them as a phrase.
    if (found) terms.push(found);
  }
  const meaningful = terms.filter((t) => t.words.length > 1 || t.prefix || !STOP_WORDS.has(t.words[0]!));
  const kept = meaningful.length ? meaningful : terms;
  const unique = kept.filter(
    (t, i) => kept.findIndex((o) => o.prefix === t.prefix && o.words.join(" ") === t.words.join(" ")) === i,
  );
  return { text, terms: unique.slice(0, MAX_TERMS) };
}

export const isEmptyQuery = (q: SearchQuery) => q.terms.length === 0;

/** FTS5 syntax: each term a quoted string (phrase), `*` after it for a prefix; all must match. */
export function toFts5(q: SearchQuery): string {
  return q.terms.map((t) => `"${t.words.join(" ")}"${t.prefix ? " *" : ""}`).join(" ");
}

/** PostgreSQL tsquery syntax: words in quotes, phrases joined by <->, prefixes as :*, all ANDed. */
export function toTsquery(q: SearchQuery): string {
  return q.terms
    .map((t) => {
      const parts = t.words.map((w, i) => `'${w}'${t.prefix && i === t.words.length - 1 ? ":*" : ""}`);
      return parts.length > 1 ? `(${parts.join(" <-> ")})` : parts[0];
    })
    .join(" & ");
}
