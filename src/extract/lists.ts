// Lists and several parties (issue 7): a list introducer spreads its holder, type and date over its items
// (bullets, following lines, comma items), one claim per item with its own issue; several parties in one
// statement are one claim per party (spec §3 rule 8). The rules here are small and named; their word lists
// are in lexicon/data/rules.json under each rule's id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { MatchRule, Trigger } from './triggers.js';
import type { ClaimType } from './types.js';
import { defineRule } from './rules/registry.js';

export const typedNounWins = defineRule({
  id: 'sentence/typed-list-noun', stage: 'sentence',
  reason: 'A list whose own noun types it ("The paper sets out these conditions: …", "the draft lists Moscow\'s demands: …") keeps that type: the items are the authors\' demands or offers, not the proposal a plan\'s content otherwise is (sentence/plan-proposes), nor a mediator\'s proposal (claim/mediator-proposes): a condition is demanded whoever sets it.',
});

/** The stance's type comes from a typed list noun ("set out these conditions", "Ukraine's demands are …"). */
export function typedList(t: Trigger): boolean {
  return t.typedAt !== undefined || (t.rule === 'list-noun' && t.type !== 'PROPOSE');
}

export const freeRelativeList = defineRule({
  id: 'candidate/free-relative-list', stage: 'candidate',
  reason: '"The Lithuanian minister listed what Vilnius wants from any deal: – …", "What Moscow wants is recognition of …, a neutral Ukraine and …", "spelled out what Baku would offer: …": a free relative "what X wants / would offer" followed by a colon or a copula introduces X\'s list, a demand or an offer by its verb; the items follow the colon or copula (bullets after a colon too).',
});

/**
 * "what" + a party + (a few auxiliaries) + a verb of wanting or offering, then within a few words a colon or a
 * copula: a stance of that party whose items follow. The verb's own cue ("wants" alone names no act) gives way.
 */
export function freeRelativeLists(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const { tokens } = doc;
  let what = -1;
  for (let j = s.tStart; j < s.tEnd; j++) if (tokens[j].lower === 'what') { what = j; break; }
  if (what < 0) return out;
  const words = (list: string) => doc.index.words(freeRelativeList.id, list);
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  for (let j = what; j < s.tEnd; j++) {
    if (tokens[j].lower !== 'what') continue;
    const m = actors.find((a) => (a.start === j + 1 || (a.start === j + 2 && tokens[j + 1].lower === 'the')) && a.codes.length && !a.possessive);
    if (!m) continue;
    let v = m.end;
    while (v < m.end + 3 && words('auxiliaries').has(tokens[v]?.lower ?? '')) v++;
    const w = tokens[v]?.lower ?? '';
    const type: ClaimType | null = words('demand').has(w) ? 'DEMAND' : words('offer').has(w) ? 'OFFER' : null;
    if (!type) continue;
    // The colon or copula that opens the items, before any clause break.
    let open = -1;
    for (let k = v + 1; k < Math.min(s.tEnd, v + 9); k++) {
      const x = tokens[k].lower;
      if (x === ':' || words('copulas').has(x)) { open = k; break; }
      if (!tokens[k].word) break;
    }
    if (open < 0 || open === s.tEnd - 1 && tokens[open].text !== ':') continue;
    // The verb's own cue gives way to the list it introduces.
    for (let q = raw.length - 1; q >= 0; q--) if (raw[q].start <= v && raw[q].end > v) raw.splice(q, 1);
    const trigger: Trigger = { start: v, end: v + 1, type, cue: null, rule: 'free-relative-list', negated: false, nominal: false, complement: true, modal: false, object: 'after', modality: 'asserted', exchange: false, listed: true, typedAt: open };
    out.push({ trigger, detail: `what ${m.codes.join('+')} ${w}: a list` });
    j = open;
  }
  return out;
}

/** Where a list stance's items start: after the colon or copula that opens them. */
export function listOpensAt(t: Trigger): number | undefined {
  return (t.rule === 'list-noun' || t.rule === 'free-relative-list') && t.typedAt !== undefined ? t.typedAt + 1 : undefined;
}

export const amongOpener = defineRule({
  id: 'content/among-opener', stage: 'content',
  reason: '"The envoy set out five principles, among them respect for sovereignty, a halt to …", "Kyiv\'s formula includes, among other points, a full exchange of prisoners, …": "among them / among other points / among others" opens (or closes) a list\'s items and is none of them: the part noun after "other" names the list\'s parts, never an issue.',
});

/** "among them", "among other points", "among the key demands": the token after the phrase, or -1 when none starts at `i`. */
export function amongOpenerEnd(doc: Doc, i: number): number {
  const { tokens } = doc;
  if (!doc.index.words(amongOpener.id, 'heads').has(tokens[i]?.lower ?? '')) return -1;
  const after = doc.index.words(amongOpener.id, 'after');
  const parts = doc.index.words(amongOpener.id, 'parts');
  let k = i + 1;
  if (!after.has(tokens[k]?.lower ?? '')) return -1;
  while (k < i + 5 && (after.has(tokens[k]?.lower ?? '') || parts.has(tokens[k]?.lower ?? ''))) k++;
  return k;
}

export const negatedItemPhrase: MatchRule = defineRule({
  id: 'trigger/negated-item-phrase', stage: 'trigger',
  reason: '"six common understandings, among them de-escalation, no use of nuclear weapons and a peace conference", "calls for no use of force": a predicate cue that starts with "no" and is followed by "of" heads a noun phrase, an item of the list it stands in ("no use" as a predicate, "the plan is of no use", judges what precedes it).',
  apply(t, { doc }) {
    if (t.object !== 'before' || doc.tokens[t.start].lower !== 'no' || doc.tokens[t.end]?.lower !== 'of') return;
    return { drop: `"${doc.text.slice(doc.tokens[t.start].start, doc.tokens[t.end].end)}" heads a noun phrase` };
  },
});
