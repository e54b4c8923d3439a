// Stances inside what a party did NOT say, or what a fact does NOT show (precision): "He did not say Russia was ready
// to return to that text", "Moscow did not say when Putin and Trump might speak", "it did not mean they had endorsed
// its plan", "with little sign that either side was ready to stop fighting", "gave no indication that Baku would
// sign". The complement of a negated verb of saying, meaning or showing, or of a noun of evidence after "no" or
// "little", is left unasserted by the sentence: no one is reported to hold the stance inside it (spec §1: the absence
// of a stance is no claim). trigger/blocker already covers "whether" and "if"; this covers "that", a bare clause and
// the other wh-words. Word lists: lexicon/data/rules.json 'trigger/unasserted-complement'.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const unassertedComplement: MatchRule = defineRule({
  id: 'trigger/unasserted-complement', stage: 'trigger',
  // (Gate: it drops a candidate only after one of 'verbs' or of 'nouns' in the sentence before it.)
  needs: [{ list: ['verbs', 'nouns'] }],
  reason: 'A stance inside the complement of a negated verb of saying, meaning or showing ("did not say Russia was ready to …", "did not say when the leaders might speak", "it did not mean they had endorsed the plan", "declined to say when talks would resume") or of a noun of evidence after a word of absence ("little sign that either side was ready to stop fighting", "no indication that Baku would sign") is unasserted: the sentence reports that no one said or showed it, no stance of anyone (spec §1). Its own clause only: a contrast or a new clause ("but", ";", ":", a dash) ends it, and a negation that is itself the stance ("did not mean a withdrawal would not bring peace", the cue starting at or before the verb) is not inside.',
  apply(t, { doc, s }) {
    const { tokens } = doc;
    const w = (list: string) => doc.index.words(this.id, list);
    const verbs = w('verbs'), negators = w('negators'), helpers = w('helpers'), nouns = w('nouns'), absence = w('absence'), stops = w('stops');
    for (let j = t.start - 1; j >= s.tStart && t.start - j <= 25; j--) {
      const x = tokens[j].lower;
      if (stops.has(x)) return;
      // "did not say …", "would not say …", "does not mean …", "never said …", "declined to say …".
      if (verbs.has(x)) {
        let k = j - 1;
        while (k >= s.tStart && j - k <= 3 && helpers.has(tokens[k].lower)) k--;
        let negated = -1;
        for (let n = j - 1; n > k; n--) if (negators.has(tokens[n].lower)) negated = n;
        if (negated < 0) return;
        const next = tokens[j + 1]?.lower ?? '';
        // (A wh-complement presupposes what it asks about: "could not yet say which areas Kyiv would ask for in
        // return" still has Kyiv ask for some. Only a "that" clause or a bare clause is left unasserted.)
        if (w('wh').has(next)) return;
        // ("a just peace could not mean the surrender of Ukraine", "any plan that did not mean the withdrawal of
        // troops": "mean" with a noun phrase is "amount to", itself the stance; it leaves a clause unasserted only
        // with "that" or a subject of its own right after it.)
        if (w('meanVerbs').has(x) && next !== 'that' && !w('subjects').has(next) && !(doc.actorsBySentence.get(s.index) ?? []).some((a) => a.start === j + 1)) return;
        return { drop: `inside "${tokens[negated].text} … ${tokens[j].text}": a stance not said` };
      }
      // (Any other verb of saying opens a clause that is said: "While Peskov did not confirm …, he mentioned that Moscow
      // had submitted proposals".)
      if (doc.index.words('speech-verbs').has(x)) return;
      // "little sign that …", "no indication that …", "showed no sign of being ready to …".
      if (nouns.has(x) && absence.has(tokens[j - 1]?.lower ?? '')) {
        const next = tokens[j + 1]?.lower ?? '';
        if (next === 'that' || next === 'of') return { drop: `inside "${tokens[j - 1].text} ${tokens[j].text} ${next}": a stance not shown` };
      }
    }
  },
});
