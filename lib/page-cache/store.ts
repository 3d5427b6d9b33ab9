// The page cache's memory: whole responses keyed by URL, each with the cache tags its render
// read, least recently used first out when the byte budget is spent. Invalidating a tag drops
// exactly the pages that carry it. Plain data structure, no I/O: server/ and tests drive it.

const MAX_REMEMBERED_TAGS = 20_000;

export interface CachedPage {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
  tags: string[];
  etag: string;
  storedAt: number;
  /** A shorter lifetime than the store's, when the render said so (its `s-maxage`). */
  ttlMs?: number;
  /** Compressed copies, filled in the background after the page is stored. */
  gzip?: Buffer;
  br?: Buffer;
}

export interface PageStoreOptions {
  maxBytes: number;
  /** How long a page may be served without a render; matches the data cache's own lifetime. */
  ttlMs: number;
  now?: () => number;
}

export class PageStore {
  private readonly pages = new Map<string, CachedPage>();
  private readonly byTag = new Map<string, Set<string>>();
  private bytes = 0;
  /** Bumped on every invalidation; a render that began before a bump of one of its tags is not stored. */
  private sequence = 0;
  private readonly tagSequence = new Map<string, number>();

  constructor(private readonly options: PageStoreOptions) {}

  private now() {
    return this.options.now?.() ?? Date.now();
  }

  get size() {
    return this.pages.size;
  }

  get usedBytes() {
    return this.bytes;
  }

  /** A mark to pass to set(): renders that straddle an invalidation of their tags are dropped. */
  mark(): number {
    return this.sequence;
  }

  get(key: string): CachedPage | undefined {
    const page = this.pages.get(key);
    if (!page) return undefined;
    if (this.now() - page.storedAt > Math.min(this.options.ttlMs, page.ttlMs ?? Infinity)) {
      this.delete(key);
      return undefined;
    }
    // Map order is insertion order: re-inserting makes this the most recently used.
    this.pages.delete(key);
    this.pages.set(key, page);
    return page;
  }

  /** Stores a page unless one of its tags was invalidated after `mark`; returns it if it did. */
  set(key: string, page: Omit<CachedPage, "storedAt">, mark: number): CachedPage | null {
    if (!page.tags.length) return null;
    if (page.tags.some((t) => (this.tagSequence.get(t) ?? -1) > mark)) return null;
    const size = page.body.length;
    if (size > this.options.maxBytes / 4) return null;
    this.delete(key);
    const stored: CachedPage = { ...page, storedAt: this.now() };
    this.pages.set(key, stored);
    this.bytes += size;
    for (const tag of page.tags) {
      let keys = this.byTag.get(tag);
      if (!keys) this.byTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
    for (const oldest of this.pages.keys()) {
      if (this.bytes <= this.options.maxBytes) break;
      this.delete(oldest);
    }
    return this.pages.get(key) ?? null;
  }

  /** Adds a compressed copy (counted against the budget) if the page is still the one stored. */
  addEncoding(key: string, page: CachedPage, encoding: "gzip" | "br", data: Buffer) {
    if (this.pages.get(key) !== page || page[encoding]) return;
    page[encoding] = data;
    this.bytes += data.length;
  }

  /** Drops every page carrying any of the tags; returns the keys dropped. */
  invalidate(tags: Iterable<string>): string[] {
    const seq = ++this.sequence;
    const dropped: string[] = [];
    for (const tag of tags) {
      // Re-inserted so the map stays ordered oldest invalidation first, for trimming below.
      this.tagSequence.delete(tag);
      this.tagSequence.set(tag, seq);
      for (const key of this.byTag.get(tag) ?? []) {
        if (this.delete(key)) dropped.push(key);
      }
    }
    // Marks only matter to renders in flight; forget the oldest once there are very many.
    if (this.tagSequence.size > MAX_REMEMBERED_TAGS) {
      for (const tag of [...this.tagSequence.keys()].slice(0, MAX_REMEMBERED_TAGS / 2)) this.tagSequence.delete(tag);
    }
    return dropped;
  }

  clear() {
    this.invalidate([...this.byTag.keys()]);
  }

  private delete(key: string): boolean {
    const page = this.pages.get(key);
    if (!page) return false;
    this.pages.delete(key);
    this.bytes -= page.body.length + (page.gzip?.length ?? 0) + (page.br?.length ?? 0);
    for (const tag of page.tags) {
      const keys = this.byTag.get(tag);
      keys?.delete(key);
      if (keys && !keys.size) this.byTag.delete(tag);
    }
    return true;
  }
}
