import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/site/not-found-message";

// Next marks 404 responses noindex itself.
export const metadata: Metadata = { title: "Page not found" };

export default function SiteNotFound() {
  return <NotFoundMessage />;
}
