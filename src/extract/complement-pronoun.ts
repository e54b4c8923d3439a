// A stance whose object is a short verb phrase ending in "it" or "them" names its issue by what the pronoun stands for
// (referent resolution): "Witkoff said Putin had agreed the allies could give Kyiv strong security guarantees. He said
// the US was ready to be part of them", "… discussed security guarantees, and the allies would have to take the lead in
// providing them", "Non-nuclear status — we are ready to go for it", "Peskov said the four regions had joined Russia.
// Russia would not give them back, he said", "Kyiv wants all of them back". content/pronoun-antecedent reads a pronoun
// right after the cue ("would not agree to it"); here a verb stands between ("ready to | be part of | them"), and the
// cue's own content names nothing. The pronoun stands for the nearest earlier noun phrase of the same number that names
// an issue or a place: an issue term (not a party's own name) or a place named before the stance, in its sentence,
// else in the sentence before it in the same paragraph; "them" takes a plural term or a list of places, "it" a
// singular term or one place. A pronoun after a preposition of a person ("talk to them", "with it") is no object here,
// and the words between the cue and the pronoun must not name anything themselves (a term, a place, a party) nor open
// a clause. Words: rules.json content/complement-pronoun.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { strongestIssue } from '../annotate/lexicon-index.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';

export const complementPronoun = defineRule({
  id: 'content/complement-pronoun', stage: 'content',
  reason: 'A stance whose object is a short verb phrase ending in "it" or "them" ("ready to be part of them", "would have to take the lead in providing them", "would not give them back", "wants all of them back", "ready to go for it"), naming nothing itself, is about what the pronoun stands for: the nearest earlier issue term or place of the same number (a plural term or a list of places for "them", a singular term or one place for "it"), in its sentence before the stance, else in the sentence before in the same paragraph; a place gives territory with its regions.',
});

/** Whether the term or phrase of tokens [start, end) is plural by its head (the word before "of", else its last word):
 * true, false, or null for an adjective used as a noun ("the wounded", "the detained"), of either number. */
export function pluralHead(doc: Doc, start: number, end: number, singular: Set<string>): boolean | null {
  let head = end - 1;
  for (let k = start + 1; k < end; k++) if (doc.tokens[k].lower === 'of') { head = k - 1; break; }
  while (head > start && !doc.tokens[head].word) head--;
  const x = doc.tokens[head].lower;
  if (singular.has(x)) return false;
  if (/ed$/.test(x)) return null;
  return /[^su]s$/.test(x) || /ies$/.test(x);
}

/** Whether a head of number `n` agrees with the pronoun's. */
const agrees = (n: boolean | null, plural: boolean) => n === null || n === plural;

/** The items of a stance on a verb phrase whose object is a pronoun standing for an earlier term or place, else none. */
export function complementPronounItems(doc: Doc, s: Sentence, t: Trigger): IssueItem[] {
  if (t.nominal || t.exchange || t.object === 'before') return [];
  const w = (list: string) => doc.index.words(complementPronoun.id, list);
  const { tokens } = doc;
  const pronouns = w('pronouns');
  const maxBetween = Number(doc.index.vocab.rules[complementPronoun.id]?.maxBetween ?? 5);
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  const inActor = (k: number, list = actors) => list.some((a) => a.start <= k && k < a.end);
  // The words between the cue and the pronoun: a verb phrase that names nothing and opens no clause.
  let k = t.end, words = 0;
  while (k < s.tEnd && !pronouns.has(tokens[k].lower)) {
    const x = tokens[k];
    if (!x.word || words >= maxBetween || w('stops').has(x.lower) || doc.issueAt.has(k) || doc.placeAt.has(k) || inActor(k)) return [];
    words++; k++;
  }
  if (k >= s.tEnd) return [];
  const pronoun = k;
  // (Right after the cue only with a particle after it, "would not give them back", "will not hand it over": a pronoun
  // alone there is content/pronoun-antecedent's.)
  if (words === 0 && !w('particles').has(tokens[pronoun + 1]?.lower ?? '')) return [];
  // ("talk to them", "negotiate with it": a preposition of a person or a partner before the pronoun.)
  // ("agreed to receive it", "would agree never to admit it": a verb whose object is a person, a body or a visit.)
  if (w('personPrepositions').has(tokens[pronoun - 1].lower) || w('personVerbs').has(tokens[pronoun - 1].lower)) return [];
  let end = pronoun + 1;
  if (end < s.tEnd && w('particles').has(tokens[end].lower)) end++;
  // The pronoun ends the object: a punctuation mark, the sentence's end, or a word that opens a condition or an adjunct.
  if (end < s.tEnd && tokens[end].word && !w('after').has(tokens[end].lower)) return [];
  const plural = tokens[pronoun].lower === 'them';
  const singular = w('singularHeads');
  const prev = doc.sentences[s.index - 1];
  const floor = prev && prev.paragraph === s.paragraph ? prev.tStart : s.tStart;
  const determiners = w('determiners');
  for (let j = t.start - 1; j >= floor; j--) {
    const sentenceActors = j >= s.tStart ? actors : doc.actorsBySentence.get(prev!.index) ?? [];
    // ("Russian money destroyed our cities; it should rebuild them": a plural noun after a determiner, naming no issue,
    // place or party, is the nearer noun phrase "them" stands for, and nothing is taken from further back.)
    // (Only a noun that names nothing and is no modifier of a term or place after it.)
    if (plural && tokens[j].word && determiners.has(tokens[j - 1]?.lower ?? '') && pluralHead(doc, j, j + 1, singular) === true
      && !doc.issueAt.has(j) && !doc.placeAt.has(j) && !inActor(j, sentenceActors) && !doc.issueAt.has(j + 1) && !doc.placeAt.has(j + 1)) return [];
    const place = doc.placeAt.get(j);
    if (place && place.codes.length && !place.town && !inActor(j, sentenceActors)) {
      // A list of places ("the Donetsk, Luhansk, Zaporizhzhia and Kherson regions") is read back to its first name.
      const codes = new Set(place.codes);
      let first = j;
      for (let b = j - 1; b >= Math.max(floor, j - 12); b--) {
        const p = doc.placeAt.get(b);
        if (p && p.codes.length && !p.town) { p.codes.forEach((c) => codes.add(c)); first = b; continue; }
        if (tokens[b].text === ',' || tokens[b].lower === 'and' || tokens[b].lower === 'the') continue;
        break;
      }
      const many = codes.size > 1 || place.group || pluralHead(doc, place.start, place.end, singular) === true;
      if (many !== plural) { j = first; continue; }
      return [{ issue: 'territory', regions: [...codes], start: t.start, end }];
    }
    const term = doc.issueAt.get(j);
    if (!term || term.end > t.start || inActor(j, sentenceActors)) continue;
    const best = strongestIssue(term.values);
    if (!best || best.issue === 'other') continue;
    if (!agrees(pluralHead(doc, term.start, term.end, singular), plural)) continue;
    // (The nearest term of talks, "the table", "the formula", "the meeting", decides nothing: what "it" stands for
    // there is a plan, a visit or a process as often as the talks, and content/pronoun-antecedent reads the pronoun of
    // a cue that needs talks.)
    if (w('issuesNot').has(best.issue)) return [];
    return [{ issue: best.issue, regions: [], start: t.start, end }];
  }
  return [];
}
