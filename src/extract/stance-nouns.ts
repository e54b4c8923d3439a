// Stance nouns and the holders named inside their noun phrase (issue 7): "a US-backed proposal", "a
// Kremlin-endorsed plan", "Congress-approved guarantees". A participle after a hyphen is a modifier, never the
// sentence's stance (trigger/participle-modifier); the party on its left is the one that backs or authors
// what the noun names, so it holds the noun's stance ("Kyiv rejected a US-backed proposal to cede Donetsk" is
// UKR REJECT and USA PROPOSE). Word lists: lexicon/data/rules.json under each rule's id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { ActorMention } from '../annotate/mentions.js';
import type { ClaimType } from './types.js';
import type { Trigger } from './triggers.js';
import type { HolderRule } from './holder.js';
import { defineRule } from './rules/registry.js';

/** The party hyphened to a participle of backing or authoring that ends at `dash` ("US" in "US-backed"), if any. */
function hyphenParty(doc: Doc, list: ActorMention[], dash: number): ActorMention | undefined {
  if (doc.tokens[dash]?.text !== '-') return undefined;
  // ("a Russia-Ukraine deal": two parties hyphened together are the deal's sides, not its sponsor.)
  const m = list.find((a) => a.end === dash && !a.possessive && a.kind !== 'pronoun' && a.kind !== 'document' && a.codes.length > 0);
  if (!m || doc.tokens[m.start - 1]?.text === '-') return undefined;
  return m;
}

/** Modifier words between a participle and its noun: no determiner, verb or clause word ("a US-backed 12-point peace proposal"). */
function modifiersOnly(doc: Doc, from: number, to: number): boolean {
  const stops = doc.index.words(hyphenHolder.id, 'notModifiers');
  for (let j = from; j < to; j++) {
    const x = doc.tokens[j];
    if (x.text === '-') continue;
    if (!x.word || stops.has(x.lower)) return false;
  }
  return true;
}

export const hyphenHolder: HolderRule = defineRule({
  id: 'holder/hyphen-party', stage: 'holder',
  reason: 'A stance noun modified by a party and a participle of backing or authoring after a hyphen ("a US-backed proposal", "the Kremlin-endorsed plan", "a Turkish-drafted memorandum") is held by that party: it backs or authors what the noun proposes, demands or offers; the sentence\'s subject may take its own stance on it ("Kyiv rejected a US-backed proposal": UKR REJECT, USA PROPOSE).',
  find({ doc, t, list }) {
    if (!t.cue) return;
    const nouns = doc.index.words('holder/noun-needs-possessor');
    if (!t.nominal && !nouns.has(doc.tokens[t.start].lower)) return;
    const participles = doc.index.words(hyphenHolder.id);
    // "a US-backed proposal", "a US-backed 12-point peace proposal": the participle at most four modifiers before the noun.
    for (let p = t.start - 1; p >= Math.max(1, t.start - 5); p--) {
      if (!participles.has(doc.tokens[p].lower)) continue;
      const m = hyphenParty(doc, list, p - 1);
      if (m && modifiersOnly(doc, p + 1, t.start)) return { codes: [...m.codes], mention: m, via: 'possessor' };
      return;
    }
  },
});

export const partyModifier = defineRule({
  id: 'candidate/party-modifier', stage: 'candidate',
  reason: 'A participle of backing or authoring after a party and a hyphen, before a noun phrase that names an issue ("Congress-approved guarantees", "a Kremlin-endorsed truce", "an EU-drafted sanctions package"), is that party\'s stance on what the phrase names and on nothing beyond it: backing accepts, drafting or proposing proposes. A phrase that names no issue ("Kremlin-backed newspaper", "Russian-backed separatists") and a stance noun, which holds the stance itself (holder/hyphen-party), give none.',
});

export interface ModifierHit { trigger: Trigger; detail: string }

/** Triggers for "PARTY-participle [modifiers] issue-noun": the content is the noun phrase only. */
export function partyModifierCandidates(doc: Doc, s: Sentence, raw: Trigger[]): ModifierHit[] {
  const { tokens } = doc;
  const out: ModifierHit[] = [];
  let dash = -1;
  for (let j = s.tStart + 1; j < s.tEnd - 1 && dash < 0; j++) if (tokens[j].text === '-') dash = j;
  if (dash < 0) return out;
  const accepting = doc.index.words(partyModifier.id, 'accepting');
  const proposing = doc.index.words(partyModifier.id, 'proposing');
  const list = doc.actorsBySentence.get(s.index) ?? [];
  const nouns = doc.index.words('holder/noun-needs-possessor');
  for (let j = dash; j < s.tEnd - 2; j++) {
    if (tokens[j].text !== '-') continue;
    const w = tokens[j + 1].lower;
    const type: ClaimType | null = accepting.has(w) ? 'ACCEPT' : proposing.has(w) ? 'PROPOSE' : null;
    const party = type && hyphenParty(doc, list, j);
    if (!type || !party) continue;
    // The noun phrase: modifiers up to its head, at most four words; an issue term must stand in it.
    // (The phrase ends with its first issue term: "Congress-approved security guarantees for Kyiv".)
    let e = j + 2, issue = false;
    while (e < s.tEnd && e - j <= 6 && !issue && modifiersOnly(doc, e, e + 1)) {
      const term = doc.issueAt.get(e);
      if (term) { issue = true; e = term.end; } else e++;
    }
    if (!issue) continue;
    // A stance noun in the phrase holds the stance itself ("a US-backed proposal": holder/hyphen-party).
    if (raw.some((r) => r.start > j && r.start < e && (r.nominal || nouns.has(tokens[r.start].lower)))) continue;
    // The trigger spans the party and its participle ("Moscow-endorsed"): the party inside it holds it (holder/possessor).
    const trigger: Trigger = { start: party.start, end: j + 2, type, cue: null, rule: 'party-modifier', negated: false, nominal: true, complement: false, modal: false, object: 'after', modality: 'asserted', exchange: false, contentEnd: e };
    out.push({ trigger, detail: `${tokens[j + 1].lower} modifies “${doc.text.slice(tokens[j + 2].start, tokens[e - 1].end)}”` });
    j = e - 1;
  }
  return out;
}
