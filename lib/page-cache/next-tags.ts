import { tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external";

// Next's record of revalidated tags is a map shared by everything in the process (its
// ".external" module). Tags revalidated on another instance are entered here, so this
// instance's data cache treats entries made before then as expired, as if revalidateTag had been
// called here. `at` is when the change happened (for entries written to disk before a restart).
export function expireNextTags(tags: Iterable<string>, at = Date.now()) {
  for (const tag of tags) {
    const entry = tagsManifest.get(tag) ?? {};
    tagsManifest.set(tag, {
      ...entry,
      stale: Math.max(entry.stale ?? 0, at),
      expired: Math.max(entry.expired ?? 0, at),
    });
  }
}
