import type { ArticleFields } from "@/lib/articles/fields";

// A copy of unsaved work kept in the browser, so a crash, a closed tab or a lost connection
// loses nothing. It is written on every change and removed once the server has the same text.
export interface LocalCopy {
  baseVersion: number;
  fields: ArticleFields;
  at: string;
}

const key = (articleId: string) => `broadsheet:article:${articleId}`;

export function readLocalCopy(articleId: string): LocalCopy | null {
  try {
    const raw = localStorage.getItem(key(articleId));
    return raw ? (JSON.parse(raw) as LocalCopy) : null;
  } catch {
    return null;
  }
}

export function writeLocalCopy(articleId: string, copy: LocalCopy) {
  try {
    localStorage.setItem(key(articleId), JSON.stringify(copy));
  } catch {
    // Storage full or disabled: the server copy and the in-memory state still hold the work.
  }
}

export function clearLocalCopy(articleId: string) {
  try {
    localStorage.removeItem(key(articleId));
  } catch {}
}
