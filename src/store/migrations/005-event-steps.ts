// Schema version 5: what positions need to place and group events (spec §6): whether an event's date
// is implied (a default window, placed at its end) and the events it forms one statement with.
export const version = 5;
export const name = 'event-steps';
export const sql = `
ALTER TABLE events ADD COLUMN implied INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN conditions TEXT NOT NULL DEFAULT '[]';
`;
