// Stance nouns and the holders named inside their noun phrase (issue 7): "a US-backed proposal", "a
// Kremlin-endorsed plan", "Congress-approved guarantees". A participle after a hyphen is a modifier, never the
// sentence's stance (trigger/participle-modifier); the party on its left is the one that backs or authors
// what the noun names, so it holds the noun's stance ("Kyiv rejected a US-backed proposal to cede Donetsk" is
// UKR REJECT and USA PROPOSE). Word lists: lexicon/data/rules.json under each rule's id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { ActorMention } from '../annotate/mentions.js';
import type { ClaimType } from './types.js';
import type { MatchRule, Trigger } from './triggers.js';
import type { HolderRule } from './holder.js';
import { defineRule } from './rules/registry.js';
import { defineWordClass } from '../annotate/word-classes.js';

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
    // The pressure resisted ("resisted American pressure to …", candidate/resisted-pressure): its party.
    if (t.rule === 'pressure-noun') {
      const m = list.find((a) => a.start === t.start);
      if (m) return { codes: [...m.codes], mention: m, via: 'possessor' };
      const adj = partyAdjectiveAt(doc, t.start);
      return adj ? { codes: [adj], mention: null, via: 'possessor' } : 'none';
    }
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

const QUOTE_CLOSERS = new Set(['"', '”', "'", '’']);

defineRule({
  id: 'content/relative-refusal', stage: 'content',
  reason: '"calls Moscow\'s document "an ultimatum" that Ukraine will not sign", "a plan which Yerevan would never accept", "the text that Pristina cannot agree": a negated modal of accepting or signing (content/bare-answer \'modalVerbs\') in a relative clause, with no object of its own, refuses the noun the clause describes (content/relative-antecedent), not the last stance of another party; a whole plan or text there is the talks (spec rule 9). A closing quote mark may end that noun.',
});

export const relativeAntecedent = defineRule({
  id: 'content/relative-antecedent', stage: 'content',
  reason: 'A stance in a relative clause on a noun, with its own party subject and no object of its own ("an offer of a truce that Yerevan welcomed", "a plan for talks which Beijing has endorsed", "a prisoner swap Moscow proposed last week", "the ceasefire, which Baku rejected"), is that party\'s stance on the noun it describes: its content is the noun phrase before the relative clause, and it is not the content of the stance that took that noun as its object (sentence/relative-content).',
});

/** A token range [start, end) of an issue term or stance noun covering token `k`, if any. */
function nounAt(doc: Doc, k: number): boolean {
  for (let j = k; j >= Math.max(0, k - 4); j--) { const m = doc.issueAt.get(j); if (m && m.end > k) return true; }
  return doc.index.words(relativeAntecedent.id, 'heads').has(doc.tokens[k]?.lower ?? '');
}

/**
 * The noun phrase a relative-clause stance describes, as a token range, or null when `t` is no such stance:
 * its holder is the party right before it (past auxiliaries and adverbs), a relative pronoun or a noun stands
 * before that party, and nothing after the verb is its object. `floor`: where the phrase may start at the
 * earliest (the end of the stance before it in the sentence).
 */
export function relativeStance(doc: Doc, s: Sentence, t: Trigger, m0: ActorMention | null, floor: number): [number, number] | null {
  // ("a ceiling Kyiv has said it can live with": the party that reports its own stance, reportedRelative.)
  const reported = m0 ? reportedSubject(doc, s, m0, t) : null;
  const m = reported?.party ?? m0;
  const { tokens } = doc;
  // ("an ultimatum that Kyiv will not sign", "a plan which Yerevan would never accept": a negated modal of accepting or
  // signing with no object of its own refuses the noun the clause describes, content/relative-refusal.)
  const refusal = !t.cue && t.rule === 'modal-not' && doc.index.words('content/bare-answer', 'modalVerbs').has(tokens[t.end - 1]?.lower ?? '');
  const w = (list: string) => doc.index.words(relativeAntecedent.id, list);
  // ("the 300 children it wants returned": a pronoun subject only for a wish done to the noun of a contact clause,
  // content/relative-coordination.)
  const pronounWish = !!m && m.kind === 'pronoun' && m.codes.length > 0 && pronounWishAt(doc, s, t, m);
  if (!m || m.possessive || m.object || (m.kind === 'pronoun' && !pronounWish) || m.kind === 'document' || t.nominal || t.modal || t.object !== 'after' || (!t.cue && !refusal)) return null;
  // The party and the verb: "which Beijing has (long) endorsed", "Moscow proposed".
  const between = w('between');
  for (let j = reported?.end ?? m.end; j < t.start; j++) if (!between.has(tokens[j].lower)) return null;
  // Nothing after the verb is its object: the clause ends, or a time or manner follows ("last week", "outright").
  const next = tokens[t.end];
  if (next && t.end < s.tEnd && next.word && !w('after').has(next.lower) && !(t.cue?.id === 'want' && w('wantedDone').has(next.lower)) && !/ly$/.test(next.lower)) return null;
  // ('told reporters in Doha that Qatar would continue to "promote talks"': a quotation opening right after the verb
  // is its object, the clause goes on.)
  if (next && t.end + 1 < s.tEnd && next.text === '"' && tokens[t.end + 1].word && tokens[t.end + 1].start === next.end) return null;
  // ("a 30-day ceasefire, which Kyiv and Europe had demanded": the relative word stands before the first of the
  // coordinated parties, content/relative-coordination; only for a demand or a wish: "the document Witkoff and
  // Dmitriev drafted in October" describes a text, no proposal read from it.)
  let r = (t.type === 'DEMAND' ? firstCoordinated(doc, s, m) : m).start - 1;
  if (r < s.tStart) return null;
  let end: number;
  // ("a list of 339 children whose return Ukraine demands": the noun after "whose" is what is wanted of the head;
  // the phrase runs on through it.)
  if (tokens[r - 1]?.lower === 'whose' && tokens[r].word && !tokens[r].cap && r - 2 >= s.tStart && tokens[r - 2].word) {
    end = r + 1;
  } else if (tokens[r].lower === 'that' || tokens[r].lower === 'which' || tokens[r].lower === 'whom') {
    end = tokens[r - 1]?.text === ',' ? r - 1 : r;
    // ('called the document "an ultimatum" that Kyiv will not sign': a closing quote mark ends the noun phrase.)
    if (refusal && QUOTE_CLOSERS.has(tokens[end - 1]?.text ?? '') && tokens[end - 2]?.word) end--;
    if (end - 1 < s.tStart || !tokens[end - 1].word) return null;
    // ("said that Moscow rejected …": a complement clause, not a relative one.)
    if (doc.index.words('speech-verbs').has(tokens[end - 1].lower) || w('notHeads').has(tokens[end - 1].lower)) return null;
  } else {
    // A contact clause ("a prisoner swap Moscow proposed"): only on an issue noun, a stance noun or a pro-form
    // ("— something Moscow has sought").
    if (!tokens[r].word || !(nounAt(doc, r) || doc.index.words(appositionContent.id, 'proForms').has(tokens[r].lower))) return null;
    end = r + 1;
  }
  // The phrase: back to its determiner ("an offer of [a 30-day truce] that …"), a clause mark, the stance
  // before it or ten words.
  const determiners = doc.index.words('discourse/documents', 'determiners');
  let start = end - 1;
  while (start > Math.max(s.tStart, floor, end - 10) && !determiners.has(tokens[start].lower) && (tokens[start - 1].word || hyphen(doc, start - 1) || tokens[start - 1].text === "'")) start--;
  if (start >= end) return null;
  return proFormAntecedent(doc, s, [start, end]) ?? [start, end];
}

/**
 * A wish that ends an object relative clause ("children whom Ukraine wants back", "detainees that Armenia wants
 * released", "prisoners whose release Israel wants"): the party right before the cue, a relative pronoun (or "whose"
 * and a noun) before it, and after the cue nothing, or one of 'after' of content/relative-antecedent ("back",
 * "released"), before the clause ends. What is wanted is the noun the clause describes (relativeStance).
 */
export function wantedRelative(doc: Doc, s: Sentence, t: Trigger): boolean {
  const { tokens } = doc;
  const m = (doc.actorsBySentence.get(s.index) ?? []).find((a) => a.end === t.start);
  if (!m || m.possessive || m.object || (m.kind === 'pronoun' && !pronounWishAt(doc, s, t, m))) return false;
  // (Past parties coordinated before it: "which Kyiv and Europe want", content/relative-coordination.)
  const r = firstCoordinated(doc, s, m).start - 1;
  const rel = tokens[r]?.lower === 'that' || tokens[r]?.lower === 'which' || tokens[r]?.lower === 'whom' || tokens[r - 1]?.lower === 'whose';
  // A contact clause ("the 23 detainees Armenia wants released", "the villages Baku wants back"): no relative word,
  // an issue noun or a stance noun right before the party (as content/relative-antecedent reads it), and what is to
  // be done to the noun after the cue ('back' or a participle of 'after'), so that "the talks Russia wants to …"
  // stays the verb's own.
  if (!rel) {
    if (!tokens[r]?.word || tokens[r].cap || !nounAt(doc, r) || doc.index.words(relativeAntecedent.id, 'notHeads').has(tokens[r].lower)) return false;
    const next = tokens[t.end];
    return !!next && t.end < s.tEnd && doc.index.words(relativeAntecedent.id, 'wantedDone').has(next.lower);
  }
  // ("wrote that Russia wanted …": a complement clause after a verb of saying, not a relative one.)
  // ("a full ceasefire, which Kyiv wants": a comma before "which" sets off a relative clause on the noun before it,
  // content/relative-coordination.)
  const before = tokens[r - 1]?.text === ',' && tokens[r]?.lower === 'which' ? tokens[r - 2] : tokens[r - 1];
  if (!before?.word || doc.index.words('speech-verbs').has(before.lower) || doc.index.words(relativeAntecedent.id, 'notHeads').has(before.lower)) return false;
  const next = tokens[t.end];
  if (!next || t.end >= s.tEnd) return true;
  // (A quotation opening right after the verb is its object: 'wanted "not negotiations but a pause"'.)
  if (next.text === '"' || next.text === '“') return false;
  return !next.word || doc.index.words(relativeAntecedent.id, 'after').has(next.lower);
}

export const relativeCoordination = defineRule({
  id: 'content/relative-coordination', stage: 'content',
  reason: 'A relative clause of demanding or wanting reads the noun it describes as the demand (content/relative-antecedent) also when several parties are its subject ("a 30-day ceasefire, which Kyiv and Europe had demanded since early May": the relative word stands before the first of them), when a comma sets off "which" ("a full ceasefire, which Kyiv wants": a clause on the noun, not a complement of saying), and when a pronoun that stands for a party is its subject in a contact clause with what is to be done to the noun ("a list of 300 children it wants returned", "the villages they want back").',
});

/** The first party of a coordination that ends with `m` ("Kyiv and Europe", "Kyiv, Paris and Berlin"), else `m`. */
export function firstCoordinated(doc: Doc, s: Sentence, m: ActorMention): ActorMention {
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  let lead = m;
  for (let n = 0; n < 4; n++) {
    const link = doc.tokens[lead.start - 1];
    if (!link || (link.lower !== 'and' && link.text !== ',') || lead.start - 1 <= s.tStart) break;
    const prev = actors.find((a) => a.end === lead.start - 1 && !a.possessive && !a.object && a.kind !== 'pronoun');
    if (!prev) break;
    lead = prev;
  }
  return lead;
}

/** "children it wants returned": a wish `t` whose pronoun subject `m` follows a noun with no relative word (an issue
 * term or a stance noun) and is followed by what is to be done to the noun ('wantedDone'). */
function pronounWishAt(doc: Doc, s: Sentence, t: Trigger, m: ActorMention): boolean {
  if (t.cue?.id !== 'want' || m.end !== t.start) return false;
  const r = m.start - 1;
  const x = doc.tokens[r];
  if (r < s.tStart || !x?.word || x.cap || !nounAt(doc, r) || doc.index.words(relativeAntecedent.id, 'notHeads').has(x.lower)) return false;
  return t.end < s.tEnd && doc.index.words(relativeAntecedent.id, 'wantedDone').has(doc.tokens[t.end]?.lower ?? '');
}

export const appositionContent = defineRule({
  id: 'content/apposition', stage: 'content',
  reason: 'A stance noun set off as an apposition names the stance of what stands before it: "The neutrality clause, a key Russian demand, was moved …" is RUS DEMAND on the clause; and a pro-form after a dash or comma, described by a relative clause, stands for the clause before it: "The text obliges Kyiv to hand over Luhansk — something Moscow has sought for years" is RUS DEMAND territory.',
});

const DASHES = new Set([',', '—', '–', '-', ';']);

/** A hyphen inside a word ("30-day", "US-backed"), not a dash between words. */
export function hyphen(doc: Doc, k: number): boolean {
  const x = doc.tokens[k];
  // (A dash written without spaces, "for Ukraine—an offer", is read as "-" too: the article's own character tells.)
  return x?.text === '-' && doc.text[x.start] === '-' && doc.tokens[k - 1]?.end === x.start && doc.tokens[k + 1]?.start === x.end;
}
/** A comma or a dash between words. */
function mark(doc: Doc, k: number): boolean {
  return DASHES.has(doc.tokens[k]?.text ?? '') && !hyphen(doc, k);
}

/** The clause before the mark at `mark` (a comma or dash), back to the previous mark or fifteen words. */
function clauseBefore(doc: Doc, s: Sentence, at: number): [number, number] | null {
  const { tokens } = doc;
  let a = at;
  while (a > Math.max(s.tStart, at - 15) && !mark(doc, a - 1) && tokens[a - 1].text !== ':' && tokens[a - 1].text !== '"') a--;
  return a < at ? [a, at] : null;
}

/** Content for a stance noun in apposition ("X, a key Russian demand, …"): the phrase before it; null otherwise. */
export function appositionOf(doc: Doc, s: Sentence, t: Trigger): [number, number] | null {
  const { tokens } = doc;
  if (!t.cue || (!t.nominal && !doc.index.words('holder/noun-needs-possessor').has(tokens[t.start].lower))) return null;
  // The noun closes its phrase: a comma, a dash or the sentence's end after it.
  if (t.end < s.tEnd && !mark(doc, t.end) && tokens[t.end].text !== '.') return null;
  const determiners = doc.index.words('discourse/documents', 'determiners');
  const stops = doc.index.words(hyphenHolder.id, 'notModifiers');
  // Back over the noun's modifiers to its determiner: "a key Russian", "Moscow's long-standing".
  let b = t.start;
  while (b > s.tStart && b > t.start - 6) {
    const x = tokens[b - 1];
    if (determiners.has(x.lower) && (x.lower === 'a' || x.lower === 'an' || x.lower === 'the')) { b--; break; }
    if (!(x.word || hyphen(doc, b - 1) || x.text === "'") || stops.has(x.lower)) break;
    b--;
  }
  if (b <= s.tStart || !mark(doc, b - 1) || tokens[b - 1].text === ';') return null;
  return clauseBefore(doc, s, b - 1);
}

/** A relative stance's phrase that is a pro-form after a mark ("— something Moscow has sought"): the clause before the mark. */
export function proFormAntecedent(doc: Doc, s: Sentence, phrase: [number, number]): [number, number] | null {
  const [a, e] = phrase;
  if (e - a > 2 || !doc.index.words(appositionContent.id, 'proForms').has(doc.tokens[e - 1].lower)) return null;
  if (a <= s.tStart || !mark(doc, a - 1) || doc.tokens[a - 1].text === ';') return null;
  const clause = clauseBefore(doc, s, a - 1);
  if (!clause) return null;
  // The nearest noun phrase before the mark when its words name an issue: "The talks focused on a 15-year
  // guarantee for Taipei, an offer Taipei welcomed" welcomes the guarantee, not the talks.
  for (let d = a - 2; d > clause[0]; d--) {
    const x = doc.tokens[d].lower;
    if (x !== 'a' && x !== 'an' && x !== 'the') continue;
    for (let k = d; k < a - 1; k++) if (doc.issueAt.get(k)?.values.some((v) => v.issue !== '_noise' && !v.weak)) return [d, a - 1];
    break;
  }
  return clause;
}

export const needsStanceObject: MatchRule = defineRule({
  id: 'trigger/needs-stance-object', stage: 'trigger',
  reason: 'Adopting, echoing or siding with a position accepts it only when the object is another party\'s stance noun ("Slovakia adopted Moscow\'s position that …", "Budapest echoed the Kremlin\'s demand for …", "sided with the Russian position"): the sentence\'s subject accepts what that noun says, and its party holds the noun (holder/possessor). "adopted a resolution", "echoed the concerns" take no stance. Adopting a status of one\'s own, "Kyiv would adopt a neutral, non-bloc status" (\'ownStatuses\', not past one of \'statusStops\'), after a modal takes one on itself: an offer.',
  apply(t, { doc, s }) {
    if (!t.cue || !doc.index.words(needsStanceObject.id, 'cues').has(t.cue.id)) return;
    const nouns = doc.index.words(needsStanceObject.id);
    const list = doc.actorsBySentence.get(s.index) ?? [];
    // A party within three words after the cue ("the Kremlin's", "Moscow's", "the Russian"), then its stance noun
    // within three words ("Moscow's long-standing position").
    for (const m of list) {
      if (m.start < t.end || m.start > t.end + 3) continue;
      if (!m.possessive && m.kind !== 'adjective-role') continue;
      // (An adjective with its stance noun is one mention: "the Russian position".)
      if (m.kind === 'adjective-role' && nouns.has(doc.tokens[m.end - 1].lower)) return;
      for (let j = m.end; j < Math.min(m.end + 4, s.tEnd); j++) if (nouns.has(doc.tokens[j].lower)) return;
    }
    // A party adjective the mentions do not keep ("the Russian position": no role noun after it).
    for (let j = t.end; j < Math.min(t.end + 4, s.tEnd); j++) if (partyAdjectiveAt(doc, j) && nouns.has(doc.tokens[j + 1]?.lower ?? '')) return;
    // ("Kyiv would adopt a neutral, non-bloc status": a status the subject takes on itself, its own limit; the claim
    // rules make it the concession it is, claim/own-neutrality. Not past a preposition: "adopted a resolution on
    // Ukraine's status" takes no stance.)
    const statuses = doc.index.words(needsStanceObject.id, 'ownStatuses');
    const stops = doc.index.words(needsStanceObject.id, 'statusStops');
    // (Only the base form right after a modal, "would adopt", "will also adopt": "Serbia adopted neutrality in 2007"
    // tells its history, and "offered to adopt a neutral status" is the offer's own object, read with it.)
    let m = t.start - 1;
    while (m > s.tStart && m >= t.start - 2 && (/ly$/.test(doc.tokens[m].lower) || doc.index.set.modalAdverbs.has(doc.tokens[m].lower)) && doc.tokens[m].lower !== 'not' && doc.tokens[m].lower !== 'never') m--;
    if (doc.index.words(needsStanceObject.id, 'statusForms').has(doc.tokens[t.start].lower) && m >= s.tStart && doc.index.set.modals.has(doc.tokens[m].lower)) for (let j = t.end; j < Math.min(t.end + 7, s.tEnd); j++) {
      if (stops.has(doc.tokens[j].lower) || doc.tokens[j].text === ';' || doc.tokens[j].text === '.') break;
      if (statuses.has(doc.tokens[j].lower)) { t.type = 'OFFER'; return { change: `a status of its own adopted ("${doc.tokens[j].text}"): ACCEPT → OFFER` }; }
    }
    return { drop: 'no party\'s stance after it' };
  },
});

/** The party a party adjective at token `j` names ("Russian", "American"), or null. */
export function partyAdjectiveAt(doc: Doc, j: number): string | null {
  const x = doc.tokens[j];
  if (!x?.word || !x.cap) return null;
  const m = doc.index.names.matchAt(doc.tokens, j);
  if (!m || m.end !== j + 1) return null;
  for (const v of m.values) if (v.kind === 'adjective') return v.code;
  return null;
}

export const resistedPressure = defineRule({
  id: 'candidate/resisted-pressure', stage: 'candidate',
  reason: 'Resisting another party\'s pressure to do something refuses it, and the pressure is that party\'s demand: "Kyiv has resisted American pressure to accept a cap on its army" is UKR REJECT and USA DEMAND military limits; "Belgrade rebuffed EU calls to recognise Kosovo", "Yerevan defied Moscow\'s demands to cede the corridor". The acceptance verb after "to" is what is refused, no stance of the subject\'s own.',
});

/** The pressure nouns, as a word class: a sentence without one has no resisted pressure. */
const PRESSURE_NOUN = defineWordClass('pressure nouns', (index) => index.words(resistedPressure.id, 'pressureNouns'));

/** "resisted [PARTY's|PARTY-adjective] pressure to [accept] …": a refusal over the whole frame and the pressure's demand. */
export function resistedPressureCandidates(doc: Doc, s: Sentence, raw: Trigger[]): ModifierHit[] {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(resistedPressure.id, list);
  if ((s.classes & PRESSURE_NOUN.bit) === 0) return [];
  const nouns = w('pressureNouns');
  const verbs = w('verbs'), skips = w('skips');
  const list = doc.actorsBySentence.get(s.index) ?? [];
  const out: ModifierHit[] = [];
  for (let v = s.tStart; v < s.tEnd; v++) {
    // The verb of resisting, one or two words ("resisted", "pushed back against").
    let ve = -1;
    if (verbs.has(tokens[v].lower)) ve = v + 1;
    else if (verbs.has(`${tokens[v].lower} ${tokens[v + 1]?.lower ?? ''}`)) ve = v + 2;
    else if (verbs.has(`${tokens[v].lower} ${tokens[v + 1]?.lower ?? ''} ${tokens[v + 2]?.lower ?? ''}`)) ve = v + 3;
    if (ve < 0) continue;
    // The pressure noun within four words, its party among them, then "to"/"for".
    let n = ve;
    let party: string[] | null = null;
    let partyAt = -1;
    while (n < Math.min(ve + 5, s.tEnd) && !nouns.has(tokens[n].lower)) {
      const m = list.find((a) => a.start === n);
      if (m && !party) { party = [...m.codes]; partyAt = n; n = m.end; while (tokens[n]?.text === "'" || tokens[n]?.lower === 's') n++; continue; }
      const adj = partyAdjectiveAt(doc, n);
      if (adj && !party) { party = [adj]; partyAt = n; n++; continue; }
      if (!skips.has(tokens[n].lower)) break;
      n++;
    }
    if (n >= s.tEnd || !nouns.has(tokens[n].lower)) continue;
    const to = tokens[n + 1]?.lower;
    if (to !== 'to' && to !== 'for') continue;
    // The refused act's own acceptance verb is part of the frame ("pressure to accept", "calls to agree to").
    let end = n + 2;
    const accepting = raw.find((r) => r.start === end && r.type === 'ACCEPT');
    if (accepting) end = accepting.end;
    for (let q = raw.length - 1; q >= 0; q--) if (raw[q].start >= v && raw[q].start < end) raw.splice(q, 1);
    const refusal: Trigger = { start: v, end, type: 'REJECT', cue: null, rule: 'resisted-pressure', negated: false, nominal: false, complement: false, modal: false, object: 'after', modality: 'asserted', exchange: false };
    out.push({ trigger: refusal, detail: `resists ${tokens[n].lower} ${to}` });
    if (party) {
      const demand: Trigger = { start: partyAt, end: n + 1, type: 'DEMAND', cue: null, rule: 'pressure-noun', negated: false, nominal: true, complement: false, modal: false, object: 'after', modality: 'asserted', exchange: false };
      out.push({ trigger: demand, detail: `${party.join('+')}'s ${tokens[n].lower}` });
    }
    v = end - 1;
  }
  return out;
}

export const condemnedEvent: MatchRule = defineRule({
  id: 'trigger/condemned-event', stage: 'trigger',
  reason: 'Condemning or denouncing an act of war ("denounced the drone strike on a market in Belgorod as a terrorist act", "condemned the shelling of Kharkiv") judges a fact of the war (spec §1: not a claim), not a position on a settlement; condemning a plan, a vote or an annexation still refuses it.',
  apply(t, { doc, s }) {
    if (!t.cue || !doc.index.words(condemnedEvent.id, 'cues').has(t.cue.id)) return;
    const events = doc.index.words(condemnedEvent.id);
    const stops = doc.index.words(hyphenHolder.id, 'notModifiers');
    // The object's first words, up to its first preposition: "the (deadly) drone strike", "Russia's shelling".
    let j = t.end;
    if (doc.tokens[j]?.lower === 'the' || doc.tokens[j]?.lower === 'a' || doc.tokens[j]?.lower === 'an' || doc.tokens[j]?.lower === 'this' || doc.tokens[j]?.lower === 'these' || doc.tokens[j]?.lower === 'yesterday\'s') j++;
    for (; j < Math.min(t.end + 6, s.tEnd); j++) {
      const x = doc.tokens[j];
      if (events.has(x.lower)) return { drop: `an act of war ("${x.lower}")` };
      if (!(x.word || x.text === '-' || x.text === "'") || (stops.has(x.lower) && j > t.end)) return;
    }
  },
});

export const itsDocument: HolderRule = defineRule({
  id: 'holder/its-document', stage: 'holder',
  reason: '"Ankara greeted the Russian memorandum coolly, calling its demand for Ukraine\'s demilitarisation a non-starter": "its" before a stance noun, with a party\'s plan or proposal named before it in the sentence and no party in between, is that plan\'s, so its authors hold the noun ("the Russian memorandum" → RUS DEMAND).',
  find({ doc, s, t, list }) {
    if (!t.cue) return;
    const nouns = doc.index.words('holder/noun-needs-possessor');
    if (!t.nominal && !nouns.has(doc.tokens[t.start].lower)) return;
    // "its" right before the noun, or before one or two of its modifiers ("its long-standing demand").
    let p = t.start - 1;
    while (p > t.start - 3 && p > s.tStart && doc.tokens[p].lower !== 'its' && doc.tokens[p].word) p--;
    if (doc.tokens[p]?.lower !== 'its') return;
    const plans = doc.index.words('content/plan-is-talks');
    for (let k = list.length - 1; k >= 0; k--) {
      const m = list[k];
      if (m.end > p) continue;
      if (m.kind === 'pronoun') continue;
      // The plan: "the Russian memorandum" (one mention), "Moscow's memorandum", "the US plan".
      const head = m.kind === 'adjective-role' ? m.end - 1 : m.possessive ? m.end + 2 : m.end;
      if (plans.has(doc.tokens[head]?.lower ?? '') && head < p) return { codes: [...m.codes], mention: m, via: 'possessor' };
      return;
    }
  },
});

export const goalSchedule: MatchRule = defineRule({
  id: 'trigger/goal-schedule', stage: 'trigger',
  reason: 'A goal phrase before a verb of happening states a schedule, not a goal: "the truce was meant to start at midnight", "the pause is designed to last three days" report when something happens; "was meant to ensure that Ukraine would never join NATO" states what the speaker wanted.',
  apply(t, { doc }) {
    if (!t.cue || !doc.index.words(goalSchedule.id, 'cues').has(t.cue.id)) return;
    const next = doc.tokens[t.end]?.lower ?? '';
    if (doc.index.words(goalSchedule.id).has(next)) return { drop: `a schedule ("${next}")` };
  },
});

export const imputedMotive: MatchRule = defineRule({
  id: 'trigger/imputed-motive', stage: 'trigger',
  reason: 'A goal phrase whose purpose is to obstruct or deceive ("the terms were aimed at undermining the summit", "Putin\'s list of questions was designed to drag out the talks", "the demands had been designed to make the talks fail", "statements aimed at misleading the international community") imputes a motive to another party\'s move: an accusation, like trigger/accusation, not a goal its speaker states (spec §1: opinions about a party are no claims). \'verbs\': the verbs of obstructing or deceiving, base and -ing forms, right after the goal phrase (past "at"); \'make\' + a failing verb within four words ("to make the talks fail").',
  apply(t, { doc, s }) {
    if (t.cue?.id !== 'goal') return;
    const w = (list: string) => doc.index.words(imputedMotive.id, list);
    let j = t.end;
    if (doc.tokens[j]?.lower === 'at' || doc.tokens[j]?.lower === 'to') j++;
    const verb = doc.tokens[j]?.lower ?? '';
    if (j < s.tEnd && w('verbs').has(verb)) return { drop: `a motive imputed ("${doc.tokens[j].text}")` };
    if (verb === 'make' || verb === 'making') {
      for (let k = j + 1; k < Math.min(j + 6, s.tEnd); k++) if (w('failing').has(doc.tokens[k].lower)) return { drop: `a motive imputed ("${doc.tokens[j].text} … ${doc.tokens[k].text}")` };
    }
  },
});

export const unspokenGoal: MatchRule = defineRule({
  id: 'trigger/unspoken-goal', stage: 'trigger',
  reason: 'A goal phrase is its speaker\'s want ("The campaign, Baku said at the time, was meant to …") or its subject party\'s ("Serbia aims to …"); with neither — no verb of saying, no quote, no party before it in its clause — it is the writer\'s account of what a measure is for: "This aims to increase economic pressure on Pyongyang", "The proposal, aimed at ensuring no one dies over Christmas, echoes …", "This is intended to force Serbia to accept the deal" hold no party\'s stance, neither the goal nor a stance inside it.',
  apply(t, { doc, s }) {
    const { tokens } = doc;
    // The goal cue: the trigger's own, or one before it in its clause.
    let goal: { start: number; end: number } | undefined;
    if (t.cue?.id === 'goal') goal = t;
    else {
      for (const c of doc.cuesBySentence.get(s.index) ?? []) {
        if (c.start >= t.start || !c.values.some((v) => v.id === 'goal')) continue;
        let broken = false;
        for (let k = c.end; k < t.start && !broken; k++) broken = tokens[k].text === ';' || tokens[k].lower === 'but' || tokens[k].text === '.';
        if (!broken) goal = c;
      }
    }
    if (!goal || doc.mentions.inQuote[goal.start] === 1) return;
    const speech = doc.index.words('speech-verbs');
    for (let j = s.tStart; j < s.tEnd; j++) if (speech.has(tokens[j].lower) || (tokens[j].lower === 'according' && tokens[j + 1]?.lower === 'to')) return;
    const at = goal.start;
    if ((doc.actorsBySentence.get(s.index) ?? []).some((a) => a.start < at && !a.object)) return;
    return { drop: t === goal ? 'a goal no party states' : 'inside a goal no party states' };
  },
});

/**
 * "wants Kosovo to give up the north, terms that Pristina rejects": where a relative-clause stance `t` (held by `m`)
 * describes a pro-form set off by a comma or dash, the mark's position — the stance before ends its content there
 * (the pro-form and its clause are not what that stance wants) — else -1.
 */
export function proFormMark(doc: Doc, s: Sentence, t: Trigger, m: ActorMention | null): number {
  const rel = relativeStance(doc, s, t, m, s.tStart);
  if (!rel || !m) return -1;
  const { tokens } = doc;
  let r = (reportedSubject(doc, s, m, t)?.party ?? m).start - 1;
  if (tokens[r]?.lower === 'that' || tokens[r]?.lower === 'which') r--;
  if (!doc.index.words(appositionContent.id, 'proForms').has(tokens[r]?.lower ?? '')) return -1;
  let a = r;
  if (['a', 'an', 'the'].includes(tokens[a - 1]?.lower ?? '')) a--;
  return a > s.tStart && mark(doc, a - 1) && tokens[a - 1].text !== ';' ? a - 1 : -1;
}

export const reportedRelative = defineRule({
  id: 'content/reported-relative', stage: 'content',
  reason: 'A relative clause whose party reports its own stance ("a ceiling Kyiv has said it can live with", "a figure Mr Pashinyan said his side could \'live with\'", "a compromise Belgrade says it would accept") is that party\'s stance on the noun before the clause, as when the party is the verb\'s own subject (content/relative-antecedent): a verb of saying (\'verbs\', after auxiliaries) stands between the party and the pronoun (or possessive and one of \'nouns\') that is the stance\'s subject.',
});

/**
 * "a ceiling Kyiv has said it can live with": when the stance's subject `m` is a pronoun (or "his side") right after a
 * verb of saying whose subject is a party, that party and the end of the pronoun's phrase (content/reported-relative).
 */
function reportedSubject(doc: Doc, s: Sentence, m: ActorMention, t: Trigger): { party: ActorMention; end: number } | null {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(reportedRelative.id, list);
  if (m.kind !== 'pronoun' && !(m.possessive && w('possessives').has(tokens[m.start].lower))) return null;
  let end = m.end;
  if (m.possessive) { if (!w('nouns').has(tokens[end]?.lower ?? '')) return null; end++; }
  if (end > t.start) return null;
  let j = m.start - 1;
  if (j < s.tStart || !w('verbs').has(tokens[j].lower)) return null;
  j--;
  while (j >= s.tStart && w('auxiliaries').has(tokens[j].lower)) j--;
  const party = (doc.actorsBySentence.get(s.index) ?? []).find((a) => a.end === j + 1 && !a.possessive && !a.object && a.kind !== 'pronoun' && a.kind !== 'document');
  // (The pronoun must stand for that party: "an offer Yerevan said it welcomed" read "it" as Baku is no reading of it.)
  return party && party.codes.length && party.codes.every((c) => m.codes.includes(c)) ? { party, end } : null;
}
