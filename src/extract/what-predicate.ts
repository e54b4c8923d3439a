// A pseudo-cleft predicate (issue 7, refusals and demands by their frame): "Short truces are not what we are asking
// for", "A temporary ceasefire is not what Azerbaijan wants", "Partition is exactly what Belgrade needs". The subject
// before the copula is what the party after "what" wants (DEMAND) or, negated, does not want (REJECT): a predicate
// whose object stands before it. Word lists: lexicon/data/rules.json under the rule's id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const whatPredicate = defineRule({
  id: 'candidate/what-predicate', stage: 'candidate',
  // (Gate: every match is at "what".)
  needs: [{ word: 'what' }],
  reason: '"Short truces are not what we are asking for", "A temporary ceasefire is not what Azerbaijan wants, Aliyev said", "A monitoring mission is exactly what Pristina needs": after a copula (past a quote mark, "not" and one of \'adverbs\'), "what", a party or one of \'subjects\', at most three of \'auxiliaries\' and one of \'verbs\' (with "for" after those of \'forVerbs\'): the subject before the copula is what that party wants, a DEMAND, or with "not" refuses, a REJECT. A named party after "what" holds it; a pronoun leaves it to the holder rules (a quote\'s or trailing speaker). The verb\'s own cue ("wants", "asking for" with nothing after them) gives way.',
});

export function whatPredicateCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const { tokens } = doc;
  const words = (list: string) => doc.index.words(whatPredicate.id, list);
  for (let i = s.tStart + 2; i < s.tEnd - 2; i++) {
    if (tokens[i].lower !== 'what') continue;
    // Back over an adverb, "not" and a quote mark to the copula: 'are "not what …', 'is exactly what …'.
    let c = i - 1;
    if (words('adverbs').has(tokens[c].lower)) c--;
    let neg = -1;
    if (tokens[c].lower === 'not' || tokens[c].lower === "n't") { neg = c; c--; }
    if (!tokens[c].word && tokens[c].text !== "'") c--;
    if (neg < 0 && (tokens[c].lower === 'not')) { neg = c; c--; }
    if (!words('copulas').has(tokens[c]?.lower ?? '') || c <= s.tStart) continue;
    // The party after "what", or a pronoun.
    const actors = doc.actorsBySentence.get(s.index) ?? [];
    const m = actors.find((a) => a.start === i + 1 && !a.possessive);
    let v = m ? m.end : i + 2;
    if (!m && !words('subjects').has(tokens[i + 1].lower)) continue;
    for (let n = 0; n < 3 && words('auxiliaries').has(tokens[v]?.lower ?? ''); n++) v++;
    const verb = tokens[v]?.lower ?? '';
    if (!words('verbs').has(verb)) continue;
    let end = v + 1;
    if (words('forVerbs').has(verb)) { if (tokens[end]?.lower !== 'for') continue; end++; }
    for (let q = raw.length - 1; q >= 0; q--) if (raw[q].start >= i && raw[q].start < end) raw.splice(q, 1);
    const type = neg >= 0 ? 'REJECT' : 'DEMAND';
    const named = m && m.kind !== 'pronoun' && m.codes.length ? [...m.codes] : undefined;
    const trigger: Trigger = { start: neg >= 0 ? neg : i, end, type, cue: null, rule: 'what-predicate', negated: neg >= 0, nominal: false, complement: false, modal: false, object: 'before', modality: 'asserted', exchange: false, heldBy: named, heldByParty: named ? true : undefined };
    out.push({ trigger, detail: `${neg >= 0 ? 'not ' : ''}what ${named ? named.join('+') : tokens[i + 1].text} ${verb}: the subject before the copula` });
    i = end;
  }
  return out;
}
