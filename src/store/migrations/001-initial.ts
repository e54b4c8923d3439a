// Schema version 1: articles, claims and full-text search.
export const version = 1;
export const name = 'initial';
export const sql = `
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
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
  extractor_version TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE claims (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
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
  UNIQUE (article_id, ordinal)
);
CREATE INDEX claims_actor_issue ON claims(actor, issue, date_start);

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id');
CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, coalesce(new.title, ''), new.text);
END;
CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, coalesce(old.title, ''), old.text);
END;

CREATE VIRTUAL TABLE claims_fts USING fts5(quote, content='claims', content_rowid='id');
CREATE TRIGGER claims_fts_ai AFTER INSERT ON claims BEGIN
  INSERT INTO claims_fts(rowid, quote) VALUES (new.id, new.quote);
END;
CREATE TRIGGER claims_fts_ad AFTER DELETE ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, quote) VALUES ('delete', old.id, old.quote);
END;
`;
