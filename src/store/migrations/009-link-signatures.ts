// Schema version 9: an article's MinHash signature (and what story linking compares with it) from an index
// (issue 11). The signature sits behind the article's text in its row (added by migration 2 after the text
// columns), so reading it walked the text's overflow pages: ~0.3 ms an article, 0.2 s of the 2.8 s of CPU that
// linking 100 new articles into 30,000 took, for the ~500 articles sharing an LSH bucket with them.
export const version = 9;
export const name = 'link-signatures';
export const sql = `
CREATE INDEX articles_signature ON articles(id, published, outlet, story_id, shingles, signature);
`;
