// A subject that opens with "no" negates its verb (spec §2 REJECT: "will not, cannot, rules out"): "No Ukrainian
// government will recognise Crimea as Russian", "no Armenian leader can give away land on his own", "Nobody in
// Israel will agree to a truce that leaves Hamas in power" say what "Ukraine will not recognise …" says, a refusal,
// not an offer or an acceptance. The negation stands before the subject, out of reach of the negation a few words
// before a cue (trigger/negation); the subject is one of a party's deciding bodies or people ("government",
// "leader", "one"), so "no" is no quantity of a thing ("No deal will be signed" is another reading's). Words:
// rules.json trigger/negative-subject.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const negativeSubject: MatchRule = defineRule({
  id: 'trigger/negative-subject', stage: 'trigger',
  // (Gate: every change needs one of 'openers' ("no", "nobody", "none"), found between the sentence's start and the cue.)
  needs: [{ list: 'openers' }],
  reason: 'An offer, acceptance or proposal whose subject opens with "no" (or is "nobody", "no one", "none of") and is headed by one of a party\'s deciding bodies or people (\'heads\': "No Ukrainian government will recognise Crimea", "no Armenian leader can give away land", "Nobody in Israel will agree to a truce that …") is negated: a refusal (REJECT), as the negation before a cue makes one (trigger/negation). The subject ends right before the verb\'s modal and adverbs (\'auxiliaries\'), at most four words after "no" (a party\'s adjective, "in Israel"); the cue comes right after.',
  apply(t, { doc, s }) {
    if (t.negated || (t.type !== 'OFFER' && t.type !== 'ACCEPT' && t.type !== 'PROPOSE')) return;
    const { tokens } = doc;
    const w = (k: string) => doc.index.words(this.id, k);
    const aux = w('auxiliaries');
    // The verb's modal and adverbs before the cue ("will ever", "can"); a modal-offer candidate begins at its modal.
    let sawAux = aux.has(tokens[t.start].lower);
    let j = t.start - 1;
    for (let n = 0; j > s.tStart && n < 4 && aux.has(tokens[j].lower); n++) { j--; sawAux = true; }
    if (!sawAux) return;
    // Back over the subject to its "no": at most five words, no clause break.
    const heads = w('heads');
    const openers = w('openers');
    const end = j;
    let head = false;
    for (let k = end; k >= Math.max(s.tStart, end - 5); k--) {
      const x = tokens[k];
      if (!x.word) return;
      if (heads.has(x.lower)) head = true;
      // ("nobody", "no one", "none of them": the opener itself names the people.)
      if (openers.has(x.lower)) {
        if (x.lower !== 'no' || head) {
          // (The subject starts the clause: "no" right after the sentence's start, a comma or a clause word.)
          const before = tokens[k - 1];
          if (k > s.tStart && before && before.word && !w('clauseWords').has(before.lower)) return;
          t.type = 'REJECT'; t.negated = true; t.negatedAt = k; t.rule += ':negative-subject';
          return { change: `${tokens[k].text} … ${tokens[end].text}: a negated subject, REJECT` };
        }
        return;
      }
    }
  },
});
