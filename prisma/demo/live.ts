import type { Prisma } from "@/lib/generated/prisma/client";
import { deriveBodyFields } from "@/lib/content/derive";
import { documentFromMarkdown } from "@/lib/editor/from-markdown";

// A live page for the demo: a summit followed minute by minute, still running at seed time.

const MINUTE = 60_000;

export const LIVE_DEMO_SLUG = "live-indus-water-summit";

const updates: { minutesAgo: number; author: string; title: string; keyEvent?: boolean; body: string }[] = [
  {
    minutesAgo: 230,
    author: "daniel-okafor",
    title: "Delegations arrive in Geneva",
    body: "Delegations from both capitals arrived at the Palais before eight this morning. Officials said the first session would start on time and run until lunch.",
  },
  {
    minutesAgo: 195,
    author: "daniel-okafor",
    title: "Talks open behind closed doors",
    keyEvent: true,
    body: 'The chair, a retired **Swiss** hydrologist, opened the summit with a call for "data before demands". The press has been asked to leave the room.',
  },
  {
    minutesAgo: 150,
    author: "ayesha-siddiqui",
    title: "Farmers' groups watch from Lahore",
    body: 'In Lahore, farmers\' unions gathered to follow the talks on a big screen. "Every cusec is a harvest," one organiser told The Meridian.\n\n- Canal levels are at a five-year low\n- Sowing for the winter crop starts next month',
  },
  {
    minutesAgo: 95,
    author: "daniel-okafor",
    title: "Agreement on a shared river gauge network",
    keyEvent: true,
    body: "Both sides have agreed in principle to share real-time readings from 40 river gauges, according to two people in the room. Details on who maintains the stations are still being argued over.",
  },
  {
    minutesAgo: 40,
    author: "news-desk",
    title: "",
    body: "The afternoon session has been pushed back by an hour while legal teams review the draft wording on data sharing.",
  },
  {
    minutesAgo: 12,
    author: "daniel-okafor",
    title: "Ministers expected to speak at six",
    body: "A joint press appearance by the two water ministers is now expected at 18:00 Geneva time. We will bring you their statements here.",
  },
];

/** Creates the live page with its updates, or nothing when its section or authors are missing. */
export async function seedLivePage(tx: Prisma.TransactionClient, now: Date) {
  const [section, tags, users] = await Promise.all([
    tx.section.findUnique({ where: { slug: "world" } }),
    tx.tag.findMany({
      where: { name: { in: ["Water", "Diplomacy"] } },
      orderBy: { name: "desc" },
      select: { id: true },
    }),
    tx.user.findMany({
      where: { slug: { in: [...new Set(updates.map((u) => u.author))] } },
      select: { id: true, slug: true },
    }),
  ]);
  const byline = users.find((u) => u.slug === "daniel-okafor");
  if (!section || !byline) return;
  const ids = new Map(users.map((u) => [u.slug, u.id]));
  const started = new Date(now.getTime() - 240 * MINUTE);
  const body = documentFromMarkdown(
    [
      "Negotiators from both sides of the Indus basin meet in Geneva for the first direct talks on water sharing in six years. Follow the day here as it happens.",
      "## What is on the table",
      "Real-time river data, a dispute panel that can meet within weeks rather than years, and the flows promised to farmers downstream during the winter sowing season.",
      "> We are not here to win an argument about the past. We are here to agree on the next ten years of water.",
      "## Who is in the room",
      "Two delegations of water ministers, engineers and lawyers, and a chair appointed by both sides. Observers from the development banks that finance the canals are in a neighbouring room.",
    ].join("\n\n"),
  );
  const article = await tx.article.create({
    data: {
      slug: LIVE_DEMO_SLUG,
      title: "Live: Indus water summit opens in Geneva",
      standfirst:
        "Negotiators meet for the first direct talks on sharing the river in six years. Updates as they happen.",
      excerpt: "Follow the first direct water talks in six years, minute by minute.",
      ...deriveBodyFields(body),
      status: "PUBLISHED",
      publishedAt: started,
      createdAt: new Date(started.getTime() - 30 * MINUTE),
      revisedAt: new Date(now.getTime() - updates.at(-1)!.minutesAgo * MINUTE),
      dateline: "GENEVA",
      sectionId: section.id,
      lastEditorId: byline.id,
      live: true,
      liveStartedAt: started,
      authors: { create: [{ userId: byline.id, position: 0 }] },
      tags: { create: tags.map((t, position) => ({ tagId: t.id, position })) },
    },
  });
  for (const u of updates) {
    await tx.liveUpdate.create({
      data: {
        articleId: article.id,
        authorId: ids.get(u.author),
        title: u.title,
        keyEvent: u.keyEvent ?? false,
        publishedAt: new Date(now.getTime() - u.minutesAgo * MINUTE),
        body: JSON.stringify(documentFromMarkdown(u.body)),
      },
    });
  }
}
