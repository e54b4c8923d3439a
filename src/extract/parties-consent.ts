// A third party's offer to host, mediate or help "if both sides wish", "once the parties agree", "should the two sides
// ask for it" waits for the sides' own consent: "Vienna is available at any time and at any level if both sides wished
// to meet there", "Brazil would offer itself as mediator once both sides agree to sit down", "Oslo stood ready to help
// monitor a truce if the parties asked for it". The condition is what the sides want, not what the helper asks of them:
// it states no demand of the helper's (claim/if-condition would make one: tuning gold has 0 of 2 such demands, and the
// offer itself is the claim). A side's own offer keeps its condition ("Baku would sign if both sides agreed on the
// border commission" is not read here), and so does a condition that names an act of one side ("if Armenia agrees to
// withdraw", "once Belgrade and Pristina sign the accord": a party, not "both sides", heads it), and so does the sides'
// agreement to an outcome on an issue other than the talks ("ready to host talks as soon as both sides agree to a
// ceasefire": the ceasefire is wanted of them, test/extract/conditions.test.ts).
// conditions.ts asks it for each condition of an offer or acceptance. Words: rules.json claim/parties-consent.
import type { Doc } from '../annotate/annotate.js';
import type { Claim } from './types.js';
import { defineRule } from './rules/registry.js';

export const partiesConsent = defineRule({
  id: 'claim/parties-consent', stage: 'claim',
  reason: 'The offer or acceptance of a party that is not one of the principal sides (discourse/principal-sides), under a condition whose subject is the sides together (\'subjects\': "both sides", "the parties", "the two countries") and whose verb is their own will or consent (\'verbs\', after optional \'fillers\': "wish", "agree", "ask", "so wish"): "Vienna is available at any level if both sides wished to meet there", "would offer itself as mediator once both sides agree to sit down". The helper waits for the sides; it demands nothing of them (no DEMAND claim from the condition). A side\'s offer, a condition headed by one party and the sides\' agreement to an outcome on another issue than the talks ("as soon as both sides agree to a ceasefire") keep their demand (claim/if-condition).',
});

/** Why the condition [from, to) of `main` is the sides' own consent, no demand of the holder's, or null (claim/parties-consent). */
export function partiesConsentCondition(doc: Doc, main: Claim, from: number, to: number): string | null {
  if (main.type !== 'OFFER' && main.type !== 'ACCEPT') return null;
  const principals = doc.principalsAt(doc.sentenceOf[from]);
  if (principals.includes(main.actor)) return null;
  const { tokens } = doc;
  // ("ready to host direct talks as soon as both sides agree to a ceasefire": the sides agreeing to an outcome on an
  // issue of its own is what the helper wants of them, a demand; only their consent to the talks it offers is not.)
  if (doc.issues.some((m) => m.start >= from && m.start < to && m.values.some((v) => v.issue !== 'talks'))) return null;
  const w = (list: string) => doc.index.words(partiesConsent.id, list);
  const subjects = w('subjects');
  for (let n = 3; n >= 2; n--) {
    if (from + n >= to) continue;
    const phrase = tokens.slice(from, from + n).map((x) => x.lower).join(' ');
    if (!subjects.has(phrase)) continue;
    let k = from + n;
    while (k < to && w('fillers').has(tokens[k].lower)) k++;
    if (k < to && w('verbs').has(tokens[k].lower)) return `"${phrase} … ${tokens[k].lower}": the sides' own consent, what the helper waits for, no demand`;
    return null;
  }
  return null;
}
