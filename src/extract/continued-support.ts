// "The UAE stood ready to continue supporting the efforts of all sides", "it was ready to keep supporting dialogue",
// "Riyadh would continue to support any effort leading to a lasting solution", "will continue to support further
// prisoner exchanges", "the coalition commits to support Ukraine's armed forces with long-term military aid": support a party says it will go on giving is its own undertaking (spec §2 OFFER: "the actor
// signals it would itself do or give something"), not an acceptance of another's proposal, which "support" alone
// reads as (cue welcome). The chain of a readiness or a verb of going on ("ready to", "would continue to") and a verb
// of support keeps the OFFER where trigger/chain would let the acceptance give it its type ("ready to accept"
// accepts). Not support of a principle ("will continue to support the territorial integrity of …": the words of
// claim/backed-principle 'principles' after it, which that rule reads as a demand), and not past support ("continued
// to support the initiative": no cue of going on, no undertaking). Words: rules.json trigger/continued-support.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const continuedSupport = defineRule({
  id: 'trigger/continued-support', stage: 'trigger',
  reason: 'An OFFER cue of going on or of readiness (\'cues\': "would continue to", "ready to") chained with a verb of support (\'verbs\', cue welcome) keeps the OFFER when a verb of going on (\'continue\') is in the chain, or when the offer is a commitment (\'commitCues\': "commits to support Ukraine\'s armed forces", "pledged to support"): "stood ready to continue supporting the efforts of all sides", "would keep supporting dialogue" undertake the support; the acceptance does not give the chain its type. Not when a principle follows within the clause (claim/backed-principle \'principles\': "will continue to support the territorial integrity of …").',
});

/** True when the chain of `last` (an offer) and `t` (an acceptance by support) is support one will go on giving. */
export function continuedSupportAt(doc: Doc, s: Sentence, last: Trigger, t: Trigger): boolean {
  if (last.type !== 'OFFER' || t.type !== 'ACCEPT' || last.negated || t.negated || !last.cue || !t.cue) return false;
  const w = (list: string) => doc.index.words(continuedSupport.id, list);
  if (!w('cues').has(last.cue.id) || !w('supportCues').has(t.cue.id) || !w('verbs').has(doc.tokens[t.start].lower)) return false;
  // ("commits to support Ukraine's armed forces", "pledged to support …": a cue of commitment undertakes it already.)
  let going = w('commitCues').has(last.cue.id);
  for (let k = last.start; k < t.start && !going; k++) going = w('continue').has(doc.tokens[k].lower);
  if (!going) return false;
  const principles = doc.index.words('claim/backed-principle', 'principles');
  for (let k = t.end; k < s.tEnd && k < t.end + 14; k++) {
    const x = doc.tokens[k].lower;
    if (x === ';' || x === '.' || x === 'but') break;
    if (principles.has(x)) return false;
  }
  return true;
}
