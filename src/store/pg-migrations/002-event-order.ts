// PostgreSQL schema version 2: the order events are listed in as an index (as SQLite's migration 6), so
// that a page of events is read from the index instead of sorting every matching event.
export const version = 2;
export const name = 'event-order';
export const sql = `
CREATE INDEX events_order ON events(actor, issue, (date_start IS NULL), date_start, id);
`;
