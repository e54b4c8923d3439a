// A call addressed to one party (claim/addressed-party): "Erdogan urged him to declare a unilateral ceasefire", "He
// called on Russia to match Ukraine's acceptance of an unconditional truce", "Macron had asked him to halt all strikes
// on civilians". A third party that urges, calls on, presses or asks one named party (or a person, "him"/"her") to act
// wants that party to do something: a demand on it (spec §2 DEMAND: "call on"), as claim/addressed-sides keeps a call
// on both sides. claim/mediator-proposes made it a proposal when the party was a pronoun with no party mention or
// when the other side was named further on ("Ukraine's acceptance"); the addressee right after the cue decides.
// Read: one of the cues of claim/addressed-sides, then one party mention (not possessive, one code, not the holder's,
// not coordinated with another) or one of 'pronouns', then "to" (past a quotation mark) and a lower-case verb that is
// not one of content/agreed-act 'notActs'. Not persuading (claim/addressed-sides 'notCalls'). Words: rules.json
// claim/addressed-party.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const addressedParty = defineRule({
  id: 'claim/addressed-party', stage: 'claim',
  reason: 'A third party that urges, calls on, presses or asks one party to act ("Erdogan urged him to declare a unilateral ceasefire", "called on Russia to match Ukraine\'s acceptance of an unconditional truce", "asked him to halt all strikes on civilians") wants that party to do something: a demand (spec §2 DEMAND: "call on"), not the mediator\'s proposal claim/mediator-proposes makes of a call addressed to no one or to both sides. The addressee right after the cue is one party mention (one code, not the holder, not coordinated) or one of \'pronouns\', before "to" and a verb.',
});

const QUOTES = new Set(['"', '\u201c', "'", '\u2018']);

/** Whether the call `t` is addressed to one party, named right after its cue, that is to act (claim/addressed-party). */
export function addressedPartyAt(doc: Doc, s: Sentence, t: Trigger, actor: string): boolean {
  if (!t.cue || !doc.index.words('claim/addressed-sides', 'cues').has(t.cue.id)) return false;
  const tok = doc.tokens;
  if (doc.index.words('claim/addressed-sides', 'notCalls').has(tok[t.end - 1]?.lower ?? '')) return false;
  const pronouns = doc.index.words(addressedParty.id, 'pronouns');
  // ("asked him to": a cue whose words take in the pronoun and "to" has its addressee inside it.)
  let at = t.end;
  if (tok[t.end - 1]?.lower === 'to' && pronouns.has(tok[t.end - 2]?.lower ?? '')) at = t.end - 1;
  else {
    const m = (doc.actorsBySentence.get(s.index) ?? []).find((a) => a.start === at && !a.possessive);
    // (A person's pronoun is the addressee whoever the reading resolved it to: no one urges himself.)
    if (pronouns.has(tok[at]?.lower ?? '')) at++;
    else if (m) {
      if (m.codes.length !== 1 || m.codes[0] === actor || m.coordinated) return false;
      at = m.end;
    } else return false;
  }
  if (tok[at]?.lower !== 'to') return false;
  const after = QUOTES.has(tok[at + 1]?.text ?? '') ? tok[at + 2] : tok[at + 1];
  // (Not a call to accept an arrangement, "urging him to accept a freeze along the border": the caller puts the
  // arrangement forward, claim/mediator-proposes; rules.json claim/addressed-party 'acceptVerbs'.)
  return !!after && after.word && !after.cap && !doc.index.words('content/agreed-act', 'notActs').has(after.lower) && !doc.index.words(addressedParty.id, 'acceptVerbs').has(after.lower);
}
