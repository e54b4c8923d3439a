// A party's participation is about the talks (issue 7, stance constructions: needs and preconditions): "any
// critical process will need Russia's participation", "a lasting settlement would require the participation of
// Hamas", "Baku rejects the participation of Paris as a co-chair". What a settlement needs of a party is its
// taking part, so the noun names the talks when a party owns it (a possessive mention right before it, or one
// right after "of"/"by"), no other issue term is named in its phrase, and what it takes part in is not the war
// ("Belarus's participation in the invasion").
import type { Token } from './tokenize.js';
import type { PhraseMatch } from './phrase-matcher.js';
import type { IssueTerm, LexiconIndex } from './lexicon-index.js';
import type { ActorMention } from './mentions.js';
import { defineRule } from '../extract/rules/registry.js';
import { takenInPartyStart, takenInPassiveEnd, takenInWar } from './party-taken-in.js';

export const partyParticipation = defineRule({
  id: 'discourse/party-participation', stage: 'discourse',
  reason: 'A party\'s participation ("Russia\'s participation", "Russian participation", "the participation of Moscow", "participation by both sides") names the talks when nothing else in its phrase names an issue and it is not a part in the war ("participation in the hostilities").',
});

export const partyRequired = defineRule({
  id: 'discourse/party-required', stage: 'discourse',
  reason: 'A party that a settlement cannot do without, or must satisfy, is a party at the table: "peace cannot be reached without involving Azerbaijan", "no deal on Kosovo without Kosovo", "we cannot imagine a solution without both parties", "any solution must be acceptable to both sides" name the talks (the party\'s place in them), as its participation does. Not when the party is the subject of an act after it ("without Russia withdrawing": the act names the issue) nor when its phrase names another issue.',
});

/** Adds to `found` (the issue terms of one sentence's tokens [from, to), in order) a talks term for each participation noun a party owns. */
export function addParticipation(tokens: Token[], from: number, to: number, index: LexiconIndex, actors: ActorMention[] | undefined, found: PhraseMatch<IssueTerm>[]): void {
  if (!actors?.length) return;
  let nouns: Set<string> | undefined;
  let added = false;
  // A required party's place at the table (tokens [start, end]), unless its phrase names another issue already.
  const pushTalks = (start: number, end: number): boolean => {
    if (end <= 0 || found.some((x) => x.start < end + 3 && x.end > start - 3 && x.values.some((v) => v.issue !== '_noise' && v.issue !== 'talks'))) return false;
    found.push({ start, end, values: [{ issue: 'talks', rank: index.vocab.issues.talks?.rank ?? 2, party: true, required: true }] });
    added = true;
    return true;
  };
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t.word) continue;
    // "any meeting on Kosovo must include Kosovo", "any solution must be agreed with Armenia", "no settlement can be
    // written over the heads of Armenians": a settlement that must take a party in, or is made past it, names the
    // party's place at the table (discourse/party-included).
    if (t.lower === 'over' || t.lower === 'be' || (t.lower.length >= 7 && t.lower.startsWith('in'))) {
      if (pushTalks(i, includedParty(tokens, from, i, to, index, actors))) continue;
    }
    if (t.lower.length < 7) continue;
    // "… without (involving) Azerbaijan", "acceptable to both parties": the party itself is required
    // (discourse/party-required).
    if (t.lower === 'without' || t.lower === 'acceptable' || t.lower === 'agreeable') {
      // ("Seoul will keep working even without Pyongyang": only a negated "without" requires the party; "discussing
      // security guarantees without Russia" is about the guarantees.)
      pushTalks(i, t.lower === 'without' && !negatedWithout(tokens, from, i, index) && !judgedWithout(tokens, from, to, i, index, actors) ? -1 : requiredParty(tokens, i, to, index, actors));
      continue;
    }
    if (t.lower.length < 8) continue;
    nouns ??= index.words(partyParticipation.id, 'nouns');
    if (!nouns.has(t.lower)) continue;
    // The owner: "Russia's participation" (the mention ends at the noun, past its "'s"), "the participation of
    // (the) Kremlin", "participation by both sides".
    let owner = actors.find((a) => a.possessive && a.end <= i && a.end >= i - 2 && a.start >= from);
    let end = i + 1;
    if (!owner) {
      const prep = tokens[i + 1]?.lower;
      if (prep === 'of' || prep === 'by') {
        let k = i + 2;
        if (index.words(partyParticipation.id, 'determiners').has(tokens[k]?.lower ?? '')) k++;
        owner = actors.find((a) => a.start === k || a.start === i + 2);
        if (owner) end = owner.end;
      }
    }
    // "any credible process would need Russian participation": a party adjective right before the noun owns it as
    // the possessive does (an adjective is no actor mention on its own, so it is looked up here). Its codes are not
    // needed: the talks term only marks the party's place at the table.
    let adjStart = -1;
    if (!owner && tokens[i - 1]?.cap) {
      for (let k = i - 1; k >= Math.max(from, i - 3) && adjStart < 0; k--) {
        const hit = tokens[k].cap ? index.names.matchAt(tokens, k) : null;
        if (hit && hit.end === i && hit.values.some((v) => v.kind === 'adjective')) adjStart = k;
      }
    }
    if (!owner && adjStart < 0) continue;
    const ownerStart = owner ? owner.start : adjStart;
    // Not a part in the war ("the participation of North Korean troops in the fighting"), and not a phrase
    // that names an issue of its own ("Ukraine's participation in NATO summits" is the alliance's).
    const stop = index.words(partyParticipation.id, 'warWords');
    let war = false;
    for (let k = end; k < Math.min(to, end + 6); k++) {
      const x = tokens[k];
      if (x.text === ',' || x.text === ';' || x.text === ':') break;
      if (stop.has(x.lower)) { war = true; break; }
    }
    if (war) continue;
    // (A talks term near it does not stop it: "any credible peace process would need Russia's participation".)
    const lo = Math.min(i, ownerStart) - 3, hi = end + 6;
    if (found.some((m) => m.start < hi && m.end > lo && m.values.some((v) => v.issue !== '_noise' && v.issue !== 'talks'))) continue;
    const talks = index.vocab.issues.talks?.rank ?? 2;
    found.push({ start: Math.min(i, ownerStart), end: Math.max(end, i + 1), values: [{ issue: 'talks', rank: talks, party: true }] });
    added = true;
  }
  if (added) found.sort((a, b) => a.start - b.start);
}

export const partyIncluded = defineRule({
  id: 'discourse/party-included', stage: 'discourse',
  reason: 'A settlement or a meeting that must take a party in ("any meeting on Kosovo must include Kosovo and the EU", "any real negotiation must involve Eritrea", "any solution must be agreed with Armenia, not imposed on it") or that is made over a party\'s head ("no settlement can be written over the heads of Armenians", "a deal decided over the heads of the Sudanese") names the party\'s place at the table, the talks, as a party a settlement cannot do without does (discourse/party-required). The verb of taking in must follow a modal and have a settlement or meeting noun as its subject; the party must end its phrase (not "must include Armenia\'s northern villages", not "must involve Russia withdrawing").',
});

/**
 * The end of the party a settlement must take in at `i` (discourse/party-included), else -1: a modal, then "include"/
 * "involve" or "be" and a participle of agreeing and "with", then [the] PARTY (ending its phrase as in requiredParty),
 * with a settlement or meeting noun in the clause before the modal; or "over the heads of" [the] PARTY.
 */
function includedParty(tokens: Token[], from: number, i: number, to: number, index: LexiconIndex, actors: ActorMention[]): number {
  const words = (k: string) => index.words(partyIncluded.id, k);
  const lower = (j: number) => tokens[j]?.lower ?? '';
  let k: number;
  if (lower(i) === 'over') {
    if (lower(i + 1) !== 'the' || (lower(i + 2) !== 'heads' && lower(i + 2) !== 'head') || lower(i + 3) !== 'of') return -1;
    // (A settlement denied over the party's head, "no settlement can be written over the heads of Armenians"; not a
    // party's own conduct, "will not negotiate over the heads of …", nor a report, "was drafted over the heads of …".)
    if (!negatedWithout(tokens, from, i, index, 12) || !subjectBefore(tokens, from, i, words('subjects'), 12)) return -1;
    k = i + 4;
  } else {
    if (lower(i) === 'be') {
      if (!words('withVerbs').has(lower(i + 1)) || lower(i + 2) !== 'with') return -1;
      k = i + 3;
    } else {
      if (!words('verbs').has(lower(i))) return -1;
      k = i + 1;
    }
    // The modal right before the verb (past one adverb and an opening quote: 'any meeting "must include …').
    let m = i - 1;
    if (words('adverbs').has(lower(m))) m--;
    if (!words('modals').has(lower(m))) return -1;
    // Its subject: a settlement or meeting noun within seven words before it, in its clause.
    if (!subjectBefore(tokens, from, m, words('subjects'), 7)) return -1;
  }
  return partyEnding(tokens, k, to, index, actors);
}

/** One of `subjects` within `reach` words before token `i`, in its clause. */
function subjectBefore(tokens: Token[], from: number, i: number, subjects: Set<string>, reach: number): boolean {
  for (let j = i - 1; j >= Math.max(from, i - reach); j--) {
    const w = tokens[j].lower;
    if (w === ',' || w === ';' || w === 'that' || w === 'which' || w === 'but') return false;
    if (subjects.has(w)) return true;
  }
  return false;
}

/** The end of [the] PARTY (and the parties coordinated with it) at `k` when it ends its phrase, else -1. */
function partyEnding(tokens: Token[], k: number, to: number, index: LexiconIndex, actors: ActorMention[], pronoun = false, takenIn = false): number {
  const words = (w: string) => index.words(partyRequired.id, w);
  // ("both parties" is one mention with its determiner; "the Kremlin" may be one without it.)
  const at = words('determiners').has(tokens[k]?.lower ?? '') ? [k, k + 1] : [k];
  // (After "without" a pronoun that stands for a party is that party: "Kyiv will not accept deals made without it",
  // candidate/refused-settlement-without.)
  const m = actors.find((a) => at.includes(a.start) && !a.possessive && (!a.pronoun || pronoun));
  if (!m) return -1;
  let end = m.end;
  // Parties coordinated with it: "without Serbia and Kosovo".
  for (;;) {
    const w = tokens[end]?.lower;
    if (w !== 'and' && w !== ',' && w !== 'or') break;
    // (After a comma only a party's name: ", the French president said" is the speaker.)
    const next = actors.find((a) => a.start === end + 1 && !a.possessive && (w !== ',' || a.kind === 'party'));
    if (!next) break;
    end = next.end;
  }
  // ("without Russia being included at some point": a passive of being taken in is the party's place,
  // discourse/party-taken-in.)
  if (takenIn) { const passive = takenInPassiveEnd(tokens, end, index); if (passive > 0) end = passive; }
  if (end >= to) return end;
  const after = tokens[end];
  if (!after.word) return after.text === "'" || after.text === '-' ? -1 : end;
  return words('after').has(after.lower) ? end : -1;
}

/**
 * The end of the party required at `i`, else -1 ("without" or "acceptable"/"agreeable"): "without [involving|including …] [the] PARTY"
 * or "acceptable to [the] PARTY", the party (with those coordinated with it) ending its phrase: a clause end or
 * a preposition of place after it ("without Serbia at the table"), not an act of its own ("without Russia
 * withdrawing", "without Baku's consent" names a thing of the party's, not the party).
 */
function requiredParty(tokens: Token[], i: number, to: number, index: LexiconIndex, actors: ActorMention[]): number {
  const words = (k: string) => index.words(partyRequired.id, k);
  let k = i + 1;
  let noun = false;
  if (tokens[i].lower === 'without') {
    if (words('verbs').has(tokens[k]?.lower ?? '')) k++;
    // ("without talking to Russia", "without the involvement of both parties", discourse/party-taken-in.)
    else { const at = takenInPartyStart(tokens, i, index); if (at > 0) { k = at; noun = tokens[at - 1].lower === 'of'; } }
  }
  else if (tokens[k]?.lower === 'to') k++;
  else return -1;
  const end = partyEnding(tokens, k, to, index, actors, tokens[i].lower === 'without', tokens[i].lower === 'without');
  // ("without the involvement of Belarus in the invasion" is a part in the war, no seat at the table.)
  return noun && end > 0 && takenInWar(tokens, end, to, index) ? -1 : end;
}

/**
 * "any decision taken without Ukraine | would be a decision against peace", "an agreement reached without Armenia will be
 * null and void": a settlement noun among the four words before "without" at `i`, a party after it that ends its phrase,
 * then a modal or copula and, within six words, one of candidate/not-without 'judgements': a settlement made without the
 * party judged void demands the party's seat, as a negated "without" does. The token of the modal or copula (where the
 * content of the demand ends), else 0.
 */
export function judgedWithout(tokens: Token[], from: number, to: number, i: number, index: LexiconIndex, actors: ActorMention[]): number {
  const w = (list: string) => index.words('candidate/not-without', list);
  const nouns = w('judgedNouns');
  let noun = false;
  for (let k = i - 1; k >= Math.max(from, i - 4) && !noun; k--) noun = nouns.has(tokens[k].lower);
  if (!noun) return 0;
  let v = requiredParty(tokens, i, to, index, actors);
  if (v < 0) return 0;
  if (tokens[v]?.text === ',') v++;
  if (!w('judgementVerbs').has(tokens[v]?.lower ?? '')) return 0;
  const judgements = w('judgements');
  for (let k = v + 1; k < Math.min(to, v + 7); k++) {
    if (judgements.has(tokens[k].lower)) return v;
    if (tokens[k].text === ',' || tokens[k].text === ';') return 0;
  }
  return 0;
}

/**
 * "without" at `i` heads what cannot be had without it (candidate/not-without): the sentence opens with it, or a
 * negation stands in its clause up to 8 words before it ("there is no peace without …", "will not work without
 * …"), or a negated verb of thinking heads the clause that holds it within 12 words ("I can't imagine that the
 * next meeting will take place without a ceasefire": the negation within 3 words before the verb).
 */
export function negatedWithout(tokens: Token[], from: number, i: number, index: LexiconIndex, reach = 8): boolean {
  const negs = index.words('candidate/not-without', 'negations');
  const thinking = index.words('candidate/not-without', 'thinking');
  let k = i - 1;
  while (k >= from && (tokens[k].text === '"' || tokens[k].text === "'")) k--;
  if (k < from) return true;
  for (let j = i - 1; j >= Math.max(from, i - reach); j--) {
    const w = tokens[j].lower;
    if (w === ',' || w === ';' || w === 'but') break;
    if (negs.has(w)) return true;
  }
  for (let j = i - 1; j >= Math.max(from, i - 12); j--) {
    const w = tokens[j].lower;
    if (w === ',' || w === ';' || w === 'but') break;
    if (!thinking.has(w)) continue;
    for (let q = j - 1; q >= Math.max(from, j - 3); q--) if (negs.has(tokens[q].lower)) return true;
    return false;
  }
  return false;
}
