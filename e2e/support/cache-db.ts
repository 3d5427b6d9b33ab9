import { e2eDb } from "./db";

// Pages around one byline author, for the page cache tests: read from the e2e database.
export function authorAndPages(exceptSlugs: string[]) {
  const db = e2eDb();
  try {
    const author = db
      .prepare(
        `SELECT u.id, u.slug, u.email, u.name, count(*) AS n FROM User u JOIN ArticleAuthor aa ON aa.userId = u.id JOIN Article a ON a.id = aa.articleId
         WHERE a.status = 'PUBLISHED' AND u.slug NOT IN (${exceptSlugs.map(() => "?").join(", ")}) GROUP BY u.id ORDER BY n DESC LIMIT 1`,
      )
      .get(...exceptSlugs) as { id: string; slug: string; email: string; name: string };
    const story = db
      .prepare(
        `SELECT a.slug, s.slug AS sectionSlug FROM Article a JOIN Section s ON s.id = a.sectionId JOIN ArticleAuthor aa ON aa.articleId = a.id
         WHERE aa.userId = ? AND a.status = 'PUBLISHED' ORDER BY a.publishedAt DESC LIMIT 1`,
      )
      .get(author.id) as { slug: string; sectionSlug: string };
    const otherTag = db
      .prepare(
        `SELECT t.slug FROM Tag t WHERE EXISTS (SELECT 1 FROM ArticleTag at JOIN Article a ON a.id = at.articleId WHERE at.tagId = t.id AND a.status = 'PUBLISHED')
         AND NOT EXISTS (SELECT 1 FROM ArticleTag at JOIN ArticleAuthor aa ON aa.articleId = at.articleId WHERE at.tagId = t.id AND aa.userId = ?) ORDER BY t.slug LIMIT 1`,
      )
      .get(author.id) as { slug: string };
    return {
      author,
      storyPath: `/${story.sectionSlug}/${story.slug}`,
      authorPath: `/author/${author.slug}`,
      otherTagPath: `/tag/${otherTag.slug}`,
    };
  } finally {
    db.close();
  }
}
