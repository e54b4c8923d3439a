// Schema version 4: what incremental linking needs. LSH buckets per article (candidate copies by
// index), a width class per claim date (reports overlapping a date window by index), the articles
// and events waiting to be linked, and a lease so that one process links at a time.
export const version = 4;
export const name = 'incremental-links';
export const sql = `
CREATE TABLE article_buckets (
  bucket INTEGER NOT NULL,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (bucket, article_id)
) WITHOUT ROWID;
CREATE INDEX article_buckets_article ON article_buckets(article_id);
CREATE INDEX articles_story ON articles(story_id);

-- 0: interval of at most 31 days, 1: at most 366, 2: longer; NULL when undated.
ALTER TABLE claims ADD COLUMN date_class INTEGER;
UPDATE claims SET date_class = CASE
  WHEN date_start IS NULL OR date_end IS NULL THEN NULL
  WHEN julianday(date_end) - julianday(date_start) <= 31 THEN 0
  WHEN julianday(date_end) - julianday(date_start) <= 366 THEN 1
  ELSE 2 END;
CREATE INDEX claims_link ON claims(actor, issue, date_class, date_start);

-- Articles written since they were last linked; seq is the 'changes' counter of the write.
CREATE TABLE link_pending (article_id INTEGER PRIMARY KEY, seq INTEGER NOT NULL);
-- Events that lost reports when an article's claims were replaced.
CREATE TABLE link_stale_events (event_id TEXT PRIMARY KEY);
-- A database with articles but no buckets yet is linked in full once.
INSERT INTO meta(key, value) SELECT 'needs_full_link', CASE WHEN EXISTS (SELECT 1 FROM articles) THEN '1' ELSE '0' END;
INSERT INTO meta(key, value) VALUES ('link_lock', '');
`;
