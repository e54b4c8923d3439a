// PostgreSQL schema version 1: the whole schema SQLite reached by its migration 5 (articles, claims,
// stories, events, incremental-link state), with PostgreSQL's own full-text search: generated
// tsvector columns ('simple' configuration: lower-cased words, no stemming, like SQLite's FTS5
// default tokenizer) and GIN indexes.
export const version = 1;
export const name = 'initial';
export const sql = `
CREATE TABLE articles (
  id BIGSERIAL PRIMARY KEY,
  doc TEXT NOT NULL,
  source TEXT NOT NULL,
  url TEXT,
  outlet TEXT,
  published TEXT,
  title TEXT,
  lang TEXT,
  format TEXT NOT NULL,
  raw_text TEXT NOT NULL,
  text TEXT NOT NULL,
  offsets TEXT NOT NULL,
  warnings TEXT NOT NULL DEFAULT '[]',
  hash TEXT NOT NULL UNIQUE,
  ingested_at TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  signature BYTEA,
  shingles INTEGER NOT NULL DEFAULT 0,
  story_id BIGINT,
  -- tsvector holds at most 1 MB: the first 300,000 characters are searchable.
  fts tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || left(text, 300000))) STORED
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_fts ON articles USING GIN (fts);

CREATE TABLE claims (
  id BIGSERIAL PRIMARY KEY,
  article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  ref TEXT NOT NULL UNIQUE,
  claim_id TEXT NOT NULL,
  doc TEXT NOT NULL,
  actor TEXT NOT NULL,
  type TEXT NOT NULL,
  issue TEXT NOT NULL,
  target TEXT,
  regions TEXT NOT NULL,
  date_value TEXT,
  date_basis TEXT NOT NULL,
  date_text TEXT,
  date_span TEXT,
  date_start TEXT,
  date_end TEXT,
  date_class INTEGER,
  source_outlet TEXT,
  source_count INTEGER,
  source_credited INTEGER NOT NULL,
  source_attribution TEXT NOT NULL,
  source_text TEXT,
  conditions TEXT NOT NULL,
  modality TEXT NOT NULL,
  negated INTEGER NOT NULL,
  quote TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  raw_span TEXT NOT NULL,
  sentence TEXT NOT NULL,
  rule TEXT NOT NULL,
  evidence TEXT NOT NULL,
  mentions TEXT NOT NULL,
  extra TEXT,
  partial TEXT NOT NULL DEFAULT '[]',
  fts tsvector GENERATED ALWAYS AS (to_tsvector('simple', quote)) STORED,
  UNIQUE (article_id, ordinal)
);
CREATE INDEX claims_actor_issue ON claims(actor, issue, date_start);
CREATE INDEX claims_link ON claims(actor, issue, date_class, date_start);
CREATE INDEX claims_fts ON claims USING GIN (fts);

CREATE TABLE events (
  id TEXT PRIMARY KEY,
  actor TEXT NOT NULL,
  type TEXT NOT NULL,
  types TEXT NOT NULL,
  issue TEXT NOT NULL,
  target TEXT,
  regions TEXT NOT NULL,
  date_value TEXT,
  date_start TEXT,
  date_end TEXT,
  outlets INTEGER NOT NULL,
  outlet_names TEXT NOT NULL,
  quote TEXT NOT NULL,
  front_line INTEGER NOT NULL DEFAULT 0,
  partial TEXT NOT NULL DEFAULT '[]',
  implied INTEGER NOT NULL DEFAULT 0,
  conditions TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX events_actor_issue ON events(actor, issue, date_start);

CREATE TABLE event_reports (
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  claim_id BIGINT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  PRIMARY KEY (event_id, claim_id)
);
CREATE INDEX event_reports_claim ON event_reports(claim_id);

CREATE TABLE article_buckets (
  bucket BIGINT NOT NULL,
  article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (bucket, article_id)
);
CREATE INDEX article_buckets_article ON article_buckets(article_id);

CREATE TABLE link_pending (article_id BIGINT PRIMARY KEY, seq BIGINT NOT NULL);
CREATE TABLE link_stale_events (event_id TEXT PRIMARY KEY);

CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta(key, value) VALUES ('changes', '1'), ('linked', '0'), ('needs_full_link', '0');
`;
