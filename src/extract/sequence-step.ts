// A condition spread over two sentences as a sequence (spec §2/§3, issue 7): "India would first have to release the
// fishermen. Islamabad would in turn free the pilot", "Guyana should pull its soldiers out. If that happens,
// Venezuela will return to talks". The second sentence's own step is offered for the first's obligation, as in
// "would free the pilot if India released the fishermen": the sentence reads as conditional (candidate/modal
// conditionalVerbs), though its condition word, if any, only points back ("if they do", "in turn", "then").
// Word lists: lexicon/data/rules.json under the rule's id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Claim } from './types.js';
import type { ConditionRun } from './conditions.js';
import { defineRule } from './rules/registry.js';

export const sequenceStep = defineRule({
  id: 'candidate/sequence-step', stage: 'candidate',
  reason: 'A sentence that points back to an obligation of the sentence before it ("must first", "would first have to", "has to", "should", "needs to", "is expected to": \'obligations\') with a marker of sequence or of an anaphoric condition (\'markers\': "then", "in turn", "after that", "in return", "only then", "if they do", "if it does", "if that happens", "provided they do", "once that is done") is the consequence of that obligation: its modal act is offered for it, as under "if" in one sentence ("Pakistan\'s minister outlined the sequence. India would first have to release the fishermen. Islamabad would in turn free the pilot": PAK OFFER humanitarian). A narrative sequence of past events has no obligation before it ("Serbia first closed the crossing. It then reopened it."), and "then" of a time ("since then", "by then", \'notAfter\') is no marker.',
});

/** Whether the phrase `ws` stands at token k. */
function phraseAt(doc: Doc, k: number, ws: string[]): boolean {
  return ws.every((w, n) => doc.tokens[k + n]?.lower === w);
}

/** The phrases of a word list split into words, once per list. */
const split = new WeakMap<Set<string>, string[][]>();
/** The same phrases by their first word, so that a token that opens none is passed over with one look-up (speed:
 *  every sentence of a modal is tested, ~2% of the extractor's time with a loop over every phrase per token). */
const byFirst = new WeakMap<Set<string>, Map<string, string[][]>>();

/** Whether one of the phrases of list `name` stands in sentence `s` (the first word not after one of 'notAfter'). */
function hasPhrase(doc: Doc, s: Sentence, name: string): boolean {
  const from = s.tStart, to = s.tEnd;
  const list = doc.index.words(sequenceStep.id, name);
  let first = byFirst.get(list);
  if (!first) {
    first = new Map();
    for (const p of list) { const ws = p.split(' '); const at = first.get(ws[0]); if (at) at.push(ws); else first.set(ws[0], [ws]); }
    byFirst.set(list, first);
  }
  // (Speed: no phrase without its first word in the sentence, sentence-words.ts.)
  if (!doc.sentenceWords.has(s.index, first)) return false;
  const notAfter = doc.index.words(sequenceStep.id, 'notAfter');
  for (let k = from; k < to; k++) {
    const phrases = first.get(doc.tokens[k].lower);
    if (phrases === undefined) continue;
    for (const ws of phrases) {
      if (k + ws.length > to || !phraseAt(doc, k, ws)) continue;
      if (notAfter.has(doc.tokens[k - 1]?.lower ?? '') && k > from) continue;
      // ("the then president", "then-minister": an adjective of a former time.)
      if (ws[0] === 'then' && (doc.tokens[k + 1]?.text === '-' || doc.tokens[k - 1]?.lower === 'the')) continue;
      return true;
    }
  }
  return false;
}

/** Whether sentence `s` is the consequence of an obligation stated in the sentence before it (candidate/sequence-step). */
export function isSequenceStep(doc: Doc, s: Sentence): boolean {
  if (s.index === 0) return false;
  const prev = doc.sentences[s.index - 1];
  if (!prev || !hasPhrase(doc, s, 'markers')) return false;
  return hasPhrase(doc, prev, 'obligations');
}

/** How many tokens of a sequence phrase set in after a modal stand at token j ("would in turn free", "could in return lift": 'insertions'), else 0. */
export function sequenceInsertion(doc: Doc, j: number): number {
  const list = doc.index.words(sequenceStep.id, 'insertions');
  let phrases = split.get(list);
  if (!phrases) { phrases = [...list].map((p) => p.split(' ')); split.set(list, phrases); }
  for (const ws of phrases) if (phraseAt(doc, j, ws)) return ws.length;
  return 0;
}

export const sequenceSide = defineRule({
  id: 'claim/sequence-side', stage: 'claim',
  reason: 'The step a party offers in a sequence step (candidate/sequence-step) is conditioned on its obligation in the sentence before ("Eritrea must first release the fishermen. Khartoum would then free the pilot": the offer is conditioned on the demand); and a party that offers its own step in return is a side bargaining, not a mediator: its call in the sentence before stays a DEMAND (as claim/bargaining-side within one sentence), not a PROPOSE.',
});

/** Links the offers of a sequence step to the obligation of the same holder in the sentence before (claim/sequence-side). */
export function linkSequenceStep(run: ConditionRun, s: Sentence, made: Claim[]): void {
  const offers = made.filter((c) => c.type === 'OFFER');
  if (!offers.length || !isSequenceStep(run.doc, s)) return;
  const prev = run.doc.sentences[s.index - 1];
  const before = run.claims.slice(Math.max(0, run.claims.length - run.lookback)).filter((c) => c.sentence[0] === prev.start && (c.type === 'DEMAND' || c.type === 'PROPOSE'));
  for (const o of offers) {
    for (const d of before) {
      if (d.actor !== o.actor) continue;
      if (d.type === 'PROPOSE') {
        d.type = 'DEMAND';
        if (run.trace) run.trace({ rule: sequenceSide.id, decision: 'change', span: d.span, text: d.quote, detail: `${d.actor} PROPOSE → DEMAND: it offers its own step in return (${o.issue}), a side` });
      }
      if (!o.conditions.includes(d.id)) o.conditions.push(d.id);
      if (run.trace) run.trace({ rule: sequenceSide.id, decision: 'change', span: o.span, text: o.quote, detail: `conditioned on ${d.id}, the obligation before it` });
    }
  }
}
