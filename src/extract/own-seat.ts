// A party's own seat at the talks demanded (claim/own-seat): "Europe should have a seat in negotiations" (said by
// European diplomats), "Ukraine and Europe 'must be part of any negotiations'" (said by European ministers), "Poland
// should have a seat at the table". A deontic whose subject is the holder's own side, a place in the process that
// sentence/self-obligation keeps as an entitlement demanded of others, is the holder's demand on the talks: the
// others are to let it in. claim/mediator-proposes made a third party's deontic with no other party named a proposal
// of a format (right for "the European Union would have to be at the table", said by Washington); with the holder in
// its subject it is no mediator's design but its own claim. Read: the subject right before the modal (the addressee
// claim/mediator-proposes reads, with the parties coordinated with it) names the holder's own party, or a party of
// one side with it ('sameSide' pairs: the EU and "Europe"). Words: rules.json claim/own-seat.
import type { Doc } from '../annotate/annotate.js';
import type { ActorMention } from '../annotate/mentions.js';
import { defineRule } from './rules/registry.js';

export const ownSeat = defineRule({
  id: 'claim/own-seat', stage: 'claim',
  reason: 'A deontic whose subject is the holder\'s own side ("Europe should have a seat in negotiations" said by European diplomats, "Ukraine and Europe must be part of any negotiations" said by European ministers, "Poland should have a seat at the table") claims its own place in the talks, a demand on the others, not the format a mediator proposes (claim/mediator-proposes). The subject before the modal, with the parties coordinated with it, names the holder or a party of its side (\'sameSide\' pairs).',
});

/** Whether one of the subject's parties (`subject` and those coordinated with it) is the holder `actor`'s own. */
export function ownSeatSubject(doc: Doc, subject: ActorMention | undefined, actor: string): boolean {
  const same = new Set([actor]);
  for (const pair of doc.index.words(ownSeat.id, 'sameSide')) {
    const [a, b] = pair.split(' ');
    if (a === actor.toLowerCase()) same.add(b.toUpperCase());
    if (b === actor.toLowerCase()) same.add(a.toUpperCase());
  }
  for (let c = subject; c; c = c.coordinated) if (c.codes.some((x) => same.has(x))) return true;
  return false;
}
