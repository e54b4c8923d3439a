// A repeated stance is a claim on the date it is repeated (spec §3 rules 1–2): "In a 2022 interview the
// president said he would never trade land for peace. On Monday he repeated that pledge in Washington" is
// the refusal twice, in 2022 and on Monday; "He had made the same demand in June" restates the demand of the
// sentence before, in June. A repetition with no date of its own has the same date as a recent statement and
// merges with it (one claim per statement, merge.ts). The noun refers back, so the stance is the holder's
// last claim before it: its type, issue and places.
import type { Article } from '../article/types.js';
import type { Doc } from '../annotate/annotate.js';
import { toRawSpan } from '../article/clean.js';
import type { Claim } from './types.js';
import { dateFor, sourceFor, type SourceContext } from './attach.js';
import { defineRule, type TraceSink } from './rules/registry.js';

export const repeatedStance = defineRule({
  id: 'claim/repeated-stance', stage: 'claim',
  reason: 'A verb of repeating before a stance noun that refers back ("repeated that pledge", "reiterated his demand", "had made the same demand in June") restates the holder\'s last stance of that kind, a few sentences back at most, on the date of its own sentence; a noun with its own content ("repeated his demand that …", "… for talks") is read by the cue rules instead.',
});

const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d+)$/;

/** Sentences back in which the restated stance may stand. */
const REACH = 4;

/** Adds, in reading order, a claim for each stance noun a verb of repeating refers back with. */
export function addRepeatedStances(doc: Doc, article: Article, ctx: SourceContext, claims: Claim[], trace?: TraceSink): void {
  if (!claims.length) return;
  const verbs = doc.index.words(repeatedStance.id);
  const sameVerbs = doc.index.words(repeatedStance.id, 'sameVerbs');
  const determiners = doc.index.words(repeatedStance.id, 'determiners');
  const nouns = doc.index.words(repeatedStance.id, 'nouns');
  const contentWords = doc.index.words(repeatedStance.id, 'contentWords');
  const { tokens } = doc;
  const added: Claim[] = [];
  for (const [k, cues] of doc.cuesBySentence) {
    const s = doc.sentences[k];
    for (const cue of cues) {
      const n = cue.start;
      if (!nouns.has(tokens[n].lower)) continue;
      // Back from the noun over determiners and "same" to the verb: "repeated that pledge", "made the same demand".
      let v = n - 1, same = false;
      while (v > s.tStart && n - v <= 4 && determiners.has(tokens[v].lower)) { if (tokens[v].lower === 'same') same = true; v--; }
      if (v === n - 1 && !same) continue; // a determiner or "same" must refer back
      const verb = tokens[v].lower;
      if (!verbs.has(verb) && !(same && sameVerbs.has(verb))) continue;
      // A noun with its own content is a stance of its own ("repeated his demand that Ukraine abandon NATO").
      // ("… on Crimea" is its content; "… on Monday" its date.)
      const next = tokens[n + 1]?.lower ?? '';
      if (contentWords.has(next) || (next === 'on' && !CALENDAR.test(tokens[n + 2]?.text ?? ''))) continue;
      // The holder: the subject before the verb (a name, a description or a resolved pronoun).
      const subject = [...(doc.actorsBySentence.get(k) ?? [])].reverse().find((a) => a.end <= v && !a.object && !a.possessive);
      if (!subject) continue;
      const from = doc.sentences[Math.max(0, k - REACH)].start;
      let antecedent: Claim | undefined;
      for (let i = claims.length - 1; i >= 0 && !antecedent; i--) {
        const c = claims[i];
        if (c.sentence[0] >= s.start) continue;
        if (c.sentence[0] < from) break;
        if (subject.codes.includes(c.actor)) antecedent = c;
      }
      if (!antecedent) continue;
      // Already read in this sentence by another rule.
      if (claims.some((c) => c.sentence[0] === s.start && c.actor === antecedent!.actor && c.issue === antecedent!.issue)) continue;
      const span: [number, number] = [tokens[v].start, tokens[n].end];
      const t = { start: v, modality: (tokens[v - 1]?.lower === 'had' ? 'reported-past' : 'asserted') as Claim['modality'] };
      const claim: Claim = {
        id: `${article.id}#r${added.length + 1}`, doc: article.id, actor: antecedent.actor, type: antecedent.type, issue: antecedent.issue,
        regions: [...antecedent.regions], date: dateFor(doc, s, t, antecedent.actor), source: sourceFor(doc, s, article.meta, ctx, false, antecedent.actor, v),
        conditions: [], modality: t.modality, negated: antecedent.negated,
        quote: doc.text.slice(span[0], span[1]), span, rawSpan: toRawSpan(article.offsets, span),
        sentence: [s.start, s.end], rule: repeatedStance.id, evidence: [], mentions: [],
      };
      if (antecedent.target) claim.target = antecedent.target;
      added.push(claim);
      trace?.({ rule: repeatedStance.id, decision: 'claim', span, text: claim.quote, detail: `${claim.actor} ${claim.type} ${claim.issue} (restates ${antecedent.id})` });
    }
  }
  // In reading order among the others.
  for (const c of added) {
    let at = claims.length;
    while (at > 0 && claims[at - 1].span[0] > c.span[0]) at--;
    claims.splice(at, 0, c);
  }
}
