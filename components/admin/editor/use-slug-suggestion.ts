"use client";

import { useCallback, useState } from "react";
import { toSlug } from "@/lib/content/slug";
import type { PanelFields } from "./side-panel";

type SetField = <K extends keyof PanelFields>(
  key: K,
  value: PanelFields[K] | ((now: PanelFields[K]) => PanelFields[K]),
) => void;

/**
 * The slug follows the headline until someone writes one (a new draft's placeholder slug does not
 * count) or the story is published: a published slug is its readers' address.
 */
export function useSlugSuggestion({
  initialSlug,
  published,
  set: setShared,
}: {
  initialSlug: string;
  published: boolean;
  set: SetField;
}) {
  const [slugTouched, setSlugTouched] = useState(!initialSlug.startsWith("untitled-"));
  const set = useCallback(
    <K extends keyof PanelFields>(key: K, value: PanelFields[K] | ((now: PanelFields[K]) => PanelFields[K])) => {
      if (key === "slug") setSlugTouched(true);
      setShared(key, value);
    },
    [setShared],
  );
  const setTitle = useCallback(
    (title: string) => {
      setShared("title", title);
      if (!slugTouched && !published && title.trim()) setShared("slug", toSlug(title));
    },
    [setShared, slugTouched, published],
  );
  return { set, setTitle };
}
