/** When a story last changed for readers: its latest revision or correction when later than publication. */
export function modifiedAt(publishedAt: string, ...changes: (string | null | undefined)[]): string {
  return changes.reduce<string>((latest, at) => (at && new Date(at) > new Date(latest) ? at : latest), publishedAt);
}

/** "en-GB" -> "en_GB", the form Open Graph expects. */
export const ogLocale = (locale: string) => locale.replace("-", "_");

/** "en-GB" -> "en": Google News wants the ISO 639 language, except for Chinese scripts. */
export function newsLanguage(locale: string): string {
  const lower = locale.toLowerCase();
  if (lower === "zh-cn" || lower === "zh-tw") return lower;
  return lower.split("-")[0]!;
}

/** When the newest change among listed stories happened (ISO 8601), or null for an empty list. */
export function newestChange(stories: readonly { publishedAt: string; revisedAt: string | null }[]): string | null {
  return stories.reduce<string | null>((newest, s) => {
    const at = modifiedAt(s.publishedAt, s.revisedAt);
    return newest === null || new Date(at) > new Date(newest) ? at : newest;
  }, null);
}
