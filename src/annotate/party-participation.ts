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

export const partyParticipation = defineRule({
  id: 'discourse/party-participation', stage: 'discourse',
  reason: 'A party\'s participation ("Russia\'s participation", "the participation of Moscow", "participation by both sides") names the talks when nothing else in its phrase names an issue and it is not a part in the war ("participation in the hostilities").',
});

/** Adds to `found` (the issue terms of one sentence's tokens [from, to), in order) a talks term for each participation noun a party owns. */
export function addParticipation(tokens: Token[], from: number, to: number, index: LexiconIndex, actors: ActorMention[] | undefined, found: PhraseMatch<IssueTerm>[]): void {
  if (!actors?.length) return;
  let nouns: Set<string> | undefined;
  let added = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t.word || t.lower.length < 8) continue;
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
    if (!owner) continue;
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
    const lo = Math.min(i, owner.start) - 3, hi = end + 6;
    if (found.some((m) => m.start < hi && m.end > lo && m.values.some((v) => v.issue !== '_noise'))) continue;
    const talks = index.vocab.issues.talks?.rank ?? 2;
    found.push({ start: Math.min(i, owner.start), end: Math.max(end, i + 1), values: [{ issue: 'talks', rank: talks, party: true }] });
    added = true;
  }
  if (added) found.sort((a, b) => a.start - b.start);
}
