// Schema version 3: regions a claim names only in part ("parts of Zaporizhzhia"), on claims and events
// (spec §6: a partial stance). Claims stored before keep an empty list until re-extracted.
export const version = 3;
export const name = 'partial';
export const sql = `
ALTER TABLE claims ADD COLUMN partial TEXT NOT NULL DEFAULT '[]';
ALTER TABLE events ADD COLUMN partial TEXT NOT NULL DEFAULT '[]';
`;
