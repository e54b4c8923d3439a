// A stance whose subject is a private actor, no party to the talks: "Freight brokers in Sfax say they will not quote
// firm rates for Odesa loadings", "the parish would continue collecting medical supplies", "Readers of this paper will
// recognize the pattern", "clients with exposure to Russian counterparties should review force majeure clauses". The
// verb's own subject (a noun phrase of traders, companies, clients, readers, a parish; or "they" right after such a
// phrase and its verb of saying) names who would act, and it is no state, bloc or organisation that holds a negotiating
// position (spec §1, §2 actor), so the nearest party or the article's speaker must not take the stance over. Word
// lists: lexicon/data/rules.json under the rule's id.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const privateSubject: MatchRule = defineRule({
  id: 'trigger/private-subject', stage: 'trigger',
  // (Gate: every drop needs a head of 'nouns', found between the sentence's start and the candidate.)
  needs: [{ list: 'nouns' }],
  reason: '"Freight brokers in Sfax say they will not quote firm rates for Odesa loadings", "Melnyk said the parish would continue collecting medical supplies", "Readers of this paper will recognize the pattern": a verb stance whose subject, right before its auxiliaries (\'auxiliaries\'), is a noun phrase headed by one of \'nouns\' (private actors: traders, brokers, insurers, companies, clients, readers, farmers, a parish; the head is the last word before a preposition or relative word of \'postHead\', "clients with exposure to Russian counterparties"), or "they"/"we" right after such a phrase and a verb of saying (\'speech\'), is no party\'s stance: no holder should be found for it elsewhere. The phrase ends at a clause boundary (\'boundaries\': a comma, "that", "and", a verb of saying). Not when the head is part of a party\'s mention.',
  apply(t, { doc, s }) {
    if (t.nominal) return;
    const { tokens } = doc;
    const w = (name: string) => doc.index.words(this.id, name);
    const aux = w('auxiliaries');
    let j = t.start - 1;
    while (j > s.tStart && aux.has(tokens[j].lower)) j--;
    if (j < s.tStart) return;
    // "they" after "Freight brokers in Sfax say": the phrase before the verb of saying is the subject.
    if (w('pronouns').has(tokens[j].lower)) {
      if (j - 1 < s.tStart || !w('speech').has(tokens[j - 1].lower)) return;
      j -= 2;
    }
    const head = headOf(doc, s.tStart, j, w('boundaries'), w('postHead'));
    if (head < 0 || !w('nouns').has(tokens[head].lower)) return;
    const mentions = doc.actorsBySentence.get(s.index) ?? [];
    if (mentions.some((m) => m.start <= head && head < m.end && m.codes.length)) return;
    return { drop: `its subject "${tokens[head].text}" is no party` };
  },
});

/** The head of the noun phrase ending at `end`: back to a clause boundary (at most twelve words), the last word before
 * its first preposition or relative word, else its last word; -1 when there is no phrase. */
function headOf(doc: Parameters<MatchRule['apply']>[1]['doc'], from: number, end: number, boundaries: Set<string>, postHead: Set<string>): number {
  const { tokens } = doc;
  let start = end + 1;
  for (let k = end; k >= from && end - k < 12; k--) {
    const x = tokens[k];
    if (boundaries.has(x.lower) || (!x.word && x.text !== '-' && x.text !== "'")) break;
    start = k;
  }
  if (start > end) return -1;
  for (let k = start + 1; k <= end; k++) if (postHead.has(tokens[k].lower)) return k - 1;
  return end;
}
