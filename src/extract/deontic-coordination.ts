// A verb of accepting or offering in the base form, joined by "and"/"or" to the predicate of an obligation, is one
// more thing obliged, not a stance of the obliged party: "Kyiv would have to stop mobilisation, accept a halt to
// arms deliveries and hold elections" lists what Russia's memorandum demands of Kyiv; "Moscow insists Ukraine must
// accept neutrality and agree to a cap on its army" demands the cap, it offers nothing. Read as a separate cue, the
// second verb took the obliged party (or the speaker) as holder of an acceptance or an offer of the very thing demanded.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { inClass, lyAdverb, MODAL } from '../annotate/word-classes.js';
import { defineRule } from './rules/registry.js';
import type { Trigger } from './triggers.js';

export const deonticCoordination = defineRule({
  id: 'trigger/deontic-coordinated-verb', stage: 'trigger',
  reason: '"Kyiv would have to stop mobilisation, accept a halt to arms deliveries and hold elections", "Hamas must disarm and accept a foreign force in Gaza", "Armenia will have to withdraw and agree to a corridor": an acceptance or offer verb in the base form, after "and", "or" or a comma that follow an obligation ("must", "have to", "needs to") in the same clause, is one more step the obligation demands, part of that demand, not the obliged party\'s acceptance. Not a verb with a subject of its own or an inflected verb ("…, and Ukraine agreed to talks", "but Kyiv accepted"), nor across a clause boundary (rules.json "boundaries").',
});

/** `t` (an ACCEPT or OFFER cue) is coordinated under the obligation `last` (a DEMAND whose chain has a deontic cue). */
export function coordinatedUnderDeontic(doc: Doc, s: Sentence, last: Trigger, t: Trigger): boolean {
  if (last.type !== 'DEMAND' || (t.type !== 'ACCEPT' && t.type !== 'OFFER') || t.nominal || t.negated || t.start <= last.end) return false;
  const { tokens, index } = doc;
  const id = deonticCoordination.id;
  const deontic = index.words(id, 'deonticRules');
  if (!last.rule.split('+').some((r) => deontic.has(r))) return false;
  if (t.start - last.end > 30) return false;
  // The cue's verb in the base form: "accept", "agree", not "accepted", "agrees", "accepting".
  const verb = tokens[t.start];
  // (Not a modal or an auxiliary opening a predicate of its own: "reiterates the need to … and will continue to support".)
  if (!verb.word || verb.cap || /(?:ed|ing|[^s]s)$/.test(verb.lower) || inClass(verb, MODAL) || index.words(id, 'auxiliaries').has(verb.lower)) return false;
  // Right after "and", "or" or a comma (an adverb or two between: "and then accept", "and formally agree").
  const joins = index.words(id, 'joins');
  let k = t.start - 1;
  while (k > last.end && !joins.has(tokens[k].lower) && (lyAdverb(tokens[k]) || index.set.modalAdverbs.has(tokens[k].lower)) && tokens[k].lower !== 'not' && tokens[k].lower !== 'never') k--;
  if (!joins.has(tokens[k].lower)) return false;
  // No clause boundary between the obligation and the verb ("…, but Kyiv must accept", "… that Russia will accept").
  // (And both in a quote or both outside one.)
  if (doc.mentions.inQuote[last.start] !== doc.mentions.inQuote[t.start]) return false;
  const boundaries = index.words(id, 'boundaries');
  for (let j = last.end; j < t.start; j++) if (boundaries.has(tokens[j].lower)) return false;
  // Within the sentence.
  return t.start < s.tEnd;
}

export const demandCoordination = defineRule({
  id: 'trigger/demand-coordinated-verb', stage: 'trigger',
  reason: '"Baku demanded that Armenia withdraw from Lachin, and that it accept the new border", "The African Union called on both parties to seize the moment and agree to a truce": an acceptance or offer verb in the base form that heads one more complement of a demand verb, a that-clause coordinated after "and", "or" or a comma (its subject, up to four words, between "that" and the verb), or an infinitive joined by "and", "or" or a comma to the infinitive the demand governs, is one more thing demanded, part of that demand, not the asked party\'s acceptance (as trigger/deontic-coordinated-verb reads one under "must"). Not an inflected verb ("…, and that Kyiv accepted"), not across a clause boundary (rules.json "boundaries"), not a verb with a modal of its own ("and that it would accept": a report of another stance).',
});

/** `t` (an ACCEPT or OFFER cue) heads a further complement, coordinated, of the demand `last`: a that-clause
 * ("demanded that …, and that it accept …") or an infinitive ("called on both parties to … and agree to …"). */
export function coordinatedUnderDemand(doc: Doc, s: Sentence, last: Trigger, t: Trigger): boolean {
  if (last.type !== 'DEMAND' || last.nominal || last.negated || (t.type !== 'ACCEPT' && t.type !== 'OFFER') || t.nominal || t.negated || t.start <= last.end) return false;
  const { tokens, index } = doc;
  const id = demandCoordination.id;
  if (t.start - last.end > 40 || t.start >= s.tEnd) return false;
  const verb = tokens[t.start];
  if (!verb.word || verb.cap || /(?:ed|ing|[^s]s)$/.test(verb.lower) || inClass(verb, MODAL) || index.words(id, 'auxiliaries').has(verb.lower)) return false;
  if (doc.mentions.inQuote[last.start] !== doc.mentions.inQuote[t.start]) return false;
  const joins = index.words(id, 'joins');
  const isJoin = (k: number) => joins.has(tokens[k]?.lower ?? '') || (!tokens[k]?.word && tokens[k - 1]?.text === ',');
  // What the demand governs: a that-clause (its cue ends with "that", or "that" follows it) or an infinitive ("to"
  // within four words of its end: "called on both parties to").
  const thatDemand = tokens[last.end - 1].lower === 'that' || tokens[last.end].lower === 'that';
  let toDemand = false;
  for (let j = last.end - 1; j < Math.min(last.end + 5, t.start); j++) if (tokens[j].lower === 'to') { toDemand = true; break; }
  let k = t.start - 1;
  while (k > last.end && (lyAdverb(tokens[k]) || index.set.modalAdverbs.has(tokens[k].lower)) && tokens[k].lower !== 'not' && tokens[k].lower !== 'never') k--;
  let opened = -1;
  if (thatDemand) {
    // "…, and that it accept": the subject between "that" and the verb, up to four words, none a clause boundary.
    for (let j = k; j > last.end && j >= k - 4; j--) {
      if (tokens[j].lower === 'that') { if (isJoin(j - 1) && j < k + 1) opened = j; break; }
      if (!tokens[j].word && tokens[j].text !== '"') break;
    }
  }
  if (opened < 0 && toDemand && isJoin(k)) opened = k;
  if (opened < 0) return false;
  // No clause boundary between the demand and the verb but the coordinated "that"s of the demand itself.
  const boundaries = index.words(id, 'boundaries');
  for (let j = last.end; j < opened; j++) {
    if (tokens[j].lower === 'that' && thatDemand && isJoin(j - 1)) continue;
    if (boundaries.has(tokens[j].lower)) return false;
  }
  return true;
}
