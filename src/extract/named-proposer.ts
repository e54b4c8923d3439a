// The proposal that another party's stance answers, and who put it: "Moscow agreed to a request from Trump to
// refrain from striking Kyiv", "Putin supported the idea of a 30-day ceasefire proposed by the United States",
// "Peskov said a ceasefire over Christmas, floated by Merz, was not on the table", "Putin declined to sign up to the
// full ceasefire that Washington and Kyiv had put to him". One sentence, two claims (spec §1 "One sentence can
// carry several claims"): the acceptance or refusal, made by the cue rules, and the proposal of the party named
// as its author, on the same issue. The proposal is a noun or participle inside the stance's object, so no holder
// rule gives it to its author (the sentence's subject holds the object, sentence/complement absorbs it, and a
// proposal with "a" refers back, trigger/reference-back); this pass adds it once the sentence's claims are known.
// Words: rules.json claim/named-proposer.
import type { Article } from '../article/types.js';
import type { Doc } from '../annotate/annotate.js';
import { toRawSpan } from '../article/clean.js';
import type { Claim } from './types.js';
import { dateFor, sourceFor, type SourceContext } from './attach.js';
import { defineRule, type TraceSink } from './rules/registry.js';
import { partyAdjectiveAt } from './stance-nouns.js';

export const namedProposer = defineRule({
  id: 'claim/named-proposer', stage: 'claim',
  reason: 'A proposal inside the object of another party\'s stance, with its author named, is that author\'s proposal on the stance\'s issue: a participle of proposing and "by" ("the idea of a 30-day ceasefire proposed by the United States", "a truce floated by Merz", "a plan first put forward by Washington"), a proposal noun and "from" ("agreed to a request from Trump to …") or the author\'s possessive before it ("welcomed Trump\'s initiative on shipping"; not a pronoun\'s, nor a party adjective\'s, "the European proposals"), or a relative clause whose subject is the author and whose verb proposes ("the ceasefire that Washington had put to him", "the truce Brussels had asked him to accept"). One PROPOSE per author on each issue of the stance (spec §1: one sentence, several claims); not the stance\'s own holder, not when the author already holds a claim on that issue in the sentence, and no proposal noun a demand waits for ("Moscow expects a ceasefire proposal from Washington").',
});

/** Tokens after the stance's quote in which its object may still go on. */
const REACH = 14;

/** Adds, in reading order, the proposal of a named author inside the object of a stance. */
export function addNamedProposers(doc: Doc, article: Article, ctx: SourceContext, claims: Claim[], trace?: TraceSink): void {
  if (!claims.length) return;
  const w = (list: string) => doc.index.words(namedProposer.id, list);
  const participles = w('participles'), nouns = w('nouns'), relativeVerbs = w('relativeVerbs');
  const adverbs = w('adverbs'), auxiliaries = w('auxiliaries'), stops = w('stops'), clauseWords = w('clauseWords'), generic = w('generic');
  const { tokens } = doc;
  const added: Claim[] = [];
  const sentenceAt = new Map(doc.sentences.map((s) => [s.start, s] as const));
  const bySentence = new Map<number, Claim[]>();
  for (const c of claims) { const l = bySentence.get(c.sentence[0]) ?? []; l.push(c); bySentence.set(c.sentence[0], l); }
  for (const [start, here] of bySentence) {
    const s = sentenceAt.get(start);
    if (!s) continue;
    const mentions = (doc.actorsBySentence.get(s.index) ?? []).filter((a) => !a.document && a.codes.length === 1);
    const tokenAt = (offset: number) => { let i = s.tStart; while (i < s.tEnd && tokens[i].start < offset) i++; return i; };
    // A party mention starting at `k` (past "the"), with the parties coordinated with it.
    const partyFrom = (k: number): { codes: string[]; at: number; end: number } | null => {
      const m = mentions.find((a) => a.start === k || (a.start === k + 1 && tokens[k]?.lower === 'the'));
      if (!m) return null;
      const codes = [m.codes[0]];
      let end = m.end;
      for (let b = m.coordinated; b && b.codes.length === 1; b = b.coordinated) { if (!codes.includes(b.codes[0])) codes.push(b.codes[0]); end = Math.max(end, b.end); }
      // ("Washington and Kyiv": the mention after "and" when no coordination was recorded.)
      const next = mentions.find((a) => a.start === m.end + 1 && tokens[m.end]?.lower === 'and');
      if (next && !codes.includes(next.codes[0])) { codes.push(next.codes[0]); end = next.end; }
      return { codes, at: m.start, end };
    };
    const seen = new Set<string>();
    for (const c of here) {
      if (seen.has(`${c.span[0]}:${c.issue}`)) continue;
      seen.add(`${c.span[0]}:${c.issue}`);
      const from = tokenAt(c.span[0]);
      let to = Math.min(s.tEnd, tokenAt(c.span[1]) + REACH);
      for (let k = from + 1; k < to; k++) if (stops.has(tokens[k].lower)) { to = k; break; }
      const authors: Array<{ codes: string[]; span: [number, number] }> = [];
      for (let k = from; k < to; k++) {
        const x = tokens[k].lower;
        // "proposed by the United States", "first put forward by Washington", "floated by Merz".
        if (participles.has(x) || (x === 'put' && tokens[k + 1]?.lower === 'forward')) {
          let j = k + (x === 'put' ? 2 : 1);
          while (j < to && adverbs.has(tokens[j].lower)) j++;
          if (tokens[j]?.lower === 'by') {
            const p = partyFrom(j + 1);
            // (Not the stance's own verb: "was proposed by Kyiv" as the main predicate is read by the cue rules.)
            if (p && k > from) authors.push({ codes: p.codes, span: [k, p.end] });
          }
          continue;
        }
        // ("any proposal from Seoul": no proposal made; nor one a demand waits for, "Moscow expects a ceasefire proposal
        // from Washington".)
        if (nouns.has(x) && !generic.has(tokens[k - 1]?.lower ?? '') && c.type !== 'DEMAND') {
          // "a request from Trump", "the proposal from Washington".
          // (Not a proposal a party is only open to: "Israel would entertain a ceasefire proposal from Egypt" names
          // none made; an offer of openness is no answer to one.)
          if (tokens[k + 1]?.lower === 'from' && c.type !== 'OFFER' && c.rule !== 'cue:willing') {
            const p = partyFrom(k + 2);
            if (p) { authors.push({ codes: p.codes, span: [k, p.end] }); continue; }
          }
          // "Trump's initiative", "Washington's new proposal": a named possessor, not a pronoun ("its plans" is
          // the holder's own, resolved or not) nor a party adjective ("the European proposals" names a side in general).
          for (let back = k - 1; back >= from && back >= k - 2; back--) {
            const m = mentions.find((a) => a.possessive && !a.pronoun && a.end === back + 1);
            if (m) { authors.push({ codes: [m.codes[0]], span: [m.start, k + 1] }); break; }
            if (!tokens[back].word || partyAdjectiveAt(doc, back)) break;
          }
          continue;
        }
        // "the ceasefire that Washington and Kyiv had put to him", "the truce Brussels had asked him to accept".
        const p = k > from ? partyFrom(k) : null;
        if (p && p.at === k) {
          // (After "that"/"which" on a noun, or right after the noun it describes: not after a word that opens another
          // clause, "said that Kyiv had asked", "and that the president would put".)
          const noun = (j: number) => j > from && tokens[j].word && !tokens[j].cap && !clauseWords.has(tokens[j].lower) && !auxiliaries.has(tokens[j].lower);
          const before = tokens[k - 1].lower;
          const relative = before === 'that' ? noun(k - 2) : before === 'which' ? noun(k - 2) || tokens[k - 2]?.text === ',' : noun(k - 1);
          if (!relative) continue;
          let j = p.end;
          while (j < to && (auxiliaries.has(tokens[j].lower) || adverbs.has(tokens[j].lower))) j++;
          if (j < to && relativeVerbs.has(tokens[j].lower) && j > p.end) authors.push({ codes: p.codes, span: [k, j + 1] });
        }
      }
      if (!authors.length) continue;
      for (const a of authors) {
        for (const code of a.codes) {
          if (code === c.actor) continue;
          for (const d of here) {
            if (d.span[0] !== c.span[0]) continue;
            if ([...claims, ...added].some((e) => e.sentence[0] === s.start && e.actor === code && e.issue === d.issue)) continue;
            const span: [number, number] = [tokens[a.span[0]].start, tokens[a.span[1] - 1].end];
            const t = { start: a.span[0], modality: 'reported-past' as Claim['modality'] };
            const claim: Claim = {
              id: `${article.id}#p${added.length + 1}`, doc: article.id, actor: code, type: 'PROPOSE', issue: d.issue,
              regions: [...d.regions], date: dateFor(doc, s, t, code), source: sourceFor(doc, s, article.meta, ctx, false, code, a.span[0]),
              conditions: [], modality: t.modality, negated: false,
              quote: doc.text.slice(span[0], span[1]), span, rawSpan: toRawSpan(article.offsets, span),
              sentence: [s.start, s.end], rule: namedProposer.id, evidence: [], mentions: [],
            };
            added.push(claim);
            trace?.({ rule: namedProposer.id, decision: 'claim', span, text: claim.quote, detail: `${code} PROPOSE ${d.issue} (the proposal ${d.actor} ${d.type === 'REJECT' ? 'refuses' : 'answers'})` });
          }
        }
      }
    }
  }
  for (const c of added) {
    let at = claims.length;
    while (at > 0 && claims[at - 1].span[0] > c.span[0]) at--;
    claims.splice(at, 0, c);
  }
}

