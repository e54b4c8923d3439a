// Schema version 8: what incremental linking reads, read from indexes alone (issue 11). Adding 100 articles
// to 30,000 reclusters tens of thousands of reports near their dates; with the index holding every column
// clustering a dated report needs (and event_reports giving each report's event by claim), those rows are
// read without touching the claims table or the articles it joined. An article's story_id sits behind its
// text (added by migration 2), so reading it from the table walks the text's overflow pages: the reports
// read in full for rewritten events take it, with the other article columns they need, from articles_link.
export const version = 8;
export const name = 'link-cover';
export const sql = `
CREATE INDEX articles_link ON articles(id, story_id, published, outlet);
DROP INDEX claims_link;
CREATE INDEX claims_link ON claims(actor, issue, date_class, date_start, date_end, id, article_id, ref, type, regions);
DROP INDEX event_reports_claim;
CREATE INDEX event_reports_claim ON event_reports(claim_id, event_id);
`;
