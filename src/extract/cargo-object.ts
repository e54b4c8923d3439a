// A stance whose own object is an agreement named by the cargo it lets through ("Russia and Ukraine signed separate
// agreements with Turkey and the UN to reopen the Black Sea ports to grain exports", "signed agreements on Friday that
// would allow millions of tonnes of grain to leave by sea", "asked the G20 to support the extension of the grain
// export deal") is on the sea-lane deal, the truce at sea it holds: ceasefire, as content/cargo-agreement reads the same
// mention when a later stance refers back to it ("welcomed the agreement"), and as issues.json reads the corridor it
// opens. Only when the agreement's mention names no issue of its own ("a deal on Russian food and fertiliser exports"
// is sanctions, "a deal on prisoners" humanitarian) and the cargo is named in the mention itself, its purpose ("to
// reopen the ports to grain exports") or a relative clause of what it lets happen ("that would allow … grain …").
// Words: rules.json content/cargo-object.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';
import { cargoAgreement, cargoNamed, mentionIssues } from './referred-agreement.js';

export const cargoObject = defineRule({
  id: 'content/cargo-object', stage: 'content',
  reason: 'A stance whose own object (within a few words after its cue, past a bridge such as "to" or "the extension of") is a noun of an agreement (\'nouns\': "agreements", "deal", "initiative") whose mention names no issue but a cargo shipped by sea (content/cargo-agreement \'cargoWords\': "grain", "wheat", "food"), in its own phrase, its purpose infinitive or a relative clause of letting (\'relatives\' + \'effects\': "that would allow … grain"), is on the truce at sea the sea-lane deal holds, ceasefire ("Kyiv and Moscow signed separate agreements with Ankara and the UN to reopen the ports to grain exports", "Ethiopia backed the extension of the Red Sea wheat deal"). Not a deal naming an issue of its own ("a deal on Russian fertiliser exports", sanctions), nor one with no cargo ("signed agreements with Turkey").',
});

const words = (doc: Doc, list: string) => doc.index.words(cargoObject.id, list);

/** The head of the agreement noun that is the stance's object, or -1. */
function objectHead(doc: Doc, s: Sentence, t: Trigger): number {
  const { tokens } = doc;
  const nouns = words(doc, 'nouns'), stops = words(doc, 'stops'), bridges = words(doc, 'bridges');
  let j = t.end;
  for (let n = 0; n < 2 && j < s.tEnd && bridges.has(tokens[j].lower); n++) j++;
  // (The head within eight words: "separate agreements", "the indefinite extension of the Black Sea grain export deal".)
  const limit = Math.min(s.tEnd, j + 10);
  for (; j < limit; j++) {
    const x = tokens[j];
    if (!(x.word || x.text === '-')) return -1;
    if (nouns.has(x.lower)) return j;
    if (stops.has(x.lower)) return -1;
    // ("the extension of the grain deal": "of" only after a noun of a step taken on the deal itself; "raise the issue of
    // the grain deal" talks about it.)
    if (x.lower === 'of' && !words(doc, 'steps').has(tokens[j - 1]?.lower ?? '')) return -1;
  }
  return -1;
}

/** Whether a relative clause after the mention ("that would allow … grain …") names a cargo it lets through. */
function relativeCargo(doc: Doc, s: Sentence, from: number): boolean {
  const { tokens } = doc;
  const relatives = words(doc, 'relatives'), effects = words(doc, 'effects');
  const cargo = doc.index.words(cargoAgreement.id, 'cargoWords');
  const end = Math.min(s.tEnd, from + 14);
  for (let j = from; j < end; j++) {
    const x = tokens[j];
    if (x.text === ';' || x.text === ':') return false;
    if (!relatives.has(x.lower)) continue;
    for (let k = j + 1; k < Math.min(s.tEnd, j + 4); k++) {
      if (!effects.has(tokens[k].lower)) continue;
      for (let c = k + 1; c < Math.min(s.tEnd, k + 10); c++) {
        if (tokens[c].text === ',' || tokens[c].text === ';') break;
        if (cargo.has(tokens[c].lower)) return true;
      }
      return false;
    }
    return false;
  }
  return false;
}

/** The ceasefire item of a stance on a sea-lane deal named by its cargo (content/cargo-object); else none. */
export function cargoObjectItems(doc: Doc, s: Sentence, t: Trigger, to: number): IssueItem[] {
  if (t.object === 'before' || t.exchange || t.nominal) return [];
  // (Agreeing to or joining the deal only: "signed", "backs", "would take part in"; see 'types'.)
  const types = words(doc, 'types');
  if (!types.has(t.type) && !types.has(t.type.toLowerCase())) return [];
  const head = objectHead(doc, s, t);
  if (head < 0) return [];
  const m = mentionIssues(doc, head);
  if (m.named.size) return [];
  // (The cargo after the noun, in its purpose or a relative clause: "agreements … to reopen the ports to grain exports".
  // A modifier before it, "supported the grain deal", is the deal's name, which content/referred-agreement keeps
  // from being read as anything else.)
  if (!cargoNamed(doc, s, head + 1, m.to) && !relativeCargo(doc, s, m.to)) return [];
  const regions = new Set<string>();
  for (let j = m.from; j < m.to; j++) for (const code of doc.placeAt.get(j)?.codes ?? []) regions.add(code);
  return [{ issue: 'ceasefire', regions: [...regions], start: t.start, end: Math.max(to, head + 1) }];
}
