// Signing one's own legal act is no acceptance: "In October he had already signed a decree declaring
// negotiations with Putin impossible" states a refusal (the decree's words), not an agreement; so does "a decree he
// signed in October", the decree named before its signer. Signing a
// deal, a memorandum or a treaty (another party's text or a shared one) still accepts it.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const signedDecree: MatchRule = defineRule({
  id: 'trigger/signed-decree', stage: 'trigger',
  reason: '"signed a decree declaring negotiations impossible", "signed a law banning …", "signed an executive order": a party\'s own decree, law or order is a unilateral act, not the acceptance of another\'s proposal; what the act says is its stance (the object\'s head, after an article, is one of the listed nouns).',
  apply(t, { doc, s }) {
    if (t.type !== 'ACCEPT' || doc.tokens[t.start]?.lower !== 'signed' || t.end !== t.start + 1) return;
    const nouns = doc.index.words(signedDecree.id);
    let j = t.end;
    while (j < Math.min(t.end + 3, s.tEnd) && !nouns.has(doc.tokens[j].lower) && (doc.tokens[j].lower === 'a' || doc.tokens[j].lower === 'an' || doc.tokens[j].lower === 'the' || doc.tokens[j].lower === 'his' || doc.tokens[j].lower === 'her' || doc.tokens[j].lower === 'its' || doc.tokens[j].lower === 'presidential' || doc.tokens[j].lower === 'executive')) j++;
    if (nouns.has(doc.tokens[j]?.lower ?? '')) return { drop: `signed a ${doc.tokens[j].lower}: a unilateral act` };
    // (The decree before its signer, in a relative clause: "since a decree he signed in October 2022", "the law that
    // Putin signed": within four words back, words only, the noun not capitalised, "Bill signed" being a name.)
    for (let k = t.start - 2, n = 0; k >= s.tStart && n < 3; k--, n++) {
      const x = doc.tokens[k];
      if (!x.word) break;
      if (nouns.has(x.lower) && !x.cap) return { drop: `a ${x.lower} … signed: a unilateral act` };
    }
  },
});
