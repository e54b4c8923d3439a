// A stance noun that names its own party inside its noun phrase ("a US proposal for Ukrainian forces to withdraw",
// "Moscow's demand for neutrality", "an Egyptian proposal for a 60-day truce") says that the party has made that
// stance: the phrase presupposes it, whatever clause the phrase stands in. A hope or a fear ("Pashinyan hopes to
// soften an Azerbaijani proposal for …", "Seoul fears a North Korean demand for …") questions what the subject will
// get, not whether the proposal was made; another party's stance around it ("argued for a 30-day truce, in line with
// a U.S. proposal Ukraine had accepted", "sought to water down an Egyptian proposal for a truce") takes the noun as
// its object or its reference, not as its content. trigger/blocker and sentence/complement let such a noun stand.
// A noun with no party of its own ("hopes the talks will produce a proposal for a truce") is not presupposed, nor
// one marked as not yet made ("a possible US proposal", "any future Russian demand"). Word lists: rules.json under
// the rule id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { ActorMention } from '../annotate/mentions.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const heldNounStands = defineRule({
  id: 'trigger/held-noun-stands', stage: 'trigger',
  reason: 'A stance noun whose own party stands inside its noun phrase (a party adjective or possessive right before it: "a US proposal for …", "Moscow\'s demand that …", "the EU\'s offer of …") presupposes that the party made the stance: a hope, a fear or another party\'s stance around it does not absorb it ("hopes to soften a US proposal for Ukrainian forces to withdraw from Donbas" = USA PROPOSE territory; "in line with a U.S. proposal Ukraine had accepted" = USA PROPOSE). \'nouns\': the stance nouns; \'notAfter\': words that mark the stance as not yet made ("a possible US proposal", "any future Russian demand").',
});

/** The party mention that holds the stance noun `t` inside its own noun phrase, or null. */
export function heldNounMention(doc: Doc, s: Sentence, t: Trigger): ActorMention | null {
  const { tokens } = doc;
  const nouns = doc.index.words(heldNounStands.id, 'nouns');
  if (t.type === 'THREATEN' || t.type === 'REJECT' || t.end - t.start > 2) return null;
  if (!nouns.has(tokens[t.start].lower)) return null;
  for (const a of doc.actorsBySentence.get(s.index) ?? []) {
    if (!a.codes.length || a.kind === 'pronoun' || a.kind === 'document' || a.start >= t.start) continue;
    // "a US proposal": a party adjective and the noun are one mention; "Moscow's demand", "Washington's latest
    // offer": a possessive, its mark and at most one modifier before the noun.
    // (A two-word cue, "demand for": the mention may end inside it, "a North Korean demand | for".)
    let held = a.end === t.end || a.end === t.start + 1;
    if (!held && a.possessive && a.end < t.start && t.start - a.end <= 3) {
      let j = a.end;
      if (tokens[j]?.text === "'") j++;
      if (tokens[j]?.lower === 's' && tokens[j - 1]?.text === "'") j++;
      held = j === t.start || (j + 1 === t.start && tokens[j].word && !tokens[j].cap);
    }
    if (!held) continue;
    // ("a possible US proposal", "any future Russian demand": a stance not yet made.)
    const notAfter = doc.index.words(heldNounStands.id, 'notAfter');
    for (let j = a.start - 1; j >= Math.max(s.tStart, a.start - 2); j--) if (notAfter.has(tokens[j].lower)) return null;
    for (let j = a.end; j < t.start; j++) if (notAfter.has(tokens[j].lower)) return null;
    return a;
  }
  return null;
}
