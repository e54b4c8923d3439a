// A party's own call or demand dropped: "Trump dropped his call for an immediate ceasefire", "abandoned his call for an
// immediate ceasefire in Ukraine", "Macron has dropped his earlier call for a ceasefire". The call is no longer wanted:
// a third party (no principal side of the dispute) that drops it turns away from it, a refusal (spec §2 REJECT; gold
// of own sets AC, X, AA, H, T: USA REJECT ceasefire), where a side that gives up its own demand concedes what it
// demanded, an offer (spec §3 rule 7; cues.json 'drop-demand': "Armenia dropped its demand for the withdrawal of
// Azerbaijani troops"). Not dropping it keeps it ("has not dropped his demand"), and being asked to drop it is no
// step of the holder's ("urged Baku to drop its demand"). Words: rules.json claim/dropped-stance.
import { splitPhrases } from '../annotate/phrase-end.js';
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { ClaimType } from './types.js';
import { defineRule } from './rules/registry.js';

export const droppedStanceRule = defineRule({
  id: 'claim/dropped-stance', stage: 'claim',
  reason: 'A verb of abandoning (\'verbs\', one to three words) before the holder\'s own stance noun (a possessive, at most three modifiers, then a call or demand cue of \'cues\': "dropped his call for", "abandoned his earlier demand for") gives the stance up: a third party refuses what it had called for (spec §2 REJECT), a principal side concedes it (spec §3 rule 7, OFFER). The \'drop-demand\' cue, which offers, says the same of a third party: a refusal. Not after a negation (\'negations\' within three words: "has not dropped") nor after "to" ("urged Baku to drop its demand").',
});

/** The type of a stance the holder is said to drop (see the rule's reason), or null when it is not dropped. */
export function droppedStanceType(doc: Doc, s: Sentence, t: Trigger, actor: string): ClaimType | null {
  if (!t.cue) return null;
  const w = (list: string) => doc.index.words(droppedStanceRule.id, list);
  const tok = doc.tokens;
  const principal = doc.principalsAt(s.index).includes(actor);
  if (t.cue.id === 'drop-demand') return principal ? null : 'REJECT';
  if (!w('cues').has(t.cue.id)) return null;
  let j = t.start - 1;
  // (Modifiers: "his earlier call", "its long-standing demand", a hyphenated "ceasefire-first demand".)
  const modifier = (k: number) => tok[k].word || tok[k].text === '-';
  for (let n = 0; n < 4 && j > s.tStart && modifier(j) && !w('possessives').has(tok[j].lower); n++) j--;
  // No possessive: the verb of abandoning right after the holder's own mention, its subject ("Trump drops call for
  // quick ceasefire", a headline's "Trump drops ceasefire-first demand"; claim/dropped-stance 'bare').
  const possessive = w('possessives').has(tok[j]?.lower ?? '');
  if (!possessive) j = t.start;
  let verbStart = -1;
  // Without a possessive the verb may stand before the modifiers: try every start back to four words before the cue.
  for (let end = j; end >= (possessive ? j : Math.max(s.tStart, t.start - 4)) && verbStart < 0; end--) {
    if (!possessive && end < t.start && !modifier(end)) break;
    for (const words of splitPhrases(w('verbs'))) {
      const from = end - words.length;
      if (from >= s.tStart && words.every((x, n) => tok[from + n].lower === x)) { verbStart = from; break; }
    }
  }
  if (verbStart < 0) return null;
  if (!possessive) {
    const mentions = doc.actorsBySentence.get(s.index) ?? [];
    const subject = mentions.find((m) => m.end === verbStart && m.codes.includes(actor) && !m.possessive);
    if (!subject) return null;
  }
  // "urged Baku to drop its demand" is no step of the holder's; "the decision to drop his demand" is.
  // (Up to three words between: "Trump's decision last week to drop his demand".)
  if (tok[verbStart - 1]?.lower === 'to') {
    let own = false;
    for (let k = verbStart - 2; k >= Math.max(s.tStart, verbStart - 5) && tok[k].word; k--) if (w('decisions').has(tok[k].lower)) { own = true; break; }
    if (!own) return null;
  }
  const neg = w('negations');
  for (let k = Math.max(s.tStart, verbStart - 3); k < verbStart; k++) if (neg.has(tok[k].lower)) return null;
  return principal ? 'OFFER' : 'REJECT';
}
