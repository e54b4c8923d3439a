// "The Russian side raised again the status of the Russian language", "Yerevan also raised the release of its
// prisoners", "the delegation brought up the lifting of sanctions": a party raising a settlement term at the table
// puts it on the agenda as something it wants from the other side, a demand (spec §2). The verb is mostly something
// else ("raised the stakes", "raised concerns about the truce", "raised tariffs", "raised $2 billion", "the question
// was raised"), so the cue (cues.json raise-term) stands only with an object that names an issue within a few words
// and no noun of a quantity, a worry or a bet before it. "raised the idea of" (PROPOSE) and "raised the possibility"
// are longer cues of their own and win. Words: rules.json trigger/raised-term.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { NEGATORS } from './negators.js';

export const raisedTerm: MatchRule = defineRule({
  id: 'trigger/raised-term', stage: 'trigger',
  reason: 'Raising or bringing up a settlement term ("the Russian side raised again the status of the Russian language", "Kyiv also raised the release of prisoners of war") demands it; the cue stands only in the active, not negated, with an object that names an issue within \'window\' words, before any clause break (\'stops\') and with no noun of a quantity, a worry or a bet (\'notObjects\': "raised the stakes", "raised concerns about the truce", "raised tariffs on Russian oil"); adverbs right after the verb (\'adverbs\': "raised again") are skipped.',
  apply(t, { doc, s }) {
    if (t.cue?.id !== 'raise-term') return;
    const w = (list: string) => doc.index.words(this.id, list);
    const lower = (i: number) => doc.tokens[i]?.lower ?? '';
    // ("the question was raised", "an issue raised by Moscow": a passive or a participle names no raiser here.)
    if (w('auxiliaries').has(lower(t.start - 1))) return { drop: 'a passive: no party raises it here' };
    // ("did not raise the question of Crimea": leaving a term unmentioned is no stance.)
    for (let k = t.start - 1; k >= Math.max(s.tStart, t.start - 3); k--) if (NEGATORS.has(lower(k))) return { drop: 'not raised: no stance' };
    let j = t.end;
    while (j < s.tEnd && w('adverbs').has(lower(j))) j++;
    const first = doc.tokens[j];
    if (!first || !first.word || w('notFirst').has(first.lower) || /^\d/.test(first.text)) return { drop: 'no object raised' };
    const window = Number(doc.index.vocab.rules[this.id].window);
    for (let q = j; q < Math.min(j + window, s.tEnd); q++) {
      const x = doc.tokens[q];
      if ((!x.word && x.text !== '-' && x.text !== "'" && x.text !== '"') || w('stops').has(x.lower)) break;
      if (w('notObjects').has(x.lower)) return { drop: `“${x.text}” raised: no settlement term` };
      if (doc.issueAt.get(q)?.values.some((v) => v.issue !== '_noise' && !v.weak)) return;
    }
    return { drop: 'no settlement term raised' };
  },
});
