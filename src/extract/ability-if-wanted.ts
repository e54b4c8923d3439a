// A power ascribed to a party is no offer of that party (precision: predictions and views of others): "Trump wrote
// that Zelensky could end the war "almost immediately" if he wanted", "Putin could stop this war tomorrow if he chose
// to". "could"/"can" with the party's act and a condition whose only content is the subject's own wish ("if he
// wanted (to)", "if they chose to") says what the party is able to do, the speaker's view of it, not what it would do
// in a settlement. Word list: lexicon/data/rules.json under the rule's id.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const abilityIfWanted: MatchRule = defineRule({
  id: 'trigger/ability-if-wanted', stage: 'trigger',
  reason: '"Zelensky could end the war almost immediately if he wanted", "Baku can stop the shelling tomorrow if it chooses to": an offer of "could"/"can" whose clause goes on to "if" + a pronoun + a verb of wishing or choosing (\'wishVerbs\'), with nothing after it but "to" and the clause\'s end, ascribes a power to the party (someone\'s view of it), no offer of that party; the stance is dropped. Not a condition with content ("could end the war if Russia withdrew" is conditional-cessation\'s).',
  apply(t, { doc, s }) {
    if (t.type !== 'OFFER') return;
    const modal = doc.tokens[t.start]?.lower ?? '';
    if (modal !== 'could' && modal !== 'can') return;
    const wish = doc.index.words(this.id, 'wishVerbs');
    const pronouns = doc.index.words(this.id, 'pronouns');
    // The "if" within the clause (up to twelve words on, past a quotation and a comma, not past a semicolon).
    for (let j = t.end; j < Math.min(s.tEnd - 2, t.end + 12); j++) {
      const x = doc.tokens[j].text;
      if (x === ';' || doc.tokens[j].lower === 'but') return;
      if (doc.tokens[j].lower !== 'if' || !pronouns.has(doc.tokens[j + 1].lower) || !wish.has(doc.tokens[j + 2].lower)) continue;
      let k = j + 3;
      if (doc.tokens[k]?.lower === 'to') k++;
      if (k >= s.tEnd || !doc.tokens[k].word) return { drop: `"if ${doc.tokens[j + 1].text} ${doc.tokens[j + 2].text}": a power ascribed, no offer` };
      return;
    }
  },
});
