"use client";

import { useEffect } from "react";

/**
 * Counts one view of the article on a separate request, so the page itself stays cached. The
 * beacon carries only the article's id; nothing identifies the reader.
 */
export function ViewBeacon({ articleId }: { articleId: string }) {
  useEffect(() => {
    const data = JSON.stringify({ id: articleId });
    if (
      typeof navigator.sendBeacon === "function" &&
      navigator.sendBeacon("/api/views", new Blob([data], { type: "text/plain" }))
    )
      return;
    void fetch("/api/views", { method: "POST", body: data, keepalive: true, credentials: "omit" }).catch(
      () => undefined,
    );
  }, [articleId]);
  return null;
}
