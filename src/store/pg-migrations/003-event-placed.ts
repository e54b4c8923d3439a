// PostgreSQL schema version 3: the order positions read one actor × issue's events in, as an index (as
// SQLite's migration 7), so that a position is built page by page from the index.
export const version = 3;
export const name = 'event-placed';
export const sql = `
CREATE INDEX events_placed ON events(actor, issue, (CASE WHEN implied <> 0 THEN coalesce(date_end, date_start) ELSE date_start END), id);
`;
