// A stance noun whose holder follows it with "of" (issue 7: holders inside noun phrases): "welcomed the readiness of
// the United States to lead a ceasefire monitoring mechanism", "rejected the demand of Azerbaijan for a withdrawal",
// "noted the willingness of Qatar to host a new round". "France's readiness to …" is held by its possessor
// (holder/possessor); written with "of", the party stands between the noun and what it is ready for, so the cue
// phrase ("readiness to") does not match and the noun alone has no holder (holder/noun-needs-possessor). The party
// after "of" holds it, as a possessor would. Words: rules.json candidate/of-party-stance.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { ClaimType } from './types.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const ofPartyStance = defineRule({
  id: 'candidate/of-party-stance', stage: 'candidate',
  // (Gate: every match is "the NOUN of".)
  needs: [{ word: 'of' }, { word: 'the' }],
  reason: '"the readiness of the United States to lead a monitoring mechanism", "the demand of Azerbaijan for a withdrawal", "the refusal of Serbia to recognise …": a stance noun (rules.json \'nouns\', with its type) after "the", then "of", a party (not a possessive; parties coordinated with it count) and "to" or "for", is that party\'s stance on what follows; the noun makes no claim of its own. Not "the demand of the hour", not a party that only qualifies the noun ("the proposal of the Minsk group" names a party only when the lexicon knows it).',
});

/** The stances "the NOUN of PARTY to/for …" of a sentence; replaces a bare noun cue at the same place. */
export function ofPartyStanceCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const data = doc.index.vocab.rules[ofPartyStance.id]?.nouns as unknown as Record<string, ClaimType> | undefined;
  if (!data) return out;
  const { tokens } = doc;
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  for (let i = s.tStart + 1; i < s.tEnd - 3; i++) {
    // ("of" and "the" first: the noun table's own-property test at every token cost more than the rule's other work.)
    if (tokens[i + 1].lower !== 'of' || tokens[i - 1].lower !== 'the') continue;
    const w = tokens[i].lower;
    if (!Object.prototype.hasOwnProperty.call(data, w)) continue;
    const first = actors.find((a) => (a.start === i + 2 || (a.start === i + 3 && tokens[i + 2].lower === 'the')) && !a.possessive && a.codes.length && a.kind !== 'pronoun' && a.kind !== 'document');
    if (!first) continue;
    // ("the readiness of Britain and France to …": the parties coordinated with the first hold it too.)
    const codes = [...first.codes];
    let end = first.end;
    for (let more = actors.find((a) => a.coordinated && a.start > end && a.start <= end + 2); more && (tokens[end].lower === 'and' || tokens[end].text === ','); more = actors.find((a) => a.coordinated && a.start > end && a.start <= end + 2)) {
      for (const c of more.codes) if (!codes.includes(c)) codes.push(c);
      end = more.end;
    }
    const prep = tokens[end]?.lower;
    if (prep !== 'to' && prep !== 'for') continue;
    const type = data[w];
    // The bare noun cue at the same place ("the demand", "the offer") is this stance: it is replaced.
    for (let q = raw.length - 1; q >= 0; q--) if (raw[q].start === i) raw.splice(q, 1);
    const t: Trigger = { start: i, end: end + 1, type, cue: null, rule: 'of-party-stance', negated: false, nominal: true, complement: type === 'DEMAND', modal: false, object: 'after', modality: 'asserted', exchange: false, heldBy: codes, heldByParty: true };
    out.push({ trigger: t, detail: `"the ${w} of" ${codes.join('+')}: held by the party after "of"` });
    i = end;
  }
  return out;
}
