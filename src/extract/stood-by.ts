// Standing by, sticking to or remaining committed to a proposal keeps one's acceptance of it in force:
// "Armenia still stood by the truce it had signed in Moscow" is ARM ACCEPT ceasefire (cue stand-by). Standing
// by one's own stance restates that stance instead: "Moscow stands by its demand that Kyiv withdraw from
// Donetsk" is the demand, read by the noun's own cue, not an acceptance of it.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const stoodByOwnStance: MatchRule = defineRule({
  id: 'trigger/stood-by-own-stance', stage: 'trigger',
  reason: '"stands by its demand that …", "stuck to their offer of …", "remains committed to his plan": standing by the holder\'s own stance (a possessive pronoun after the cue) restates that stance, which its noun\'s cue reads; only another\'s or a shared proposal ("stood by the 30-day ceasefire", "sticks to Washington\'s plan") is accepted.',
  apply(t, { doc, s }) {
    if (t.cue?.id !== 'stand-by') return;
    const next = t.end < s.tEnd ? doc.tokens[t.end].lower : '';
    if (doc.index.words(stoodByOwnStance.id, 'possessives').has(next)) return { drop: `stood by ${next} own stance: a restatement, not an acceptance` };
    // A stance noun with no other party's possessive before it is the holder's own too ("sticks to Donbas demand",
    // "stood by the demand for …"); "sticks to Washington's demand" accepts another's.
    const nouns = doc.index.words(stoodByOwnStance.id, 'stanceNouns');
    for (let j = t.end; j < Math.min(t.end + 4, s.tEnd); j++) {
      const x = doc.tokens[j].lower;
      if (x === "'s" || x === '’s' || x.endsWith("'s") || x.endsWith('’s')) return;
      if (nouns.has(x)) return { drop: `stood by the ${x}: the holder's own stance restated` };
    }
  },
});

export const keptOwnStance: MatchRule = defineRule({
  id: 'trigger/kept-own-stance', stage: 'trigger',
  reason: '"Russia would not drop its long-standing demand that Georgia stay out of the alliance", "Kyiv will never give up its bid to join the EU", "Baku won\'t abandon its claim to the villages": refusing to give up the holder\'s own stance (a possessive pronoun, a few modifiers and a stance noun after a verb of abandoning) keeps that stance: a demand, not a refusal of what it names. Giving up a thing ("will never give up Crimea") stays a refusal, and so does another\'s stance ("will not drop Washington\'s plan").',
  apply(t, { doc, s }) {
    if (t.type !== 'REJECT') return;
    const w = (list: string) => doc.index.words(keptOwnStance.id, list);
    // The verb of abandoning: the candidate's last word ("would not drop") or the one right after it ("will never give").
    let v = t.end - 1;
    if (!w('verbs').has(doc.tokens[v]?.lower ?? '')) v = t.end;
    if (v >= s.tEnd || !w('verbs').has(doc.tokens[v].lower)) return;
    let j = v + 1;
    while (j < s.tEnd && j <= v + 2 && w('particles').has(doc.tokens[j].lower)) j++;
    if (!doc.index.words(stoodByOwnStance.id, 'possessives').has(doc.tokens[j]?.lower ?? '')) return;
    const nouns = w('stanceNouns');
    for (let k = j + 1; k < Math.min(j + 5, s.tEnd); k++) {
      const x = doc.tokens[k].lower;
      if (nouns.has(x)) { t.type = 'DEMAND'; return { change: `REJECT → DEMAND: not giving up ${doc.tokens[j].text} ${x} keeps it` }; }
      if (!doc.tokens[k].word && doc.tokens[k].text !== '-') return;
    }
  },
});
