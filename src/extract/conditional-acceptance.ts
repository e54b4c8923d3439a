// A prospective agreement with a price (spec §2 OFFER vs ACCEPT): "Moscow will only agree to a full ceasefire if
// Ukrainian forces withdraw", "Belgium would agree to use the assets only if every member state shared the risks",
// "Baku would accept a truce in exchange for the return of its prisoners". A party that says it would agree to a
// step on a condition of its own is not agreeing to something another has put forward: it names what it would
// do and what it wants for it, an offer conditioned on a demand. Agreeing to another's proposal stays an acceptance
// whatever the condition ("would accept the Serbian proposal if …", "could agree to the US plan provided …"), and
// so does an agreement made ("Kyiv agreed to the truce on condition that …": the agreement is given).
// The condition's demand is made by conditions.ts (claim/if-condition) or the exchange cue (sentence/exchange);
// this runs after them, on the sentence's claims.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Claim } from './types.js';
import { defineRule, type TraceSink } from './rules/registry.js';
import { conditionAt } from './condition-marks.js';

export const conditionalAcceptance = defineRule({
  id: 'claim/conditional-acceptance-offers', stage: 'claim',
  reason: 'An acceptance by an agreeing cue (\'cues\': "agree to", "accept") after a modal of the future or of possibility (\'modals\', past \'adverbs\' such as "only": "will only agree to", "would accept", "could agree to") that is conditioned on a demand or a refusal of the same party in the same sentence ("if …", "only if …", "provided …", "as long as …", "in exchange for …") is that party\'s offer (spec §2: it signals it would itself do something, at a price), not an acceptance of another\'s proposal: "Moscow will only agree to a full ceasefire if Ukrainian forces withdraw" = RUS OFFER ceasefire + RUS DEMAND territory. Not when what is agreed to is a proposal (\'proposalNouns\': "would accept the Serbian proposal if …") or held by a party named in it ("would accept Kyiv\'s truce if …"), nor an agreement given ("agreed to the truce on condition that …").',
});

/** Turns this sentence's conditioned prospective acceptances into offers (claim/conditional-acceptance-offers). */
export function conditionalAcceptanceOffers(doc: Doc, s: Sentence, mains: Claim[], made: Claim[], trace?: TraceSink): void {
  let any = false;
  for (const m of mains) if (m.type === 'ACCEPT') { any = true; break; }
  if (!any) return;
  const w = (k: string) => doc.index.words(conditionalAcceptance.id, k);
  const cues = w('cues');
  const modals = w('modals');
  const adverbs = w('adverbs');
  const nouns = w('proposalNouns');
  const { tokens } = doc;
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  for (const m of mains) {
    if (m.type !== 'ACCEPT') continue;
    if (!m.conditions.length && !conditionAfter(doc, s, m)) continue;
    if (!m.rule.split('+').some((r) => cues.has(r.replace(/^cue:/, '')))) continue;
    // The cue's first token.
    let k = s.tStart;
    while (k < s.tEnd && tokens[k].start < m.span[0]) k++;
    if (k >= s.tEnd || tokens[k].start !== m.span[0]) continue;
    // Conditioned on a demand (or a refusal: "as long as it does not involve …") of its own party made here, or
    // followed at once by a condition of its own ("would agree to use the assets only if every member shared the risks").
    if (!made.some((c) => c !== m && m.conditions.includes(c.id) && c.actor === m.actor && (c.type === 'DEMAND' || c.type === 'REJECT')) && !conditionAfter(doc, s, m)) continue;
    // The modal before the cue, past adverbs ("will only agree", "would readily accept").
    let j = k - 1;
    while (j >= s.tStart && adverbs.has(tokens[j].lower)) j--;
    if (j < s.tStart || !modals.has(tokens[j].lower)) continue;
    // What is agreed to: no proposal noun, no party's own thing in the quote ("the Serbian proposal", "Kyiv's truce").
    let proposal = '';
    for (let i = k; i < s.tEnd && tokens[i].end <= m.span[1] && !proposal; i++) if (nouns.has(tokens[i].lower)) proposal = tokens[i].text;
    const owned = actors.find((a) => a.possessive && a.codes.some((c) => c !== m.actor) && tokens[a.start].start >= m.span[0] && tokens[a.start].start < m.span[1]);
    if (proposal || owned) {
      if (trace) trace({ rule: conditionalAcceptance.id, decision: 'keep', span: m.span, text: m.quote, detail: `${m.actor} ACCEPT: what is agreed to is another's (${proposal || doc.text.slice(tokens[owned!.start].start, tokens[owned!.end - 1].end)})` });
      continue;
    }
    m.type = 'OFFER';
    if (trace) trace({ rule: conditionalAcceptance.id, decision: 'change', span: m.span, text: m.quote, detail: `${m.actor} ACCEPT → OFFER (would agree to it on a condition of its own)` });
  }
}

/** An "if"-kind condition ("if", "only if", "provided", "as long as") that opens right after the claim's words. */
function conditionAfter(doc: Doc, s: Sentence, m: Claim): boolean {
  const { tokens } = doc;
  let i = s.tStart;
  while (i < s.tEnd && tokens[i].start < m.span[1]) i++;
  // (The quote may end with the conjunction itself: "accept the Serbian proposal if".)
  if (i > s.tStart && tokens[i - 1].end === m.span[1] && conditionAt(doc, i - 1)) i--;
  for (const end = Math.min(s.tEnd, i + 3); i < end; i++) {
    const mark = conditionAt(doc, i);
    if (mark) return mark.kind === 'if';
    if (tokens[i].text !== ',' && tokens[i].lower !== 'only') return false;
  }
  return false;
}
