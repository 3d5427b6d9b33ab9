/** When a story last changed for readers: its revision time when that is later than publication. */
export function modifiedAt(publishedAt: string, revisedAt: string | null | undefined): string {
  return revisedAt && new Date(revisedAt) > new Date(publishedAt) ? revisedAt : publishedAt;
}

/** "en-GB" -> "en_GB", the form Open Graph expects. */
export const ogLocale = (locale: string) => locale.replace("-", "_");

/** "en-GB" -> "en": Google News wants the ISO 639 language, except for Chinese scripts. */
export function newsLanguage(locale: string): string {
  const lower = locale.toLowerCase();
  if (lower === "zh-cn" || lower === "zh-tw") return lower;
  return lower.split("-")[0]!;
}
