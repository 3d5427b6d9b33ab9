"use client";

import { useCallback, useState } from "react";
import { previewLinkAction } from "@/app/admin/(desk)/articles/[id]/actions";
import { isEmbargoed } from "@/lib/content/visibility";

/** A signed link that shows the story as readers would see it, before it is published. */
export function usePreviewLink({
  articleId,
  embargoUntil,
  setNotice,
}: {
  articleId: string;
  embargoUntil: string | null;
  setNotice: (message: string) => void;
}) {
  const [url, setUrl] = useState<string | null>(null);
  const create = useCallback(async () => {
    const r = await previewLinkAction({ id: articleId });
    if (r.ok) setUrl(r.url);
    else {
      setUrl(null);
      setNotice(r.message);
    }
  }, [articleId, setNotice]);
  // A link made before an embargo was set stops opening: don't keep offering it.
  return { url: url && !isEmbargoed(embargoUntil) ? url : null, create };
}
