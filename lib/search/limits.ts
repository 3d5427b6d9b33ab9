export const SEARCH_PAGE_SIZE = 10;
/** Deep result pages cost the same ranking as the first; no one reads past page 50. */
export const MAX_SEARCH_PAGES = 50;
