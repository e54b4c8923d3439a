// Schema version 2: near-duplicate stories, events (claims merged across reports), link state.
export const version = 2;
export const name = 'links';
export const sql = `
ALTER TABLE articles ADD COLUMN signature BLOB;
ALTER TABLE articles ADD COLUMN shingles INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN story_id INTEGER;

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
  front_line INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_actor_issue ON events(actor, issue, date_start);

CREATE TABLE event_reports (
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  PRIMARY KEY (event_id, claim_id)
);
CREATE INDEX event_reports_claim ON event_reports(claim_id);

CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- 'changes' counts article writes; events are fresh while 'linked' (the count they were computed at) equals it.
INSERT INTO meta(key, value) VALUES ('changes', '1'), ('linked', '0');
`;
