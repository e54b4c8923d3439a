// A term made a condition by a verb of setting: "Russia has made the withdrawal of Ukrainian troops from Donbas a
// condition for any ceasefire", "Moscow has set the recognition of Crimea as a precondition for talks", "Sudan's army
// named the departure of the RSF from civilian homes as its condition for a truce". The term between the verb and the
// condition noun is demanded by the verb's subject; what it is a condition for is what the subject will give in return,
// no demand of its own. Read by the cues alone, "a condition for" demanded what follows it (the truce) or, after "a",
// was dropped as a reference back. Words: rules.json candidate/made-condition.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const madeCondition = defineRule({
  id: 'candidate/made-condition', stage: 'candidate',
  // (Gate: every match needs a word of this list in the sentence, as the finder's own precheck says.)
  needs: [{ list: 'verbs' }],
  reason: 'A verb of setting (\'verbs\': made, set, named, laid down …) whose object is followed, within twelve words, by "(as) a/the/its (key …) condition/precondition/prerequisite" makes the object a demand of the verb\'s subject ("Russia has made the withdrawal of Ukrainian troops from Donbas a condition for any ceasefire" = RUS DEMAND territory; "Moscow has set the recognition of Crimea as a precondition for talks" = RUS DEMAND recognition). The content is the object only; the condition noun\'s own cue is this stance. A demonstrative or pronoun object (\'pronouns\': "Moscow had made this a condition") stands for what the sentence before, in its paragraph, described: its highest-ranked issue. Not when a clause break or a stance comes between the verb and the noun.',
});

/** The highest-ranked issue named in the sentence before `s`, in its paragraph, else undefined. */
function referredIssue(doc: Doc, s: Sentence): string | undefined {
  const prev = doc.sentences[s.index - 1];
  if (!prev || prev.paragraph !== s.paragraph) return undefined;
  let best: { issue: string; rank: number } | undefined;
  for (let k = prev.tStart; k < prev.tEnd; k++) {
    for (const v of doc.issueAt.get(k)?.values ?? []) if (v.rank >= 0 && v.issue !== 'other' && (!best || v.rank > best.rank)) best = { issue: v.issue, rank: v.rank };
  }
  return best?.issue;
}

/** The stances "VERB X (as) a condition for Y" of a sentence; replaces the condition noun's own cue. */
export function madeConditionCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const w = (list?: string) => doc.index.words(madeCondition.id, list);
  const verbs = w('verbs');
  if (!verbs.size) return out;
  // (Speed: no sentence without one of its words can match, sentence-words.ts.)
  if (!doc.sentenceWords.has(s.index, verbs)) return out;
  const nouns = w('nouns'), determiners = w('determiners'), adjectives = w('adjectives');
  const { tokens } = doc;
  for (let i = s.tStart; i < s.tEnd - 4; i++) {
    if (!verbs.has(tokens[i].lower)) continue;
    // ("Moscow had made this a condition": a demonstrative object stands for what the sentence before described.)
    const pronoun = w('pronouns').has(tokens[i + 1].lower);
    // (Not a phrasal verb's particle: "set out its conditions", "laid down conditions", "made clear".)
    if (!pronoun && w('particles').has(tokens[i + 1].lower)) continue;
    // The condition noun within twelve words of the verb, its object first (at least two words: "made the withdrawal a condition").
    let noun = -1, det = -1;
    for (let j = i + 2; j < Math.min(i + 16, s.tEnd); j++) {
      const x = tokens[j];
      if (x.text === ';' || x.text === ':' || x.lower === 'and' && tokens[j + 1]?.lower === 'said') break;
      if (!nouns.has(x.lower)) continue;
      let d = j - 1;
      while (d > i + 1 && adjectives.has(tokens[d].lower)) d--;
      if (!determiners.has(tokens[d].lower)) break;
      det = tokens[d - 1]?.lower === 'as' ? d - 1 : d;
      noun = j;
      break;
    }
    if (noun < 0 || det < i + 2 || (det === i + 2 && !pronoun) || (pronoun && det !== i + 2)) continue;
    // The pronoun's issue: the highest-ranked issue named in the sentence before, in the same paragraph; none, no stance.
    const referred = pronoun ? referredIssue(doc, s) : undefined;
    if (pronoun && !referred) continue;
    // (Another stance between the verb and the noun is that stance's content: no object of the verb.)
    if (raw.some((r) => r.start > i && r.start < det)) continue;
    // The condition noun's own cue ("condition for", "as a condition", "a precondition") is this stance.
    for (let q = raw.length - 1; q >= 0; q--) if (raw[q].start >= det && raw[q].start <= noun) raw.splice(q, 1);
    const t: Trigger = { start: i, end: i + 1, type: 'DEMAND', cue: null, rule: 'made-condition', negated: false, nominal: false, complement: false, modal: false, object: 'after', modality: 'asserted', exchange: false, contentEnd: det };
    // (The quote runs to the condition noun: "made this a condition".)
    if (referred) { t.defaultIssue = referred; t.end = noun + 1; t.contentEnd = noun + 1; }
    out.push({ trigger: t, detail: `"${tokens[i].text} … ${tokens[noun].text}": the object made a condition is demanded` });
    i = noun;
  }
  return out;
}
