// Conditions between a sentence's stances (spec §2 `conditions`; issue 7): an offer "if Y", a refusal
// "until/unless Y" and a threat under any condition each state the demand Y, and the stance is conditioned
// on it (claim/if-condition); a conditional stance whose condition names an earlier claim is linked to it
// (claim/if-links). The sentence reader (extract.ts) calls these after it has made a sentence's claims.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Claim, ClaimType } from './types.js';
import type { Trigger } from './triggers.js';
import type { Holder } from './holder.js';
import { itemsOf } from './items.js';
import { defineRule, type TraceSink } from './rules/registry.js';

/** What the condition rules need from the reading of an article (extract.ts's Run). */
export interface ConditionRun {
  doc: Doc;
  claims: Claim[];
  trace?: TraceSink;
  /** How far back (in claims) a look-back goes (extract.ts's LOOKBACK, issue 10). */
  lookback: number;
  /** Makes a claim of a sentence as the sentence reader does (date, source, target, mentions). */
  makeClaim(s: Sentence, t: Trigger, holder: Holder, actor: string, type: ClaimType, item: { issue: string; regions: string[]; start: number; end: number }, n: number): Claim;
  /** Reports a decision on a trigger to the trace. */
  note(rule: string, decision: 'drop' | 'change' | 'keep' | 'holder' | 'claim', t: Trigger, detail: string): void;
}

const ifCondition = defineRule({
  id: 'claim/if-condition', stage: 'claim',
  reason: 'An offer "if/as long as/provided Y" (or "Should Y, …") yields the demand Y of the same holder (a refusal when Y is negated: "as long as it does not involve a NATO presence"); a refusal "until/unless Y" the demand Y ("not ready to discuss a ceasefire until Ukrainian troops leave Kursk"); a threat under any condition the demand Y ("would add tariffs if Russia did not negotiate", "will blockade the ports if Kyiv keeps attacking tankers"). The stance is conditioned on it. Hedges ("if necessary") are no conditions.',
});

/** Cheap gate: most sentences have no condition word at all. */
export function hasConditionWord(doc: Doc, s: Sentence): boolean {
  const ifWords = doc.index.words(ifCondition.id);
  for (let i = s.tStart; i < s.tEnd; i++) {
    const w = doc.tokens[i].lower;
    if (ifWords.has(w) || w === 'until' || w === 'unless' || w === 'long' || (w === 'should' && i === s.tStart) || conditionPhraseAt(doc, i)) return true;
  }
  return false;
}

/** A word list's phrases split into words, once per list: split again at every "the" of a sentence they were ~2% of the extractor's time (speed, issue 7). */
const splitLists = new WeakMap<Set<string>, string[][]>();
function splitPhrases(list: Set<string>): string[][] {
  let split = splitLists.get(list);
  if (!split) { split = [...list].map((p) => p.split(' ')); splitLists.set(list, split); }
  return split;
}

/** Length of a multi-word condition conjunction at token i ("on condition that", "as soon as", "the moment"), else 0. */
function conditionPhraseAt(doc: Doc, i: number): number {
  const first = doc.index.words(ifCondition.id, 'phraseStarts');
  if (!first.has(doc.tokens[i].lower)) return 0;
  for (const ws of splitPhrases(doc.index.words(ifCondition.id, 'phrases'))) {
    if (ws.every((x, k) => doc.tokens[i + k]?.lower === x)) {
      // "once" and "the moment" need a clause with its own subject after them ("once Kyiv and Moscow sign …").
      if (ws.length === 1 || ws[0] === 'the') {
        const next = (doc.actorsBySentence.get(doc.sentenceOf[i]) ?? []).some((a) => a.start >= i + ws.length && a.start <= i + ws.length + 2 && !a.possessive);
        if (!next) return 0;
      }
      return ws.length;
    }
  }
  return 0;
}

/** Makes the demands in the conditions of this sentence's stances; adds to `dropped` the stances they replace. */
export function conditionDemands(run: ConditionRun, s: Sentence, mains: Claim[], n: number, dropped: Set<Claim>): Claim[] {
  const { doc } = run;
  const out: Claim[] = [];
  const stances = mains.filter((c) => c.type === 'OFFER' || c.type === 'ACCEPT' || c.type === 'REJECT' || c.type === 'THREATEN');
  if (!stances.length) return out;
  const { tokens } = doc;
  const ifWords = doc.index.words(ifCondition.id);
  const hedges = doc.index.words(ifCondition.id, 'hedges');
  const negs = doc.index.words(ifCondition.id, 'negations');
  for (let i = s.tStart; i < s.tEnd; i++) {
    const w = tokens[i].lower;
    const asLong = w === 'as' && tokens[i + 1]?.lower === 'long' && tokens[i + 2]?.lower === 'as';
    // "Should Moscow sign up to a truce, Washington would …": an inverted condition at the head of the sentence.
    const inverted = w === 'should' && i === s.tStart;
    // "on condition that", "as soon as", "provided that", "the moment Kyiv …": conditions of several words.
    const phrase = asLong || inverted || ifWords.has(w) || w === 'until' || w === 'unless' ? 0 : conditionPhraseAt(doc, i);
    const kind = asLong || inverted || phrase ? 'if' : w === 'until' ? 'until' : w === 'unless' ? 'unless' : ifWords.has(w) ? 'if' : null;
    if (!kind) continue;
    if (w === 'if' && hedges.has(tokens[i + 1]?.lower ?? '')) continue;
    const from = i + (asLong ? 3 : phrase || 1);
    let e = from;
    // The condition ends at a comma, or where a new clause with its own subject begins ("… until Russian troops
    // leave, and Ukraine will not talk until …").
    const actorsHere = doc.actorsBySentence.get(s.index) ?? [];
    const newClause = (k: number) => (tokens[k].lower === 'and' || tokens[k].lower === 'but' || tokens[k].lower === 'while') && actorsHere.some((a) => a.start === k + 1 && !a.object && !a.possessive && !(a.coordinated && a.coordinated.end === k));
    while (e < s.tEnd && tokens[e].text !== ',' && tokens[e].text !== ';' && !newClause(e)) e++;
    const cond: Trigger = { start: i, end: from, type: 'DEMAND', cue: null, rule: 'if-condition', negated: false, nominal: false, complement: true, modal: false, object: 'after', modality: 'conditional', exchange: false };
    const allItems = itemsOf(doc, from, e, cond);
    const negated = tokens.slice(from, e).some((x) => negs.has(x.lower));
    // A condition after stances qualifies the nearest stance before it ("Moldova will not negotiate until …, and
    // Ukraine will not talk until Russia leaves Sumy": the second condition is Ukraine's alone).
    // (The nearest of all the sentence's stances: "The Kremlin says it will fight … while Kyiv says it will not
    // rest until …" — the condition belongs to Kyiv's demand, not to the threat before it.)
    const before = mains.filter((m) => m.span[0] < tokens[i].start);
    const nearestStart = before.length ? Math.max(...before.map((m) => m.span[0])) : -1;
    const qualified = before.length ? stances.filter((m) => m.span[0] === nearestStart) : stances;
    for (const main of qualified) {
      // Which stances a condition qualifies: an offer or acceptance "if/as long as Y"; a refusal "until/unless Y";
      // a threat under any condition ("… if Kyiv keeps attacking", "unless the EU drops its ban").
      const pairs = main.type === 'THREATEN' || (main.type === 'REJECT' ? kind !== 'if' : kind !== 'until');
      if (!pairs) continue;
      if (tokens[i].start < main.span[0] - 2 && tokens[e - 1].end > main.span[0]) continue;
      if (tokens[i].start >= main.span[0] && tokens[i].end <= main.span[1] && main.type !== 'THREATEN') continue;
      // A threat's condition is what the threatener wants (done, or stopped); an offer's negated condition
      // ("as long as it does not involve a NATO presence") rules something out.
      const condType: ClaimType = main.type === 'OFFER' || main.type === 'ACCEPT' ? (negated ? 'REJECT' : 'DEMAND') : 'DEMAND';
      const items = main.type === 'THREATEN' ? allItems : allItems.filter((it) => it.regions.length || it.issue !== 'talks');
      for (const item of items) {
        const holder: Holder = { codes: [main.actor], mention: null, via: 'carried' };
        const c = run.makeClaim(s, cond, holder, main.actor, condType, { ...item, start: i, end: Math.max(item.end, cond.end) }, n + out.length);
        out.push(c);
        main.conditions.push(c.id);
        run.note(ifCondition.id, 'claim', cond, `${main.id} conditioned on ${c.id}`);
      }
      // "vowed to fight on until every occupied village is liberated": fighting until Y states the demand Y;
      // it threatens nothing beyond the war itself (challenge FP-T1).
      if (items.length && kind === 'until' && main.type === 'THREATEN' && main.issue === 'ceasefire') dropped.add(main);
    }
    i = e;
  }
  return out;
}

const ifLinks = defineRule({
  id: 'claim/if-links', stage: 'claim',
  reason: '"if this demand was accepted", "if its root causes were solved", "as long as …": a conditional stance is linked to the earlier claim its condition names (by issue, or any demand for "this"/"demands"/"conditions").',
});

export function linkIfConditions(run: ConditionRun): void {
  const { doc, claims } = run;
  const refs = doc.index.words(ifLinks.id, 'references');
  const sentenceAt = new Map(doc.sentences.map((x) => [x.start, x] as const));
  for (const [n, c] of claims.entries()) {
    if (c.modality !== 'conditional' || c.rule === 'if-condition') continue;
    const s = sentenceAt.get(c.sentence[0]);
    if (!s) continue;
    const words = doc.tokens.slice(s.tStart, s.tEnd);
    const at = words.findIndex((w, i) => (w.lower === 'if' || w.lower === 'unless' || (w.lower === 'as' && words[i + 1]?.lower === 'long')) && w.start >= c.span[0] - 200);
    if (at < 0) continue;
    const issues = new Set<string>();
    for (let i = s.tStart + at; i < s.tEnd; i++) for (const v of doc.issueAt.get(i)?.values ?? []) issues.add(v.issue);
    const refersToDemand = words.slice(at).some((w) => refs.has(w.lower));
    // Claims are in text order: the last candidate is among those up to this sentence's end (bounded look-back).
    let upTo = n;
    while (upTo + 1 < claims.length && claims[upTo + 1].sentence[0] === c.sentence[0]) upTo++;
    let pick: Claim | undefined;
    for (let i = upTo; !pick && i >= Math.max(0, upTo + 1 - run.lookback); i--) {
      const o = claims[i];
      if (o !== c && o.doc === c.doc && o.span[0] <= c.span[0] && (issues.has(o.issue) || (refersToDemand && o.type === 'DEMAND')) && o.type !== c.type) pick = o;
    }
    if (pick && !c.conditions.includes(pick.id)) {
      c.conditions.push(pick.id);
      if (run.trace) run.trace({ rule: ifLinks.id, decision: 'change', span: c.span, text: c.quote, detail: `conditioned on ${pick.id}` });
    }
  }
}
