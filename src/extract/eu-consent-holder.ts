// Not objecting to a state's joining the European Union keeps the alliance issue (discourse/eu-membership: "Russia
// would not object to Ukraine joining the European Union" is the neutrality bargain), but only as the stance of the
// party that does not object. When another party holds the claim, it asks for or reports that consent, and what it
// wants is the Union membership itself, issue other (spec §2: EU membership is none of NATO membership, neutrality, NATO
// expansion): "Kyiv expected the guarantor states not to object to Ukraine joining the European Union", "neutrality
// must not stand in the way of the country joining the European Union", "no Russian objection to Ukraine joining the
// European Union" (said of Kyiv's proposal). The tuning gold files all seven such claims of the joining side under other,
// and the non-objecting side's own word mostly under the alliance (4 of 5 non-optional). The non-objector is the party
// named within 'reach' words before the word of not objecting, in its clause; none named (a noun such as "the
// guarantors", "neutrality") is no holder either. Words: rules.json claim/eu-consent-holder.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { namesUnion, nonObjectionBefore } from '../annotate/eu-membership.js';
import { strongestIssue } from '../annotate/lexicon-index.js';
import { defineRule } from './rules/registry.js';

export const euConsentHolder = defineRule({
  id: 'claim/eu-consent-holder', stage: 'claim',
  reason: 'A claim on the alliance whose only alliance terms name EU membership kept there by a word of not objecting before them (discourse/eu-membership \'nonObjection\') is on issue other unless its actor is the party named within \'reach\' words before that word ("Kyiv expected the guarantor states not to object to Ukraine joining the European Union": UKR DEMAND other; "Russia would not object to Ukraine joining the European Union": RUS ACCEPT alliance).',
});

/** Whether `actor`'s claim on the alliance over tokens [from, to) is EU membership consented to by another party. */
export function euConsentOfOther(doc: Doc, s: Sentence, actor: string, from: number, to: number): boolean {
  const { tokens, index } = doc;
  let cue = -1;
  const others: number[] = [];
  for (let k = from; k < to; k++) {
    const term = doc.issueAt.get(k);
    if (!term || strongestIssue(term.values)?.issue !== 'alliance') continue;
    if (!namesUnion(tokens, index, term)) { others.push(term.end); continue; }
    const at = nonObjectionBefore(tokens, index, term.start);
    if (at < 0) return false;
    if (cue < 0 || at < cue) cue = at;
  }
  if (cue < 0) return false;
  // (A term of NATO, neutrality or a bloc in the claim keeps it the alliance whoever holds it, but not one that is the
  // subject of the not objecting: "neutrality must not stand in the way of the country joining the European Union".)
  for (const end of others) if (end > cue || end < cue - 4) return false;
  const reach = Number([...index.words(euConsentHolder.id, 'reach')][0] ?? 5);
  let best: { codes: string[]; end: number } | undefined;
  for (const a of doc.actorsBySentence.get(s.index) ?? []) {
    if (a.possessive || a.end > cue || a.start < s.tStart) continue;
    if (!best || a.end > best.end) best = a;
  }
  if (best) {
    // (Not past "that" or a clause's end: "the Ukrainian team stressed that neutrality would not stand in the way of …"
    // names the reporter of the consent, not who consents.)
    let words = 0, crossed = false;
    for (let k = best.end; k < cue; k++) { if (tokens[k].word) words++; if (tokens[k].lower === 'that' || /^[;:.!?]$/.test(tokens[k].text)) crossed = true; }
    if (words <= reach && !crossed && best.codes.includes(actor)) return false;
  }
  return true;
}
