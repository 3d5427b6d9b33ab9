export const SEARCH_PAGE_SIZE = 10;
/** Deep result pages cost the same ranking as the first; no one reads past page 50. */
export const MAX_SEARCH_PAGES = 50;
/**
 * How many matches are ranked: the newest this many. A query matching more (a very common word in
 * a large archive) ranks its newest matches rather than spending time in proportion to the whole
 * archive; every query more specific than that is ranked in full. Twice what the pages can show,
 * so filters that drop some still leave full pages.
 */
export const RANKED_WINDOW = 2 * SEARCH_PAGE_SIZE * MAX_SEARCH_PAGES;
