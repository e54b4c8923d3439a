// The second half of a bargain told in one sentence: "Putin demanded that Ukraine give up the rest of Donetsk and in
// return offered to freeze the front elsewhere", "the Russian leader demanded that Ukraine withdraw from Donbas,
// offering in exchange to freeze the front lines in Kherson and Zaporizhzhia", "he wants Ukraine to withdraw from the
// rest of Donetsk, and in return would freeze the front line in the south". What follows "in return" or "in
// exchange" (not "in return for", the counterpart asked, sentence/exchange) is the demanding party's own step, an
// offer (spec §1: one sentence, several claims). The cue rules give that verb to the nearest subject, the party the
// demand is addressed to, absorb it into the demand's complement (sentence/complement), or find no cue at all for a
// bare modal ("would freeze"), and the demand's content runs on into it. This pass, once the sentence's claims are
// known, makes it the demanding party's offer: a demand of that party in the sentence on the same issue, which only
// the offered step can have given, becomes the offer; else the offer is added. Words: rules.json claim/return-offer.
import type { Article } from '../article/types.js';
import type { Doc } from '../annotate/annotate.js';
import { toRawSpan } from '../article/clean.js';
import type { Claim } from './types.js';
import { dateFor, sourceFor, type SourceContext } from './attach.js';
import { defineRule, type TraceSink } from './rules/registry.js';

export const returnOffer = defineRule({
  id: 'claim/return-offer', stage: 'claim',
  reason: 'After a party\'s demand in the same sentence, a verb of offering or a modal next to "in return" or "in exchange" (not "in return for", which names the counterpart asked) is that party\'s own step, an offer: "Putin demanded that Ukraine give up the rest of Donetsk and in return offered to freeze the front elsewhere", "demanded that Ukraine withdraw from Donbas, offering in exchange to freeze the front lines in Kherson and Zaporizhzhia", "wants Ukraine to withdraw …, and in return would freeze the front line in the south". Its issue and places are the first issue term after the verb and the places after it; a demand of the same party on that issue in the sentence, whose content ran on into the offered step, becomes the offer. Only a demanding party (DEMAND before the phrase); a subject of its own right before the phrase ("and Kyiv in return would …") is another party\'s step, read by the cue rules.',
});

/** Adds (or turns a run-on demand into) the demanding party's offer after "in return" / "in exchange". */
export function addReturnOffers(doc: Doc, article: Article, ctx: SourceContext, claims: Claim[], trace?: TraceSink): void {
  if (!claims.length) return;
  const w = (list: string) => doc.index.words(returnOffer.id, list);
  const markers = w('markers'), verbs = w('verbs'), stops = w('stops');
  const { tokens } = doc;
  const added: Claim[] = [];
  const sentenceAt = new Map(doc.sentences.map((s) => [s.start, s] as const));
  const starts = [...new Set(claims.map((c) => c.sentence[0]))];
  for (const start of starts) {
    const s = sentenceAt.get(start);
    if (!s) continue;
    for (let k = s.tStart + 2; k + 1 < s.tEnd; k++) {
      // "in return", "in exchange" (not "in return for …", "in exchange for …").
      if (tokens[k].lower !== 'in' || !markers.has(tokens[k + 1].lower)) continue;
      const after = tokens[k + 2]?.lower ?? '';
      if (after === 'for') continue;
      // The verb of offering or the modal: right before the phrase ("offering in exchange to freeze", "would in return
      // freeze") or right after it ("and in return offered to", "and in return would").
      let v = -1;
      if (verbs.has(tokens[k - 1].lower)) v = k - 1;
      else if (k + 2 < s.tEnd && verbs.has(after)) v = k + 2;
      else if (verbs.has(tokens[k + 2]?.lower ?? '') === false && tokens[k + 2]?.text === ',' && verbs.has(tokens[k + 3]?.lower ?? '')) v = k + 3;
      if (v < 0) continue;
      // (Another subject right before the phrase or the verb: "and Kyiv in return would …" is Kyiv's step.)
      const before = Math.min(v, k) - 1;
      const mentions = doc.actorsBySentence.get(s.index) ?? [];
      if (mentions.some((a) => a.end === before + 1 && !a.possessive && !a.object) && !['and', ','].includes(tokens[before].lower)) continue;
      // The demanding party: the last demand of the sentence before the phrase.
      const phraseAt = tokens[Math.min(v, k)].start;
      const demand = [...claims].reverse().find((c) => c.sentence[0] === s.start && c.type === 'DEMAND' && c.span[0] < phraseAt);
      if (!demand) continue;
      const actor = demand.actor;
      // The offered step: from the verb to the end of the clause; its first issue term and its places.
      const from = Math.max(v, k + 1) + 1;
      let to = s.tEnd;
      for (let j = from; j < s.tEnd; j++) if (stops.has(tokens[j].lower)) { to = j; break; }
      let issue = '';
      for (let j = from; j < to && !issue; j++) {
        const m = doc.issueAt.get(j);
        const val = m?.values.find((x) => x.issue !== '_noise' && !x.weak);
        if (val) issue = val.issue;
      }
      if (!issue) continue;
      const regions: string[] = [];
      for (let j = from; j < to; j++) { const p = doc.placeAt.get(j); if (p) for (const c of p.codes) if (!regions.includes(c)) regions.push(c); }
      const span: [number, number] = [tokens[Math.min(v, k)].start, tokens[to - 1].end];
      const quote = doc.text.slice(span[0], span[1]);
      const all = [...claims, ...added];
      if (all.some((c) => c.sentence[0] === s.start && c.actor === actor && c.type === 'OFFER' && c.issue === issue)) continue;
      // A demand of the same party on this issue with no term of it before the phrase: its content ran on into the
      // offered step, and it was the offer.
      const phraseTok = Math.min(v, k);
      const termBefore = (c: Claim) => {
        for (let j = s.tStart; j < phraseTok; j++) {
          if (tokens[j].start < c.span[0]) continue;
          if (doc.issueAt.get(j)?.values.some((x) => x.issue === issue)) return true;
        }
        return false;
      };
      const runOn = all.find((c) => c.sentence[0] === s.start && c.actor === actor && c.type === 'DEMAND' && c.issue === issue && !termBefore(c));
      if (runOn) {
        runOn.type = 'OFFER';
        for (const r of regions) if (!runOn.regions.includes(r)) runOn.regions.push(r);
        runOn.quote = quote; runOn.span = span; runOn.rawSpan = toRawSpan(article.offsets, span); runOn.rule = returnOffer.id;
        trace?.({ rule: returnOffer.id, decision: 'change', span, text: quote, detail: `${actor} DEMAND → OFFER ${issue} (its own step in return)` });
        continue;
      }
      const t = { start: v, modality: 'asserted' as Claim['modality'] };
      const claim: Claim = {
        id: `${article.id}#x${added.length + 1}`, doc: article.id, actor, type: 'OFFER', issue,
        regions, date: dateFor(doc, s, t, actor), source: sourceFor(doc, s, article.meta, ctx, false, actor, v),
        conditions: [demand.id], modality: t.modality, negated: false,
        quote, span, rawSpan: toRawSpan(article.offsets, span),
        sentence: [s.start, s.end], rule: returnOffer.id, evidence: [], mentions: [],
      };
      added.push(claim);
      trace?.({ rule: returnOffer.id, decision: 'claim', span, text: quote, detail: `${actor} OFFER ${issue}${regions.length ? ` [${regions.join(',')}]` : ''} (its own step in return for its demand)` });
    }
  }
  for (const c of added) {
    let at = claims.length;
    while (at > 0 && claims[at - 1].span[0] > c.span[0]) at--;
    claims.splice(at, 0, c);
  }
}
