// A participle after a noun with its agent after "by": "the Easter ceasefire declared on Saturday by the Russian
// leader", "a truce proposed last week by Ankara" (issue 7, holders).
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { HolderRule } from './holder.js';
import type { Trigger } from './triggers.js';
import type { ActorMention } from '../annotate/mentions.js';
import { defineRule } from './rules/registry.js';

export const reducedRelativeAgent: HolderRule = defineRule({
  id: 'holder/reduced-relative-agent', stage: 'holder',
  reason: '"Washington said it would welcome an extension of the Easter ceasefire declared on Saturday by the Russian leader": a stance verb in the past participle right after a noun, with no auxiliary or party before it, describes that noun, and the party after "by" (past a short time phrase) holds it, not the sentence\'s subject; its content is the noun phrase it describes, which opens with a determiner (a bare plural, "guarantees offered by Europe would not be real", is no one\'s stance).',
  find({ doc, s, t, list }) {
    const w = doc.tokens[t.start]?.lower ?? '';
    if (t.end - t.start !== 1 || !w.endsWith('ed') || t.start <= s.tStart) return;
    // A party after "by", at most three words (a time phrase: "on Saturday", "last week") after the participle.
    let by = -1;
    for (let j = t.end; j <= t.end + 3 && j < s.tEnd; j++) {
      const x = doc.tokens[j];
      if (x.lower === 'by') { by = j; break; }
      if (!x.word) return;
    }
    if (by < 0) return;
    let a = by + 1;
    if (doc.tokens[a]?.lower === 'the') a++;
    const agent = list.find((m) => (m.start === by + 1 || m.start === a) && m.codes.length && m.kind !== 'pronoun');
    if (!agent) return;
    // The word before the participle is a noun it describes: not an auxiliary, a party, a pronoun or punctuation.
    const prev = doc.tokens[t.start - 1];
    if (!prev.word || prev.lower.endsWith('ly') || doc.index.words(this.id, 'notNouns').has(prev.lower) || doc.index.words('holder/passive-agent-first').has(prev.lower)) return;
    // (A party ending the noun phrase as a preposition's object is no subject: "a ceasefire with Israel proposed by the
    // United States", "the plan for Kosovo drafted by Brussels", rules.json 'partyObjects'.)
    const objects = doc.index.words(this.id, 'partyObjects');
    if (list.some((m) => m.end === t.start && (m.kind === 'document' || !objects.has(doc.tokens[m.start - 1]?.lower ?? '') && !(doc.tokens[m.start - 1]?.lower === 'the' && objects.has(doc.tokens[m.start - 2]?.lower ?? ''))))) return;
    // ("security guarantees offered by Europe without the US would not be real": a bare plural is any such thing,
    // nothing anyone offered; the phrase must open with a determiner.)
    const phrase = reducedRelativePhrase(doc, s, t, s.tStart);
    if (!phrase || !doc.index.words('discourse/documents', 'determiners').has(doc.tokens[phrase[0]].lower)) return;
    return { codes: agentGroup(list, agent), mention: agent, via: 'subject' };
  },
});

/**
 * The noun phrase a participle held by holder/reduced-relative-agent describes ("[the Easter ceasefire] declared
 * … by the Russian leader"): back from the word before it to its determiner, the end of the stance before it
 * (`floor`) or ten words; its content, like a relative clause's (content/relative-antecedent).
 */
export function reducedRelativePhrase(doc: Doc, s: Sentence, t: Trigger, floor: number): [number, number] | null {
  const { tokens } = doc;
  const determiners = doc.index.words('discourse/documents', 'determiners');
  const end = t.start;
  let start = end - 1;
  while (start > Math.max(s.tStart, floor, end - 10) && !determiners.has(tokens[start].lower) && (tokens[start - 1].word || tokens[start - 1].text === "'" || tokens[start - 1].text === '-')) start--;
  return start < end ? [start, end] : null;
}

/**
 * The parties of a passive's agent: the first after "by" and those coordinated after it ("proposed by Kyiv and
 * Paris", "by the Ukrainians and Europeans": discourse coordination, annotate/mentions.ts).
 */
export function agentGroup(list: ActorMention[], m: ActorMention): string[] {
  const codes = [...m.codes];
  for (let k = list.indexOf(m) + 1; k < list.length; k++) {
    let linked = false;
    for (let c = list[k].coordinated; c && !linked; c = c.coordinated) if (c === m) linked = true;
    if (!linked) break;
    for (const code of list[k].codes) if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}
