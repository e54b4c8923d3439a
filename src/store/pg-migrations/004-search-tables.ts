// PostgreSQL schema version 4: full-text search reads narrow tables of its own (issue 11). A tsvector
// on the wide article and claim rows made every search visit those rows: counting the matches of a
// common word (the search page's "1,000+") read a heap page per match, and a page of the newest
// matches detoasted row after row. Here each row is only an id and its tsvector, kept out of line
// (toast_tuple_target = 128, storage EXTERNAL), so a count reads a few heap pages for a thousand
// matches and only the hits shown read the wide rows. Triggers keep the tables in step with the
// articles and claims they index; deletes cascade.
export const version = 4;
export const name = 'search-tables';
export const sql = `
CREATE TABLE article_search (
  id BIGINT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  fts tsvector NOT NULL
) WITH (toast_tuple_target = 128);
ALTER TABLE article_search ALTER COLUMN fts SET STORAGE EXTERNAL;
INSERT INTO article_search (id, fts) SELECT id, fts FROM articles;
CREATE INDEX article_search_fts ON article_search USING GIN (fts);

CREATE TABLE claim_search (
  id BIGINT PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
  fts tsvector NOT NULL
) WITH (toast_tuple_target = 128);
ALTER TABLE claim_search ALTER COLUMN fts SET STORAGE EXTERNAL;
INSERT INTO claim_search (id, fts) SELECT id, fts FROM claims;
CREATE INDEX claim_search_fts ON claim_search USING GIN (fts);

DROP INDEX articles_fts;
ALTER TABLE articles DROP COLUMN fts;
DROP INDEX claims_fts;
ALTER TABLE claims DROP COLUMN fts;

-- tsvector holds at most 1 MB: the first 300,000 characters of an article are searchable (as before).
CREATE FUNCTION article_search_put() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  INSERT INTO article_search (id, fts) VALUES (NEW.id, to_tsvector('simple', coalesce(NEW.title, '') || ' ' || left(NEW.text, 300000)))
    ON CONFLICT (id) DO UPDATE SET fts = excluded.fts;
  RETURN NULL;
END $$;
CREATE TRIGGER articles_search AFTER INSERT OR UPDATE OF title, text ON articles FOR EACH ROW EXECUTE FUNCTION article_search_put();

CREATE FUNCTION claim_search_put() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  INSERT INTO claim_search (id, fts) VALUES (NEW.id, to_tsvector('simple', NEW.quote))
    ON CONFLICT (id) DO UPDATE SET fts = excluded.fts;
  RETURN NULL;
END $$;
CREATE TRIGGER claims_search AFTER INSERT OR UPDATE OF quote ON claims FOR EACH ROW EXECUTE FUNCTION claim_search_put();
`;
