// A commitment to a principle of international law is no offer: "The signatories reaffirm their commitment to the
// territorial integrity of all states", "the leaders said they remained committed to the principle that borders must
// not be changed by force", "Baku's commitment to the sovereignty of its neighbours" affirm a norm, they promise no
// step of the holder's own (cue promise, OFFER). A commitment to an act or a thing still binds ("committed to a
// ceasefire", "a commitment to send troops", "pledged to respect the truce"). Word lists: lexicon/data/rules.json under
// the rule's id.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { QUOTE_MARKS } from './quote-marks.js';

export const committedPrinciple: MatchRule = defineRule({
  id: 'trigger/committed-principle', stage: 'trigger',
  reason: '"reaffirm their commitment to the territorial integrity of all states", "remained committed to the principle that international borders must not be changed by force": a promise cue (promise) whose object is a principle of international law (\'heads\': territorial integrity, sovereignty, independence, inviolability, the principle(s), the UN Charter, international law; past determiners, possessives and quote marks, \'skip\') affirms a norm and promises no step of the holder\'s own; a commitment to an act or a thing ("committed to a ceasefire", "a commitment to send troops") still binds.',
  apply(t, { doc, s }) {
    if (t.cue?.id !== 'promise' || t.negated) return;
    const { tokens } = doc;
    const w = (name: string) => doc.index.words(this.id, name);
    const skip = w('skip'), heads = w('heads'), firsts = w('firsts');
    // (The cue ends in "to" for every phrase that takes a noun object: "commitment to", "committed to".)
    if (tokens[t.end - 1]?.lower !== 'to') return;
    let k = t.end;
    while (k < Math.min(s.tEnd, t.end + 5) && (skip.has(tokens[k].lower) || QUOTE_MARKS.has(tokens[k].text) || /['\u2019]s$/.test(tokens[k].lower))) k++;
    if (k >= s.tEnd) return;
    const x = tokens[k].lower, y = tokens[k + 1]?.lower ?? '';
    if (heads.has(x) || (firsts.has(x) && heads.has(y))) return { drop: `a commitment to "${tokens[k].text}${firsts.has(x) ? ' ' + tokens[k + 1].text : ''}", a principle: no step of its own` };
  },
});
