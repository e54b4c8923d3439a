// The party whose goal a stance is ("The Russian side's main goal was to push Ukraine to accept neutrality", "Baku's
// aim is to force Yerevan to amend its constitution", "the Israeli objective remains to disarm Hamas"): a verb cue in
// the infinitive after a goal noun and its copula has no subject of its own; the goal's possessor holds it, not the
// sentence's speaker (issue 7, holders). Word lists: lexicon/data/rules.json under the rule's id.
import type { HolderRule } from './holder.js';
import { defineRule } from './rules/registry.js';
import { partyAdjectiveAt } from './stance-nouns.js';

export const goalPossessor: HolderRule = defineRule({
  id: 'holder/goal-possessor', stage: 'holder',
  reason: '"The Russian side\'s main goal was to push Ukraine to accept neutrality, Arakhamia said" is Russia\'s demand, not the speaker\'s: a verb stance in the infinitive ("to push", "to force", "to secure") right after one of \'nouns\' (goal, aim, objective, …) and one of \'copulas\' (past one of \'adverbs\': "remains clearly to") has no subject of its own, so the goal\'s possessor or party adjective holds it ("Baku\'s aim is to force Yerevan …", "the Israeli objective remains to disarm Hamas"), past at most two of \'adjectives\' ("main", "ultimate"). A goal with no party before it ("The goal was to push …") names none here: the next rules decide.',
  find({ doc, s, t, list }) {
    if (t.nominal) return;
    const { tokens } = doc;
    const words = (name: string) => doc.index.words(this.id, name);
    let j = t.start - 1;
    if (tokens[j]?.lower !== 'to') return;
    j--;
    if (j > s.tStart && words('adverbs').has(tokens[j].lower)) j--;
    // "is", "was", "remains", "has been".
    if (!words('copulas').has(tokens[j]?.lower ?? '')) return;
    if (tokens[j].lower === 'been' && (tokens[j - 1]?.lower === 'has' || tokens[j - 1]?.lower === 'have')) j--;
    j--;
    if (j < s.tStart || !words('nouns').has(tokens[j].lower)) return;
    j--;
    const adjectives = words('adjectives');
    for (let n = 0; n < 2 && j > s.tStart && adjectives.has(tokens[j].lower); n++) j--;
    // "The Russian side's", "the allies'": a possessive mention ending right before its "'s" or "'".
    let k = j;
    if (tokens[k]?.lower === 's' && tokens[k - 1]?.text === "'") k -= 2;
    else if (tokens[k]?.text === "'") k--;
    const m = k < j ? list.find((a) => a.possessive && a.codes.length && a.end === k + 1) : undefined;
    if (m) return { codes: [...m.codes], mention: m, via: 'possessor' };
    // "the Israeli objective": a party adjective, not part of a longer mention.
    const code = j >= s.tStart ? partyAdjectiveAt(doc, j) : null;
    if (code && !list.some((a) => a.start <= j && j < a.end)) return { codes: [code], mention: null, via: 'possessor' };
  },
});
