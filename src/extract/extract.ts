// The extractor: an annotated article in, claims out (spec §1–2). For each sentence, each stance
// trigger gets a holder, a scope cut into issue items, a date and a source; claims of one statement
// are merged and "in exchange for"/"if … accepted" clauses become conditions between claims.
import type { Article } from '../article/types.js';
import { annotate, type Doc, type Sentence } from '../annotate/annotate.js';
import { toRawSpan } from '../article/clean.js';
import type { Claim, ClaimType, Mention } from './types.js';
import { findTriggers, type Trigger } from './triggers.js';
import { findHolder, type Holder } from './holder.js';
import { itemsOf, scopeOf } from './items.js';
import { dateFor, sourceFor, buildSourceContext, noteCounts } from './attach.js';
import { mergeClaims } from './merge.js';
import { markPartial } from './partial.js';
import { getIndex, type ExtractOptions } from './index-cache.js';
import { finishClaims } from './finish.js';
import { isoDate } from '../util/dates.js';

/** Cues explicit enough to make a claim even when no listed issue is named. */
const OTHER_CUES = new Set(['demand', 'insist', 'require', 'call-for', 'propose', 'reject', 'want']);
const STOP = new Set(['the', 'a', 'an', 'to', 'of', 'for', 'on', 'in', 'that', 'any', 'all', 'its', 'his', 'their', 'this', 'it', 'and', 'or', 'with', 'by', 'be', 'is', 'was', 'as']);
const ANAPHORIC_OBJECTS = new Set(['proposal', 'offer', 'idea', 'initiative', 'truce', 'move']);
/** Cue words that, after a possessor ("Putin's demand"), are nouns. */
const NOUN_CUE_WORDS = new Set(['demand', 'demands', 'proposal', 'proposals', 'offer', 'plan', 'request', 'conditions', 'ultimatum', 'refusal', 'rejection', 'framework', 'initiative', 'formula', 'insistence']);
/** Verbs that can answer the last stance on their own: "They refused.", "Moscow agreed." */
const BARE_ANSWER_CUES = new Set(['reject', 'accept', 'agree', 'welcome']);
const PLAN_NOUNS = new Set(['plan', 'framework', 'formula', 'roadmap', 'blueprint']);
const OPPOSITE: Partial<Record<ClaimType, ClaimType>> = { DEMAND: 'OFFER', OFFER: 'DEMAND', PROPOSE: 'DEMAND', ACCEPT: 'DEMAND' };

/**
 * Claims (before merging) after which an article is not read further. Real articles make at most
 * about 50; a megabyte of "Moscow, Kyiv offered Donetsk, …" makes 80,000, each with its own work
 * and memory. The cap bounds both whatever the text's shape (issue 10); the article gets a warning.
 */
export const MAX_CLAIMS_PER_ARTICLE = 2000;

export function extract(article: Article, options: ExtractOptions = {}): Claim[] {
  const index = getIndex(options);
  const doc = annotate(article.body, article.meta.published, index);
  const ctx = buildSourceContext(doc, article.meta);
  const claims: Claim[] = [];
  let carried: Holder | null = null;
  let lastParagraph = -1;
  for (const s of doc.sentences) {
    if (claims.length >= MAX_CLAIMS_PER_ARTICLE) {
      article.warnings.push({ source: article.source, code: 'too-many-claims', fatal: false,
        message: `${article.source}: more than ${MAX_CLAIMS_PER_ARTICLE} claims; the text after character ${s.start} of the body was not read for claims` });
      break;
    }
    if (s.paragraph !== lastParagraph) { lastParagraph = s.paragraph; if (carried && carried.via !== 'subject') carried = null; }
    noteCounts(doc, s, ctx);
    const triggers = findTriggers(doc, s);
    // Holders first, so that stances inside another's complement are known before scopes are cut.
    const holders = triggers.map((t) => (t.exchange ? null : findHolder(doc, s, t, carried)));
    const absorbed = triggers.map(() => false);
    const reporting = triggers.map(() => false);
    // "Ukraine refuses to join military alliances, Ukrainian negotiators promised at the talks": a stance
    // verb in a trailing reporting clause reports the stance already made; it is not another one.
    triggers.forEach((t, k) => {
      if (k === 0 || !holders[k]) return;
      const m = holders[k]!.mention;
      if (!m || m.end !== t.start) return;
      const before = doc.tokens[m.start - 1]?.text;
      const after = doc.tokens[t.end]?.lower ?? '';
      if (before === ',' && ['at', 'in', 'on', 'during', '.', 'after', 'earlier', 'later', 'yesterday', 'today'].includes(after)) { holders[k] = null; reporting[k] = true; }
    });
    for (let k = 0; k < triggers.length; k++) {
      const h = holders[k];
      if (!h || triggers[k].exchange) continue;
      for (let o = 0; o < k; o++) {
        if (absorbed[o] || !holders[o] || triggers[o].exchange) continue;
        if (absorbs(doc, triggers[o], holders[o]!, triggers[k], h)) { absorbed[k] = true; break; }
      }
    }
    // "X in exchange for Y": Y is held by X's holder and is X's counterpart (a demand for an offer).
    const mainIdx = triggers.findIndex((t, k) => !t.exchange && holders[k] && !absorbed[k]);
    triggers.forEach((t, k) => { if (t.exchange && mainIdx >= 0) holders[k] = { ...holders[mainIdx]!, via: 'subject' }; });
    const made: Claim[] = [];
    const exchangeClaims: Claim[] = [];
    const mainClaims: Claim[] = [];
    for (let k = 0; k < triggers.length; k++) {
      const t = triggers[k];
      const holder = holders[k];
      if (!holder || absorbed[k]) continue;
      // The next stance ends this one's scope, unless it is this one's object: "rejected the European proposal for …".
      const next = triggers.find((n, q) => q > k && !absorbed[q] && (holders[q] || reporting[q]) && !((n.nominal || holders[q]?.via === 'possessor') && n.start <= t.end + 3));
      const [from, to] = scopeOf(doc, s, t, next ? next.start : s.tEnd, holder.via === 'possessor' && NOUN_CUE_WORDS.has(doc.tokens[t.end - 1].lower));
      let items = itemsOf(doc, from, to, t).filter((it) => !t.needsIssue || t.needsIssue.includes(it.issue));
      // "Zelenskyy dismissed the proposal": a stance on something named just before takes its issue.
      if (!items.length && !t.needsIssue) {
        const obj = doc.tokens.slice(t.end, Math.min(t.end + 3, s.tEnd)).map((x) => x.lower);
        const prior = latestClaim(claims, made, (c) => !holder.codes.includes(c.actor));
        // A whole plan or framework is a stance on talks (spec §3 rule 9); "the proposal", "the offer" are the last one's issue.
        const plan = obj.some((w) => PLAN_NOUNS.has(w));
        // "They refused." / "Moscow agreed." with nothing after the verb: the stance answers the last one.
        const bare = !!t.cue && BARE_ANSWER_CUES.has(t.cue.id) && !t.negated && (t.end >= s.tEnd - 1 || !doc.tokens[t.end]?.word);
        if (plan) items = [{ issue: 'talks', regions: [], start: t.start, end: Math.min(t.end + 3, s.tEnd) }];
        else if (prior && bare) items = [{ issue: prior.issue, regions: [...prior.regions], start: t.start, end: t.end }];
        else if (prior && obj.some((w) => ANAPHORIC_OBJECTS.has(w))) items = [{ issue: prior.issue, regions: [], start: t.start, end: Math.min(t.end + 3, s.tEnd) }];
      }
      // "a summit of the two leaders could only take place once a treaty had been initialled": the condition's
      // content is the subject before it.
      if (!items.length && t.cue?.id === 'condition' && !t.exchange && /take place|possible|begin|start/.test(doc.text.slice(doc.tokens[t.start].start, doc.tokens[t.end - 1].end))) {
        const [b0] = scopeOf(doc, s, { ...t, object: 'before' }, s.tEnd);
        items = itemsOf(doc, b0, t.start, t);
      }
      // A clear stance on something outside the issue list is still a claim, with issue "other" (spec §2).
      if (!items.length && !t.needsIssue && t.cue && OTHER_CUES.has(t.cue.id) && !t.exchange && holder.via !== 'possessor' && !t.nominal) {
        const content = doc.tokens.slice(t.end, to).filter((x) => x.word && !STOP.has(x.lower));
        if (content.length >= 3) items = [{ issue: 'other', regions: [], start: t.start, end: to }];
      }
      const type: ClaimType = t.exchange ? (OPPOSITE[mainIdx >= 0 ? triggers[mainIdx].type : 'OFFER'] ?? 'DEMAND') : t.type;
      for (const item of items) {
        for (const code of holder.codes) {
          const c = makeClaim(article, doc, s, t, holder, code, type, item.issue, item.regions, [doc.tokens[Math.min(t.start, item.start)].start, doc.tokens[Math.max(item.end, t.end) - 1].end], ctx, claims.length + made.length);
          made.push(c);
          (t.exchange ? exchangeClaims : mainClaims).push(c);
        }
      }
      if (!t.exchange && items.length) carried = { ...holder };
    }
    // The main stance is conditioned on what is asked in exchange.
    for (const m of mainClaims) for (const e of exchangeClaims) if (e.actor === m.actor && e.type !== m.type) m.conditions.push(e.id);
    // "Ukraine would accept a ceasefire if Russia accepted security guarantees": a conditional offer's
    // condition is a demand of the same holder, and the offer is conditioned on it.
    made.push(...conditionDemands(article, doc, s, mainClaims, ctx, claims.length + made.length));
    claims.push(...made);
  }
  linkIfConditions(doc, claims);
  return finishClaims(article, markPartial(doc, mergeClaims(claims).claims));
}

/**
 * The latest claim (this sentence's first, then earlier ones) passing `ok`, looking back at most
 * LOOKBACK claims: an unbounded look-back made absurd inputs quadratic (issue 10).
 */
const LOOKBACK = 200;
function latestClaim(claims: Claim[], made: Claim[], ok: (c: Claim) => boolean): Claim | undefined {
  let seen = 0;
  for (let i = made.length - 1; i >= 0 && seen < LOOKBACK; i--, seen++) if (ok(made[i])) return made[i];
  for (let i = claims.length - 1; i >= 0 && seen < LOOKBACK; i--, seen++) if (ok(claims[i])) return claims[i];
  return undefined;
}

function absorbs(doc: Doc, outer: Trigger, outerHolder: Holder, t: Trigger, holder: Holder): boolean {
  // A stance inside another's complement belongs to it ("demanded that Russia first agree to …",
  // "His demands include that Kiev accept neutrality"), unless the same party takes it
  // ("… and told Trump he would halt fighting").
  if (!outer.complement && !outer.modal) return false;
  if (!['DEMAND', 'PROPOSE'].includes(outer.type)) return false;
  // "called on Moscow to agree to a ceasefire": an infinitive after the demand's target is its content.
  if (outer.type === 'DEMAND' && doc.tokens[t.start - 1]?.lower === 'to' && t.start - outer.end <= 6) return true;
  if (t.type === 'THREATEN' || t.type === 'REJECT') return false;
  if (holder.codes.some((c) => outerHolder.codes.includes(c)) && holder.via !== 'carried') return false;
  return t.start - outer.end <= 25;
}
const SPEECH_VERBS = new Set(['said', 'says', 'say', 'told', 'added', 'stated', 'wrote', 'stressed', 'noted', 'insisted', 'explained', 'declared', 'announced', 'reiterated', 'warned', 'argued', 'tweeted', 'posted']);

/** A named person speaks on record in the sentence: "Sybiha stressed that …", "…, Peskov said". */
function onRecord(doc: Doc, s: Sentence): boolean {
  // Once per sentence, not once per claim: a sentence of many claims and actors was quadratic (issue 10).
  let r = onRecordCache.get(s);
  if (r === undefined) { r = findOnRecord(doc, s); onRecordCache.set(s, r); }
  return r;
}
const onRecordCache = new WeakMap<Sentence, boolean>();

function findOnRecord(doc: Doc, s: Sentence): boolean {
  for (const a of doc.actorsBySentence.get(s.index) ?? []) {
    if (a.kind !== 'person' && a.kind !== 'description' && !(a.kind === 'pronoun' && a.personLike)) continue;
    const after = doc.tokens.slice(a.end, Math.min(a.end + 3, s.tEnd)).map((x) => x.lower);
    const before = doc.tokens[a.start - 1]?.lower ?? '';
    if (after.some((w) => SPEECH_VERBS.has(w)) || SPEECH_VERBS.has(before)) return true;
  }
  return false;
}

function makeClaim(article: Article, doc: Doc, s: Sentence, t: Trigger, holder: Holder, actor: string, type: ClaimType, issue: string, regions: string[], span: [number, number], ctx: ReturnType<typeof buildSourceContext>, n: number): Claim {
  const named = onRecord(doc, s);
  const source = sourceFor(doc, s, article.meta, ctx, named);
  const date = dateFor(doc, s, t);
  const mentions: Mention[] = [];
  if (holder.mention) mentions.push({ kind: 'actor', text: doc.text.slice(doc.tokens[holder.mention.start].start, doc.tokens[holder.mention.end - 1].end), span: [doc.tokens[holder.mention.start].start, doc.tokens[holder.mention.end - 1].end], value: actor });
  mentions.push({ kind: 'cue', text: doc.text.slice(doc.tokens[t.start].start, doc.tokens[t.end - 1].end), span: [doc.tokens[t.start].start, doc.tokens[t.end - 1].end], value: type });
  // Places inside the span: from its first token (binary search), not from the sentence's start.
  let lo = s.tStart;
  for (let hi = s.tEnd; lo < hi;) { const mid = (lo + hi) >> 1; if (doc.tokens[mid].start < span[0]) lo = mid + 1; else hi = mid; }
  for (let i = lo; i < s.tEnd && doc.tokens[i].start < span[1]; i++) { const p = doc.placeAt.get(i); if (p && doc.tokens[p.start].start >= span[0] && doc.tokens[p.end - 1].end <= span[1]) mentions.push({ kind: 'place', text: doc.text.slice(doc.tokens[p.start].start, doc.tokens[p.end - 1].end), span: [doc.tokens[p.start].start, doc.tokens[p.end - 1].end], value: p.codes.join('+') }); }
  if (date.span && date.text) mentions.push({ kind: 'date', text: date.text, span: date.span, value: isoDate(date.value) });
  // Target: the first other party named in the scope, for demands, threats and refusals.
  let target: string | undefined;
  if (type === 'DEMAND' || type === 'THREATEN' || type === 'REJECT') {
    const other = (doc.actorsBySentence.get(s.index) ?? []).find((a) => a.codes.length === 1 && a.codes[0] !== actor && doc.tokens[a.start].start >= span[0] && doc.tokens[a.start].start < span[1]);
    target = other?.codes[0];
  }
  const claim: Claim = {
    id: `${article.id}#${n + 1}`, doc: article.id, actor, type, issue, regions: [...regions], date, source,
    conditions: [], modality: t.modality, negated: t.negated,
    quote: doc.text.slice(span[0], span[1]), span, rawSpan: toRawSpan(article.offsets, span),
    sentence: [s.start, s.end], rule: t.rule, evidence: [], mentions,
  };
  if (target) claim.target = target;
  return claim;
}

const IF_WORDS = new Set(['if', 'provided', 'unless']);

function conditionDemands(article: Article, doc: Doc, s: Sentence, mains: Claim[], ctx: ReturnType<typeof buildSourceContext>, n: number): Claim[] {
  const out: Claim[] = [];
  // "not ready to discuss a ceasefire until Ukrainian troops leave Kursk": a refusal until Y demands Y.
  const offers = mains.filter((c) => c.type === 'OFFER' || c.type === 'ACCEPT' || c.type === 'REJECT');
  if (!offers.length) return out;
  const { tokens } = doc;
  for (let i = s.tStart; i < s.tEnd; i++) {
    const w = tokens[i].lower;
    const asLong = w === 'as' && tokens[i + 1]?.lower === 'long' && tokens[i + 2]?.lower === 'as';
    const until = w === 'until';
    if (!IF_WORDS.has(w) && !asLong && !until) continue;
    // if/as long as condition offers; until conditions refusals.
    if (until !== offers.some((c) => c.type === 'REJECT')) continue;
    // "if necessary", "if needed": a hedge, not a condition.
    if (w === 'if' && ['necessary', 'needed', 'required', 'possible', 'so'].includes(tokens[i + 1]?.lower ?? '')) continue;
    let e = i + (asLong ? 3 : 1);
    while (e < s.tEnd && tokens[e].text !== ',' && tokens[e].text !== ';') e++;
    const cond: Trigger = { start: i, end: i + (asLong ? 3 : 1), type: 'DEMAND', cue: null, rule: 'if-condition', negated: false, nominal: false, complement: true, modal: false, object: 'after', modality: 'conditional', exchange: false };
    const items = itemsOf(doc, cond.end, e, cond).filter((it) => it.regions.length || it.issue !== 'talks');
    // "as long as it does not involve a NATO presence": a negated condition rules something out.
    const negatedCondition = tokens.slice(cond.end, e).some((x) => x.lower === 'not' || x.lower === 'no' || x.lower === 'never' || x.lower === 't');
    const condType: ClaimType = negatedCondition ? 'REJECT' : 'DEMAND';
    for (const main of offers.filter((c) => (c.type === 'REJECT') === until)) {
      if (tokens[i].start < main.span[0] - 2 && tokens[e - 1].end > main.span[0]) continue;
      for (const item of items) {
        const holder: Holder = { codes: [main.actor], mention: null, via: 'carried' };
        const c = makeClaim(article, doc, s, cond, holder, main.actor, condType, item.issue, item.regions, [tokens[i].start, tokens[Math.max(item.end, cond.end) - 1].end], ctx, n + out.length);
        out.push(c);
        main.conditions.push(c.id);
      }
    }
    i = e;
  }
  return out;
}

/** "if this demand was accepted", "if its root causes were solved", "as long as …": link to the claim the condition names. */
function linkIfConditions(doc: Doc, claims: Claim[]): void {
  const sentenceAt = new Map(doc.sentences.map((x) => [x.start, x] as const));
  for (const [n, c] of claims.entries()) {
    if (c.modality !== 'conditional' || c.rule === 'if-condition') continue;
    const s = sentenceAt.get(c.sentence[0]);
    if (!s) continue;
    const words = doc.tokens.slice(s.tStart, s.tEnd);
    const at = words.findIndex((w, i) => (w.lower === 'if' || w.lower === 'unless' || (w.lower === 'as' && words[i + 1]?.lower === 'long')) && w.start >= c.span[0] - 200);
    if (at < 0) continue;
    const clause = words.slice(at).map((w) => w.lower).join(' ');
    const issues = new Set<string>();
    for (let i = s.tStart + at; i < s.tEnd; i++) for (const v of doc.issueAt.get(i)?.values ?? []) issues.add(v.issue);
    const refersToDemand = /\b(demand|demands|conditions?|this)\b/.test(clause);
    // Claims are in text order: the last candidate is among those up to this sentence's end (bounded look-back).
    let upTo = n;
    while (upTo + 1 < claims.length && claims[upTo + 1].sentence[0] === c.sentence[0]) upTo++;
    let pick: Claim | undefined;
    for (let i = upTo; !pick && i >= Math.max(0, upTo + 1 - LOOKBACK); i--) {
      const o = claims[i];
      if (o !== c && o.doc === c.doc && o.span[0] <= c.span[0] && (issues.has(o.issue) || (refersToDemand && o.type === 'DEMAND')) && o.type !== c.type) pick = o;
    }
    if (pick && !c.conditions.includes(pick.id)) c.conditions.push(pick.id);
  }
}


export type { Trigger };
