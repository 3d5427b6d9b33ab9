import "server-only";
import { db } from "@/lib/db";
import { searchArticles, type ReaderSearchFilters } from "./index";

/** Reader search for pages. Not cached: queries are endless and each one is cheap (see bench/). */
export const searchSite = (query: string, filters: ReaderSearchFilters) => searchArticles(db, query, filters);
