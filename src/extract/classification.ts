// Denying that something is an offer or a proposal refuses it (issue 7, precision): "We do not see this as a
// constructive, legitimate offer to engage in dialogue", "The conditions put forward by Moscow cannot be called a
// proposal for peace", "This is not a peace plan" judge another party's move; the stance noun names what the move
// is not, so it is the speaker's refusal of that move, not an offer or proposal of anyone's.
// Word lists: lexicon/data/rules.json under the rule id.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

/** A straight or curly quotation mark, single or double. */
const isQuoteMark = (x: string): boolean => x === '"' || x === "'" || x === '\u201c' || x === '\u201d' || x === '\u2018' || x === '\u2019';

/** Marks the rule of a trigger this rule turned: no reference back, no possessor needed. */
export const NEGATED_CLASSIFICATION = ':negated-classification';

export const negatedClassification: MatchRule = defineRule({
  id: 'trigger/negated-classification', stage: 'trigger',
  reason: 'An offer or proposal noun that a negated verb of regarding or naming classifies ("do not see this as a constructive offer to engage", "cannot be called a proposal for peace", "is not a serious peace plan", "does not regard the memorandum as a proposal") says what another party\'s move is not: the speaker refuses that move (REJECT, held by the speaker), nobody offers or proposes it. A quotation mark inside the frame is no word of it (\'said the offer was "not a peace proposal"\').',
  apply(t, { doc, s }) {
    if ((t.type !== 'OFFER' && t.type !== 'PROPOSE') || !t.cue) return;
    const { tokens } = doc;
    const w = (list: string) => doc.index.words(this.id, list);
    const viewing = w('viewing'), naming = w('naming'), copulas = w('copulas'), fillers = w('fillers');
    // Back over the noun phrase's determiner and modifiers ("a constructive, legitimate offer").
    let j = t.start - 1, adjectives = 0;
    while (j > s.tStart) {
      const x = tokens[j];
      if (fillers.has(x.lower) || x.text === ',' || /ly$/.test(x.lower)) { j--; continue; }
      if (x.word && !x.cap && adjectives < 2 && !viewing.has(x.lower) && !naming.has(x.lower) && !copulas.has(x.lower) && x.lower !== 'as' && x.lower !== 'not' && x.lower !== 'no') { j--; adjectives++; continue; }
      break;
    }
    if (j + 1 >= t.start || !fillers.has(tokens[j + 1].lower)) return;
    // A quotation mark inside the frame is no word of it: 'said the offer was "not a peace proposal"', 'was not "a
    // serious offer"' quote the judgement, not the copula.
    const quote = (k: number) => tokens[k] !== undefined && isQuoteMark(tokens[k].text);
    if (quote(j) && j > s.tStart) j--;
    const at = tokens[j]?.lower ?? '';
    const before1 = quote(j - 1) ? j - 2 : j - 1;
    const negatedBefore = (k: number) => { for (let q = k - 1; q >= Math.max(s.tStart, k - 3); q--) if (doc.index.set.negation.has(tokens[q].lower) || tokens[q].lower === 't') return true; return false; };
    let from = -1;
    // "does not see this as …", "does not regard the memorandum as …": the verb of regarding a few words back.
    if (at === 'as') { for (let k = j - 1; k >= Math.max(s.tStart, j - 9) && from < 0; k--) if (viewing.has(tokens[k].lower) && negatedBefore(k)) from = k; }
    // "cannot be called a proposal".
    else if (naming.has(at) && (negatedBefore(j) || (tokens[j - 1]?.lower === 'be' && negatedBefore(j - 1)))) from = j;
    // "This is not a peace plan".
    else if ((at === 'not' || at === 'no') && copulas.has(tokens[before1]?.lower ?? '')) {
      // "This is not a promise on paper", "This is not a commitment to wage war": what a commitment is said not to be
      // qualifies the holder's own undertaking; it judges no other party's move, so nothing is refused or promised.
      if (w('qualifiedCues').has(t.cue.id)) return { drop: `"${tokens[j].text} a ${tokens[t.start].text}": a commitment qualified, no move refused` };
      from = j;
    }
    if (from < 0) return;
    const before = t.type;
    t.type = 'REJECT'; t.negated = true; t.nominal = false; t.rule += NEGATED_CLASSIFICATION;
    // What is judged comes before the noun ("this", "the memorandum"): the speaker's view of a whole move, about
    // the talks when its words name nothing else (spec rule 9). The quote starts at the verb of regarding.
    t.start = from; t.object = 'before'; t.defaultIssue = 'talks'; t.wholeMove = true;
    return { change: `${before} → REJECT (said not to be one)` };
  },
});
