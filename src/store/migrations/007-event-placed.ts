// Schema version 7: the order positions read one actor × issue's events in (the date an event is placed
// at: its start, or the end of its window when the date is implied; then id), as an index on that
// expression, so that the server builds a position page by page from the index (issue 11: memory holds
// one page of events, not the actor's every event).
export const version = 7;
export const name = 'event-placed';
export const sql = `
CREATE INDEX events_placed ON events(actor, issue, (CASE WHEN implied THEN coalesce(date_end, date_start) ELSE date_start END), id);
`;
