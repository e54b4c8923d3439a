// "Sullivan told CNN that the war could end tomorrow if Russia stopped attacking Ukraine and pulled its forces out",
// "Blinken said the fighting in Gaza could stop tomorrow if Hamas released the hostages": a halt to hostilities under a
// condition is the speaker's offer only when the speaker is a side of the fighting (candidate/conditional-cessation:
// "Aliyev said the war could end tomorrow if Armenia withdrew from Lachin"). A third party cannot halt a war it does not
// fight: it says what would end it, and the condition stays its demand. The principal sides are those of
// discourse/principal-sides; with fewer than two known, the offer stays.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { Claim } from './types.js';
import { defineRule } from './rules/registry.js';

export const thirdPartyCessation = defineRule({
  id: 'claim/third-party-cessation', stage: 'claim',
  reason: '"Sullivan said the war could end tomorrow if Russia stopped attacking Ukraine and withdrew its forces", "Blinken said the fighting in Gaza could stop tomorrow if Hamas released the hostages": the halt that candidate/conditional-cessation offers is no offer of a holder that is not one of the principal sides of the sentence (discourse/principal-sides, two or more known): a third party does not fight the war it says would end; it names the price, and the condition it sets stays its demand (claim/if-condition, read before the offer goes). A side\'s stays an offer ("Aliyev said the war could end tomorrow if Armenia withdrew", "Zelensky said the hot phase of the war could end if …").',
});

/** Why the claim, made by candidate/conditional-cessation, is no offer of its holder, else null (claim/third-party-cessation). */
export function thirdPartyCessationDrop(doc: Doc, s: Sentence, t: Trigger, c: Claim): string | null {
  if (t.rule !== 'conditional-cessation' || c.type !== 'OFFER') return null;
  const principals = doc.principalsAt(s.index);
  if (principals.length < 2 || principals.includes(c.actor)) return null;
  return `${c.actor} is no side of the fighting (${principals.join('+')}): a third party names the price of the halt, no offer of its own`;
}
