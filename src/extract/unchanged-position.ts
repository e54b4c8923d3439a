// A party's position said to be unchanged (issue 7, the issue gate): "Moscow's position on Crimea and the Donbas
// remained unchanged", "Baku's stance on the Lachin corridor has not changed", "Russia's goals, including the
// demilitarisation of Ukraine, had not changed". Saying that one's position on a question stands restates it: the
// possessor holds its standing demand on that question, and the question after "on" (or the aside after "including")
// names the issue. The position noun alone names none, so the sentence gave no candidate at all (the cue phrases of
// demand-noun need "position is unchanged" with nothing between). Words: lexicon/data/rules.json
// candidate/unchanged-position.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { partyAdjectiveAt } from './stance-nouns.js';

export const unchangedPosition = defineRule({
  id: 'candidate/unchanged-position', stage: 'candidate',
  // (Gate: every match needs a word of this list in the sentence, as the finder's own precheck says.)
  needs: [{ list: 'nouns' }],
  reason: 'A party\'s position noun (\'nouns\': position, stance, goals, conditions …) owned in the possessive ("Moscow\'s", "the Russian", "its"), with its question after it ("on Crimea and on the Donbas", ", including the demilitarisation of Ukraine,"), and then a copula and one of \'unchanged\' ("remained unchanged", "is unchanged") or a negated verb of change ("had not changed"), restates the possessor\'s standing demand on that question: a DEMAND held by the possessor, its content the question (its issue from the question\'s words). Not with no question between the noun and the copula ("our position is unchanged": the cue phrase of demand-noun reads that); not a noun owned by no party; not when a stance already covers the noun.',
});

const w = (doc: Doc, list: string) => doc.index.words(unchangedPosition.id, list);

/** The end (exclusive) of "… is unchanged" / "… has not changed" starting at `k`, or -1. */
function unchangedAt(doc: Doc, s: Sentence, k: number): number {
  const { tokens } = doc;
  const copulas = w(doc, 'copulas'), unchanged = w(doc, 'unchanged'), auxiliaries = w(doc, 'auxiliaries'), changed = w(doc, 'changed');
  let j = k;
  if (copulas.has(tokens[j]?.lower ?? '')) {
    j++;
    // (Quotation marks and an adverb: "remains \"unchanged\"", "remained firmly unchanged".)
    for (let n = 0; n < 2 && j < s.tEnd && (!tokens[j].word || w(doc, 'adverbs').has(tokens[j].lower)); n++) j++;
    if (j < s.tEnd && unchanged.has(tokens[j].lower)) return j + 1;
    return -1;
  }
  if (auxiliaries.has(tokens[j]?.lower ?? '') && tokens[j + 1]?.lower === 'not' && changed.has(tokens[j + 2]?.lower ?? '')) return j + 3;
  return -1;
}

/** After a position noun, at `q`: "was unchanged:" or ", he added, had not changed:" — the index after the colon, or -1. */
function unchangedColonAt(doc: Doc, s: Sentence, q: number): number {
  const { tokens } = doc;
  let p = q;
  if (tokens[p]?.text === ',') {
    // (", he added,": a parenthesis of saying, up to five words, a verb of saying in it.)
    const speech = doc.index.words('speech-verbs');
    let c = p + 1, said = false;
    while (c < s.tEnd && c <= p + 6 && tokens[c].text !== ',') { if (speech.has(tokens[c].lower)) said = true; c++; }
    if (!said || tokens[c]?.text !== ',') return -1;
    p = c + 1;
  }
  const e = unchangedAt(doc, s, p);
  if (e < 0 || tokens[e]?.text !== ':' || e + 2 >= s.tEnd) return -1;
  return e + 1;
}

export function unchangedPositionCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const nouns = w(doc, 'nouns');
  if (!doc.sentenceWords.has(s.index, nouns)) return out;
  const { tokens } = doc;
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  const openers = w(doc, 'openers'), asides = w(doc, 'asides');
  for (let i = s.tStart + 1; i < s.tEnd - 2; i++) {
    if (!nouns.has(tokens[i].lower)) continue;
    // The owner: a party in the possessive or as an adjective right before the noun ("Moscow's position", "the Russian
    // position", "its goals"), past one modifier ("Russia's stated position").
    const owner = actors.find((m) => m.codes.length && m.start >= s.tStart && (m.possessive
      ? m.end === i || m.end === i - 1 || (m.end === i - 2 && tokens[i - 1].lower === 's')
      : m.end === i && m.kind !== 'pronoun' && !m.object));
    // ("the Russian position": a party adjective right before the noun.)
    const adjective = owner ? null : partyAdjectiveAt(doc, i - 1);
    const codes = owner ? owner.codes : adjective ? [adjective] : [];
    if (!codes.length) continue;
    // The question: "on …" right after the noun, or an aside ", including …,"; then the unchanged predicate.
    let q = i + 1;
    let aside = false;
    // (No question named, the predicate ending in a colon: what the colon introduces is the position, "Kyiv's position
    // was unchanged: the restoration of its 1991 borders and the withdrawal of all Russian troops", past a parenthesis
    // of saying, "Ukraine's position, he added, had not changed: …". A stance after the colon states it itself.)
    const colonEnd = unchangedColonAt(doc, s, q);
    if (colonEnd > 0) {
      if (raw.some((r) => (r.start <= i && r.end > i) || (r.start >= colonEnd && r.start < s.tEnd))) continue;
      const trigger: Trigger = { start: i, end: colonEnd, type: 'DEMAND', cue: null, rule: 'unchanged-position', negated: false, nominal: true, complement: false, modal: false, object: 'after', modality: 'asserted', exchange: false, heldBy: [...codes], heldByParty: true, contentEnd: s.tEnd };
      out.push({ trigger, detail: `${codes.join('+')}'s ${tokens[i].lower} unchanged: “${tokens.slice(colonEnd, s.tEnd).map((x) => x.text).join(' ').slice(0, 60)}”` });
      i = colonEnd - 1;
      continue;
    }
    if (tokens[q]?.text === ',' && asides.has(tokens[q + 1]?.lower ?? '')) { aside = true; q += 2; }
    else if (!openers.has(tokens[q]?.lower ?? '')) continue;
    else q++;
    let end = -1;
    let k = q;
    for (; k < Math.min(s.tEnd, q + 15); k++) {
      const x = tokens[k];
      if (aside && x.text === ',') { end = unchangedAt(doc, s, k + 1); break; }
      if (!aside && (x.text === ',' || x.text === ';' || x.text === ':' || x.lower === 'that')) break;
      const e = aside ? -1 : unchangedAt(doc, s, k);
      if (e >= 0) { end = e; break; }
    }
    if (end < 0 || k === q) continue;
    if (raw.some((r) => r.start <= i && r.end > i)) continue;
    // ("Ukraine's position on territory had not changed: Kyiv would not withdraw …", "… remains unchanged - a
    // reference to the Kremlin's demand that Kyiv recognise Crimea": a stance after the predicate states the position
    // itself, and reads its issue better than the question's words.)
    if (raw.some((r) => r.start >= end && r.start < s.tEnd)) continue;
    const trigger: Trigger = { start: i, end: i + 1, type: 'DEMAND', cue: null, rule: 'unchanged-position', negated: false, nominal: true, complement: false, modal: false, object: 'after', modality: 'asserted', exchange: false, heldBy: [...codes], heldByParty: true, contentEnd: k };
    out.push({ trigger, detail: `${codes.join('+')}'s ${tokens[i].lower} on “${tokens.slice(q, k).map((x) => x.text).join(' ')}” unchanged` });
    i = end - 1;
  }
  return out;
}
