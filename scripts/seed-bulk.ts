// npm run seed:bulk -- --articles 100000 [--seed 1]
// Fills the database (DATABASE_URL, SQLite or PostgreSQL) with a realistic archive until it holds
// the given number of articles: the demo publication first when the database is empty, then
// generated stories spread over ten years, with 60 bylines and 600 tags (the demo's broad topics
// on many stories, a long tail of specific ones on few). Minutes, not hours.
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/client";
import { toSlug } from "@/lib/content/slug";
import { generateStory, generateTagNames, personName, seeded, zipf, type Random } from "./lib/bulk-content";
import { bulkWriter, type ArticleRow, type JoinRow } from "./lib/bulk-writers";
import { databaseUrl } from "./lib/database";
import { prepareDatabase } from "./prepare-db";

const YEAR = 365.25 * 86_400_000;
const BYLINES = 60;
const TAGS = 600;
const CHUNK = 2000;

async function ensurePeopleAndTags(url: string, r: Random) {
  const db = createPrismaClient(url);
  try {
    const byline = await db.user.count({ where: { slug: { startsWith: "staff-" } } });
    for (let i = byline; i < BYLINES; i++) {
      const name = personName(r);
      await db.user.create({
        data: {
          slug: `staff-${i + 1}`,
          name,
          email: `staff-${i + 1}@archive.example`,
          bio: `${name} reports for the desk.`,
          role: "AUTHOR",
        },
      });
    }
    const tagCount = await db.tag.count();
    if (tagCount < TAGS) {
      const taken = new Set((await db.tag.findMany({ select: { slug: true } })).map((t) => t.slug));
      for (const name of generateTagNames(r, TAGS * 2)) {
        const slug = toSlug(name);
        if (taken.has(slug)) continue;
        taken.add(slug);
        await db.tag.create({ data: { name, slug } });
        if (taken.size >= TAGS) break;
      }
    }
    const [sections, users, tags, media, count] = await Promise.all([
      db.section.findMany({ orderBy: { position: "asc" }, select: { id: true } }),
      db.user.findMany({
        where: { OR: [{ slug: { startsWith: "staff-" } }, { bylines: { some: {} } }] },
        orderBy: { slug: "asc" },
        select: { id: true },
      }),
      // The demo's broad topics first, so that they are the common tags and invented ones the tail.
      db.tag.findMany({ orderBy: [{ createdAt: "asc" }, { slug: "asc" }], select: { id: true } }),
      db.media.findMany({ orderBy: { storageKey: "asc" }, select: { id: true } }),
      db.article.count(),
    ]);
    return {
      sections: sections.map((s) => s.id),
      users: users.map((u) => u.id),
      tags: tags.map((t) => t.id),
      media: media.map((m) => m.id),
      count,
    };
  } finally {
    await db.$disconnect();
  }
}

function status(r: Random): { status: string; trashed: boolean } {
  const x = r();
  if (x < 0.93) return { status: "PUBLISHED", trashed: false };
  if (x < 0.95) return { status: "DRAFT", trashed: false };
  if (x < 0.96) return { status: "IN_REVIEW", trashed: false };
  if (x < 0.97) return { status: "SCHEDULED", trashed: false };
  if (x < 0.985) return { status: "ARCHIVED", trashed: false };
  return { status: "PUBLISHED", trashed: true };
}

async function main() {
  const { values } = parseArgs({
    options: { articles: { type: "string", default: "100000" }, seed: { type: "string", default: "1" } },
  });
  const target = Number(values.articles);
  if (!Number.isInteger(target) || target < 1) throw new Error("--articles must be a positive whole number");
  const url = databaseUrl();
  const started = Date.now();
  await prepareDatabase(url);
  const r = seeded(Number(values.seed));
  const ids = await ensurePeopleAndTags(url, r);
  if (ids.count >= target) {
    console.log(`The database already holds ${ids.count} articles; nothing to add.`);
    return;
  }
  const writer = bulkWriter(url);
  const now = Date.now();
  let made = 0;
  for (let n = ids.count; n < target;) {
    const articles: ArticleRow[] = [];
    const authors: JoinRow[] = [];
    const tags: JoinRow[] = [];
    for (; articles.length < CHUNK && n < target; n++) {
      const story = generateStory(r, n);
      const id = `bulk${n.toString(36).padStart(8, "0")}`;
      const { status: s, trashed } = status(r);
      const scheduled = s === "SCHEDULED";
      // Oldest first, as an archive fills up over the years (search ranks the newest rows).
      const age = (1 - (n - ids.count) / (target - ids.count)) * 10 * YEAR + (r() - 0.5) * 2 * 86_400_000;
      const when = scheduled ? new Date(now + r() * 14 * 86_400_000) : new Date(Math.min(now - 60_000, now - age));
      const byline = r() < 0.12 ? 2 : 1;
      const people = new Set(Array.from({ length: byline }, () => ids.users[zipf(r, ids.users.length, 0.6)]!));
      [...people].forEach((userId, position) => authors.push({ articleId: id, otherId: userId, position }));
      const topics = new Set(
        Array.from({ length: 1 + Math.floor(r() * 5) }, () => ids.tags[zipf(r, ids.tags.length)]!),
      );
      [...topics].forEach((tagId, position) => tags.push({ articleId: id, otherId: tagId, position }));
      articles.push({
        id,
        slug: story.slug,
        title: story.title,
        standfirst: story.standfirst,
        excerpt: story.excerpt,
        status: s,
        publishedAt: s === "PUBLISHED" || s === "ARCHIVED" || scheduled ? when : null,
        scheduledFor: scheduled ? when : null,
        deletedAt: trashed ? new Date(Math.min(now, when.getTime() + 86_400_000)) : null,
        createdAt: new Date(when.getTime() - 6 * 3_600_000),
        updatedAt: when,
        dateline: story.dateline,
        wordCount: story.fields.wordCount,
        readingMinutes: story.fields.readingMinutes,
        featured: s === "PUBLISHED" && r() < 0.02,
        sectionId: ids.sections[zipf(r, ids.sections.length, 0.5)]!,
        featuredImageId: ids.media.length && r() < 0.6 ? ids.media[Math.floor(r() * ids.media.length)]! : null,
        lastEditorId: [...people][0]!,
        body: story.fields.body,
        bodyText: story.fields.bodyText,
      });
    }
    await writer.insert(articles, authors, tags);
    made += articles.length;
    process.stdout.write(
      `\r${made.toLocaleString("en")} of ${(target - ids.count).toLocaleString("en")} articles written`,
    );
  }
  await writer.finish();
  console.log(`\nDone: ${target.toLocaleString("en")} articles in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
