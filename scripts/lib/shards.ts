// Dealing spec files to the end-to-end suite's shards (scripts/test-e2e.ts).

/** Longest first, each to the shard with the least work so far. */
export function deal(files: string[], timings: Record<string, number>, n: number): string[][] {
  const known = files
    .map((f) => timings[f])
    .filter((t): t is number => t !== undefined)
    .sort((a, b) => a - b);
  const median = known.length ? known[Math.floor(known.length / 2)]! : 1;
  const weight = (f: string) => timings[f] ?? median;
  const bins = Array.from({ length: n }, () => ({ files: [] as string[], total: 0 }));
  for (const f of [...files].sort((a, b) => weight(b) - weight(a) || a.localeCompare(b))) {
    const bin = bins.reduce((min, b) => (b.total < min.total ? b : min));
    bin.files.push(f);
    bin.total += weight(f);
  }
  return bins.map((b) => b.files).filter((f) => f.length > 0);
}
