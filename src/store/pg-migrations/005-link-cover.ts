// PostgreSQL schema version 5: the reports incremental linking reads, by index-only scans (as SQLite's
// migration 8): the columns clustering a dated report needs are carried by the (actor, issue, date class,
// start) index, and each report's event by the index on event_reports' claim.
export const version = 5;
export const name = 'link-cover';
export const sql = `
DROP INDEX claims_link;
CREATE INDEX claims_link ON claims(actor, issue, date_class, date_start) INCLUDE (date_end, id, article_id, ref, type, regions);
DROP INDEX event_reports_claim;
CREATE INDEX event_reports_claim ON event_reports(claim_id) INCLUDE (event_id);
`;
