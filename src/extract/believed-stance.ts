// Another party's stance as the speaker believes it to be: "Erdogan said he believed Putin wanted the humanitarian
// bridge to continue", "I believe that my friend Putin wants this corridor to continue", "Rubio said he was convinced
// Russia was willing to engage". A verb of the party's own will or readiness ("wants", "ready to", "willing to") in a
// clause completing a verb of belief whose subject is a different party is the believer's reading of the other party,
// a guess about it (spec §1: opinions about a party are no claims; a third party's report of a stance it did not hear),
// not that party's stated position; the believer itself states none. A believer of the same party ("Pashinyan said he
// believed Armenia was ready to sign") speaks for its own side and keeps the stance; a believer that is an observer or
// the author is trigger/observer-belief's. Word lists: lexicon/data/rules.json under the rule's id.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { QUOTE_MARKS } from './quote-marks.js';

export const believedStance: MatchRule = defineRule({
  id: 'trigger/believed-stance', stage: 'trigger',
  // (Gate: every drop needs one of 'stanceWords' inside the candidate and one of 'verbs' after the believer, a mention
  // of the sentence, so inside it too.)
  needs: [{ list: 'stanceWords' }, { list: 'verbs' }],
  reason: '"Erdogan said he believed Putin wanted the humanitarian bridge to continue", "Aliyev is convinced Yerevan is ready to sign": a stance of will or readiness (\'stanceWords\': want, ready, willing, prepared, open, keen) whose subject, a party, follows a verb of belief (\'verbs\': believe, think, convinced, sure, suspect; past "that" and \'fillers\' such as "my friend") whose own subject is a party mention of another code is the believer\'s guess about that party, not the party\'s stance (spec §1), and the believer states none of its own. Not when the believer is of the same party ("Pashinyan said he believed Armenia was ready": its own side), nor when the believer names no party (an observer\'s is trigger/observer-belief\'s).',
  apply(t, { doc, s }) {
    if (t.nominal) return;
    const { tokens } = doc;
    const w = (name: string) => doc.index.words(this.id, name);
    // The cue's word of will or readiness, its first word or past an auxiliary of the cue ("was open to").
    const aux = w('auxiliaries');
    const stanceWords = w('stanceWords');
    let c = t.start;
    while (c < t.end - 1 && aux.has(tokens[c].lower)) c++;
    if (!stanceWords.has(tokens[c]?.lower ?? '')) return;
    const mentions = doc.actorsBySentence.get(s.index) ?? [];
    // The stance's subject: a party mention right before the cue, past auxiliaries ("was", "would be", "still").
    let j = c - 1;
    while (j > s.tStart && (aux.has(tokens[j].lower) || QUOTE_MARKS.has(tokens[j].text))) j--;
    const subject = mentions.find((m) => m.end === j + 1 && m.codes.length > 0 && !m.possessive && m.kind !== 'document');
    if (!subject) return;
    // The verb of belief before it, past "that", quote marks and a few fillers ("my friend", "the Russian leader").
    let k = subject.start - 1;
    const fillers = w('fillers');
    for (let n = 0; n < 4 && k > s.tStart && (fillers.has(tokens[k].lower) || QUOTE_MARKS.has(tokens[k].text)); n++) k--;
    if (!w('verbs').has(tokens[k]?.lower ?? '')) return;
    const verb = k;
    // The believer: a party mention before the verb, past "do not", "was", "firmly".
    k--;
    const believerAux = w('believerAuxiliaries');
    while (k >= s.tStart && believerAux.has(tokens[k].lower)) k--;
    const believer = mentions.find((m) => m.end === k + 1 && m.codes.length > 0 && !m.possessive);
    if (!believer) return;
    if (believer.codes.some((c) => subject.codes.includes(c))) return;
    return { drop: `"${tokens[verb].text}": ${believer.codes.join('+')}'s belief about ${subject.codes.join('+')}, not its stance` };
  },
});
