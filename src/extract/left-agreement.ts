// Leaving an agreement is not giving up land: "Russia might pull out of the arrangement", "Eritrea would pull out of
// the truce if Ethiopia attacked", "Serbia could withdraw from the Brussels agreement" threaten to walk away from a
// deal (gold reads them as threats on the deal's own issue), while the verb of withdrawing, under a modal, reads as a
// concession of territory ("Russia might pull out of Kherson": candidate/modal, OFFER territory). A withdrawal verb
// whose object after "of"/"from" is a noun of an agreement or a process is no such offer. Word lists: lexicon/data/
// rules.json under the rule's id.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const leftAgreement: MatchRule = defineRule({
  id: 'trigger/left-agreement', stage: 'trigger',
  reason: '"Russia might pull out of the arrangement", "Eritrea would pull out of the truce if Ethiopia attacked", "Baku could withdraw from the peace process": a modal + a verb of withdrawing (\'verbs\', with "out" or "away" after it) whose object after "of"/"from" (past up to six words of \'skips\' or capitalised names: "the Black Sea grain deal") is a noun of an agreement or a process (\'nouns\') leaves the deal, no withdrawal of forces offered (candidate/modal reads "might pull out of Kherson" as OFFER territory). Not a place after it ("would withdraw from Gaza under the deal": the deal comes after the land).',
  needs: [{ list: 'verbs' }],
  apply(t, { doc, s }) {
    if (t.rule !== 'modal-offer' && t.rule !== 'modal-not') return;
    const { tokens } = doc;
    const w = (name: string) => doc.index.words(this.id, name);
    let k = t.end - 1;
    if (!w('verbs').has(tokens[k]?.lower ?? '')) return;
    k++;
    if (tokens[k]?.lower === 'out' || tokens[k]?.lower === 'away') k++;
    if (tokens[k]?.lower !== 'of' && tokens[k]?.lower !== 'from') return;
    const skips = w('skips'), nouns = w('nouns');
    for (let q = k + 1; q < Math.min(s.tEnd, k + 8); q++) {
      const x = tokens[q];
      if (nouns.has(x.lower)) return { drop: `leaving "${x.text}", an agreement, not land` };
      // (A compound's parts: "the US-brokered truce", "the so-called deal".)
      if (!skips.has(x.lower) && !(x.cap && x.word) && !/-/.test(x.text) && tokens[q - 1]?.text !== '-') return;
    }
  },
});
