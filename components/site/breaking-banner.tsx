import Link from "next/link";
import { getBreaking } from "@/lib/breaking/queries";
import { DismissibleBanner } from "./dismissible-banner";

/** The site-wide breaking-news alert, rendered on the server on every reader page. */
export async function BreakingBanner() {
  const story = await getBreaking();
  if (!story) return null;
  return (
    <DismissibleBanner id={story.card.id}>
      <p className="min-w-0 flex-1">
        <strong className="mr-2 rounded bg-paper px-1.5 py-0.5 text-xs font-bold uppercase tracking-wider text-accent">
          Breaking
        </strong>
        <Link href={story.card.path} className="font-semibold underline underline-offset-2">
          {story.card.title}
        </Link>
      </p>
    </DismissibleBanner>
  );
}
