// A stance on "the deal", "the agreement", "the scheme", "both options" — a noun of an agreement or an arrangement with
// only a definite determiner before it and nothing of its own after it — is on what that agreement was named for
// when the article introduced it: "Kyiv and Moscow reached a prisoner-exchange deal on Monday. … Zelensky welcomed
// the deal" accepts the exchange (humanitarian), "Belgrade and Pristina agreed a border-crossing arrangement. Serbia
// would not take part in the scheme" refuses that (issue 7, referent resolution). The antecedent is the latest earlier
// mention of the same noun, within a bounded window, whose own noun phrase names an issue ("a ceasefire agreement",
// "a deal on prisoner exchanges"); a re-mention that names nothing ("the deal was signed") is passed over, and a
// mention that names two issues, or none within the window, leaves the stance as it was (no guess).
// Spec rule 9 is kept: "a peace deal", "the peace agreement" name a whole settlement, and a stance on it is talks.
// Words: rules.json content/referred-agreement.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { strongestIssue } from '../annotate/lexicon-index.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import type { Claim } from './types.js';
import { defineRule } from './rules/registry.js';

export const sameAgreement = defineRule({
  id: 'content/same-agreement', stage: 'content',
  reason: '"The United States and Russia agreed to ensure safe navigation in the Black Sea. Ukraine agreed to the same arrangement": an agreement noun after "the same" (or "a similar") that no earlier mention names is the stance just reported of other parties, in its sentence or the one before: their one issue and places; several issues give nothing.',
});

export const referredAgreement = defineRule({
  id: 'content/referred-agreement', stage: 'content',
  reason: 'A stance whose whole object is a definite noun of an agreement or arrangement that names nothing itself ("welcomed the deal", "would not take part in the scheme", "opposed both options", "would return to the agreement") is on the one issue that the latest earlier mention of the same noun named in its own noun phrase ("a prisoner-exchange deal", "an agreement on a ceasefire", "the reparations-loan scheme"), within a bounded window of sentences; a mention naming two issues, or none found, gives nothing.',
});

/** How far back (sentences) the antecedent mention may be; past it, the article's first sentences (its lead). */
const LOOKBACK_SENTENCES = 15;
const LEAD_SENTENCES = 4;

const singular = (w: string) => w.replace(/s$/, '');

/** The head of the object at the stance's cue: one of 'nouns' after a definite determiner, past up to two modifiers,
 * with nothing of its own after it; -1 when there is none. */
function anaphoricHead(doc: Doc, s: Sentence, t: Trigger): number {
  if (t.object === 'before' || t.exchange) return -1;
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(referredAgreement.id, list);
  let j = t.end;
  // ("would return to the deal", "would not take part in the scheme": a particle or preposition, and "part".)
  for (let n = 0; n < 2 && j < s.tEnd && w('bridges').has(tokens[j].lower); n++) j++;
  // (An indefinite one only before a word of likeness: "reached a similar understanding".)
  const likeness = (tokens[j]?.lower === 'a' || tokens[j]?.lower === 'an') && w('sameWords').has(tokens[j + 1]?.lower ?? '');
  if (j >= s.tEnd || !(w('determiners').has(tokens[j].lower) || likeness)) return -1;
  j++;
  const nouns = w('nouns');
  for (let n = 0; n < 3 && j < s.tEnd; n++, j++) {
    const x = tokens[j];
    if (!x.word) return -1;
    if (nouns.has(x.lower)) {
      // (Its own content after it: "the deal to free the hostages", "the agreement on Nagorno-Karabakh", "the deal
      // it quit" are read by the other rules.)
      const next = tokens[j + 1];
      if (j + 1 < s.tEnd && next?.word && !w('after').has(next.lower)) return -1;
      return j;
    }
    // (A modifier that only says which agreement, not what it is about: "the new deal", "the same scheme", "the Riyadh
    // arrangement", "the US-Russian understanding"; "the grain deal" names its own content.)
    if (!w('modifiers').has(x.lower) && !x.cap) return -1;
  }
  return -1;
}

/** The issues named in the noun phrase of the mention at `k`: the words before it up to its determiner, and a phrase
 * "on/for/over …" after it, up to a clause mark. */
export function mentionIssues(doc: Doc, k: number): { named: Set<string>; from: number; to: number } {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(referredAgreement.id, list);
  const s = doc.sentences[doc.sentenceOf[k]];
  let from = k;
  for (let n = 0; n < 5 && from > s.tStart; n++) {
    const x = tokens[from - 1];
    if (!(x.word || x.text === '-')) break;
    from--;
    if (w('determiners').has(x.lower) || w('openers').has(x.lower)) break;
  }
  let to = k + 1;
  if (to < s.tEnd && w('contentPrepositions').has(tokens[to].lower)) {
    to++;
    for (let n = 0; n < 8 && to < s.tEnd && (tokens[to].word || tokens[to].text === '-') && !w('clauseWords').has(tokens[to].lower); n++) to++;
  }
  else {
    // ("signed separate agreements with Turkey and the United Nations in Istanbul on Friday to reopen the Black Sea
    // ports to grain exports": the purpose after the parties, place and day it was made with says what it is for,
    // content/referred-agreement 'framePrepositions'.)
    const purpose = purposeAfter(doc, s, k + 1);
    if (purpose >= 0) {
      to = purpose + 1;
      for (let n = 0; n < 10 && to < s.tEnd && (tokens[to].word || tokens[to].text === '-' || tokens[to].text === "'") && !w('clauseWords').has(tokens[to].lower); n++) to++;
    }
  }
  const named = new Set<string>();
  const skip = w('skipIssues');
  for (let j = from; j < to; j++) {
    const term = doc.issueAt.get(j);
    if (!term || term.end > to) continue;
    const best = strongestIssue(term.values);
    if (best && !skip.has(best.issue)) named.add(best.issue);
  }
  return { named, from, to };
}

/** The "to" of a purpose infinitive right after an agreement noun, past up to three phrases saying with whom, where or
 * when it was made ("with Turkey and the UN", "in Istanbul", "on Friday"); -1 when there is none. */
function purposeAfter(doc: Doc, s: Sentence, j: number): number {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(referredAgreement.id, list);
  const frame = w('framePrepositions');
  for (let phrases = 0; phrases <= 3 && j < s.tEnd; phrases++) {
    const x = tokens[j];
    if (x.lower === 'to') {
      // (An infinitive: a lower-case word after "to" that is no determiner, "to reopen"; not "to the UN", "to Kyiv", nor
      // a gerund, "ties the truce to lifting sanctions".)
      const v = tokens[j + 1];
      return v?.word && !v.cap && !w('determiners').has(v.lower) && !w('openers').has(v.lower) && !/ing$/.test(v.lower) ? j : -1;
    }
    if (!frame.has(x.lower)) return -1;
    // (The phrase: its words up to the next frame preposition or "to", at most eight.)
    j++;
    for (let n = 0; n < 8 && j < s.tEnd && (tokens[j].word || tokens[j].text === '-') && !frame.has(tokens[j].lower) && tokens[j].lower !== 'to'; n++) j++;
  }
  return -1;
}

export const cargoAgreement = defineRule({
  id: 'content/cargo-agreement', stage: 'content',
  reason: 'An agreement whose mention names no issue but a cargo shipped by sea ("signed agreements with Turkey and the UN to reopen the Black Sea ports to grain exports", "the grain deal", "a deal to let wheat leave the ports") is a sea-lane deal: the truce at sea it holds, ceasefire, as issues.json reads the corridor it opens and content/undone-step the deal a party is asked to return to; a stance on it referred back ("welcomed the agreement") is on the ceasefire. Only when the mention names no issue of its own ("Russian food and fertiliser exports" are sanctions, which outrank it).',
});

/** Whether the words of a mention's phrase name a cargo shipped by sea (rules.json content/cargo-agreement 'cargoWords'). */
export function cargoNamed(doc: Doc, s: Sentence, from: number, to: number): boolean {
  const cargo = doc.index.words(cargoAgreement.id, 'cargoWords');
  for (let j = from; j < to; j++) if (cargo.has(doc.tokens[j].lower)) return true;
  // ("to reopen the Black Sea ports to grain exports": the purpose's own "to" phrase, which ends the mention's content
  // at its clause word, names the cargo in its first two words.)
  if (doc.tokens[to]?.lower === 'to') for (let j = to + 1; j < Math.min(to + 3, s.tEnd); j++) if (cargo.has(doc.tokens[j].lower)) return true;
  return false;
}

export interface ReferredAgreement { items: IssueItem[]; mention: string; same?: boolean }

/** The item of the agreement a stance's object refers back to, and the words of the mention it was read from
 * (content/referred-agreement); else null. */
export function referredAgreementItems(doc: Doc, s: Sentence, t: Trigger, othersOf: () => Claim[] = () => []): ReferredAgreement | null {
  const head = anaphoricHead(doc, s, t);
  if (head < 0) return null;
  const { tokens } = doc;
  const want = singular(tokens[head].lower);
  const kin = doc.index.words(referredAgreement.id, 'kin');
  const kinHead = kin.has(tokens[head].lower);
  // (Sentence by sentence, newest first: the mentions of one sentence together, so that "a deal on a truce and a
  // prisoner exchange" names two issues even though "a truce" is a mention of its own.)
  // (Past the window, the article's lead: the agreement the story is about is named there, "Russia and Ukraine signed
  // separate agreements … to reopen the Black Sea ports to grain exports" heading a report whose reactions come twenty
  // sentences later.)
  const windowFrom = Math.max(0, s.index - LOOKBACK_SENTENCES);
  const order: number[] = [];
  for (let i = s.index; i >= windowFrom; i--) order.push(i);
  for (let i = Math.min(LEAD_SENTENCES, windowFrom) - 1; i >= 0; i--) order.push(i);
  for (const i of order) {
    const x = doc.sentences[i];
    const end = i === s.index ? t.start : x.tEnd;
    const named = new Set<string>();
    const regions = new Set<string>();
    let mention = '';
    for (let k = x.tStart; k < end; k++) {
      if (!tokens[k].word || (singular(tokens[k].lower) !== want && !(kinHead && kin.has(tokens[k].lower)))) continue;
      const m = mentionIssues(doc, k);
      // ("signed agreements with Turkey and the UN to reopen the Black Sea ports to grain exports", "the grain deal": a
      // sea-lane deal named by its cargo, and by no issue, is the truce at sea it holds, content/cargo-agreement.)
      if (!m.named.size && cargoNamed(doc, x, m.from, m.to)) m.named.add('ceasefire');
      if (!m.named.size) continue;
      for (const v of m.named) named.add(v);
      // (The places the mention names go with it: "an agreement on the withdrawal of troops from Lachin".)
      for (let j = m.from; j < m.to; j++) for (const code of doc.placeAt.get(j)?.codes ?? []) regions.add(code);
      mention ||= doc.text.slice(doc.tokens[m.from].start, doc.tokens[m.to - 1].end);
    }
    if (named.size === 0) continue;
    if (named.size > 1) return null;
    return { items: [{ issue: [...named][0], regions: [...regions], start: t.start, end: head + 1 }], mention };
  }
  // ("agreed to the same arrangement": what other parties just agreed, content/same-agreement.)
  // (The other parties' claims are gathered only here, past the head: most objects have no agreement noun at all.)
  const others = sameAt(doc, t, head) ? othersOf() : [];
  if (others.length) {
    const since = doc.sentences[Math.max(0, s.index - 1)].start;
    const recent = others.filter((c) => c.sentence[0] >= since && c.issue !== 'other' && c.span[1] <= doc.tokens[t.start].start);
    const issues = [...new Set(recent.map((c) => c.issue))];
    if (issues.length === 1) {
      const regions = [...new Set(recent.flatMap((c) => c.regions))];
      return { items: [{ issue: issues[0], regions, start: t.start, end: head + 1 }], mention: `the same as ${recent[recent.length - 1].actor} ${recent[recent.length - 1].type}`, same: true };
    }
  }
  return null;
}

/** Whether "same" or "similar" stands among the words between the stance's cue and the head. */
function sameAt(doc: Doc, t: Trigger, head: number): boolean {
  const same = doc.index.words(referredAgreement.id, 'sameWords');
  for (let j = t.end; j < head; j++) if (same.has(doc.tokens[j].lower)) return true;
  return false;
}
