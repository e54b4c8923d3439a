// A date inside a description of a thing dates that thing, not the stance: "the terms he set out on June 14", "the
// formula he presented to the G20 the previous November", "the areas its troops entered last year", "the deal Moscow
// abandoned in July" (a relative clause with no "which" or "that": a noun, a subject, a past verb), and "the lines
// of February 23", "the borders of 27 September 2020" (a date after "of" and a noun of a state of things: lines,
// borders; not "the draft of 15 April", which dates the draft's terms, nor "the small hours of Sunday"). The
// stance takes another date of its sentence, a neighbour's or the publication window; the description's date lends
// itself to no neighbour either ("… rather than the clothes he wore in February, thanked Trump. He said Ukraine was
// ready …").
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const backgroundDate = defineRule({
  id: 'claim/background-date', stage: 'claim',
  reason: 'A date in a relative clause with no relative word ("the terms he set out on June 14", "the areas its troops entered last year", "the ceasefire it had agreed to last week": a noun after a determiner, a subject, a past verb) or after "of" following a noun of a state of things ("the lines of February 23", "the borders of 1991"; not "the draft of 15 April 2022", "the small hours of Sunday") or in a participle with its agent after a noun ("the formula presented by Kyiv in November", "the truce brokered by Qatar last week") or in a participle set off by a comma after a noun the stance comes before ("rejected a truce, a reversal of his own demand, made in March, for one") or in a clause opened by "that" after the stance, with a subject and a past verb of its own ("agreed to implement the ban that the two presidents had discussed on 18 March", "rejected the plan that Washington tabled in May"; not a verb of saying, "the terms that Lavrov announced on Monday") describes a thing, not when a stance was taken: it dates no stance outside that clause, in its sentence or the next.',
});

const w = (doc: Doc, list: string) => doc.index.words(backgroundDate.id, list);
const lower = (doc: Doc, j: number) => doc.tokens[j]?.lower ?? '';
const isWord = (doc: Doc, j: number) => !!doc.tokens[j]?.word;

/** A past verb form at `j`: in -ed, or an irregular past of the rule's list. */
function pastVerb(doc: Doc, j: number): boolean {
  const t = doc.tokens[j];
  return !!t && t.word && !t.cap && (/^[a-z]{3,}ed$/.test(t.lower) || w(doc, 'pastForms').has(t.lower));
}

/** A common noun at `j` with a determiner at most four words before it ("the ten-point peace formula", "the small areas of the X and Y regions"). */
function determinedNoun(doc: Doc, s: Sentence, j: number): boolean {
  const t = doc.tokens[j];
  if (!t || !t.word || t.cap || w(doc, 'notNouns').has(t.lower) || /^[a-z]{3,}ed$/.test(t.lower) || doc.index.words('speech-verbs').has(t.lower)) return false;
  for (let k = j - 1; k >= s.tStart && k >= j - 5; k--) {
    if (w(doc, 'determiners').has(lower(doc, k))) return true;
    if (!isWord(doc, k) && doc.tokens[k].text !== '-') return false;
  }
  return false;
}

/**
 * The start of the subject that ends right before token `v` (a pronoun, a possessive and its noun, a name, a
 * determiner and its noun), or -1.
 */
function subjectStart(doc: Doc, s: Sentence, v: number): number {
  const j = v - 1;
  if (j < s.tStart) return -1;
  if (w(doc, 'pronouns').has(lower(doc, j))) return j;
  // ("its troops", "the Kremlin", "their negotiators", "Moscow", "President Erdogan")
  for (let k = j; k >= s.tStart && k >= j - 2; k--) {
    if (!isWord(doc, k)) return -1;
    if (w(doc, 'possessives').has(lower(doc, k)) || w(doc, 'determiners').has(lower(doc, k))) return k < j ? k : -1;
    if (!doc.tokens[k].cap) return -1;
    if (k === j - 2 || !doc.tokens[k - 1]?.cap || !isWord(doc, k - 1)) return k;
  }
  return -1;
}

/**
 * The past form at `v` is a participle describing the common noun right before it ("the ten-point formula presented
 * by Kyiv", "the "peace formula" presented by …"): no auxiliary, pronoun or name stands there ("was presented by",
 * "Kyiv presented"), only a lower-case noun, or a closing quote after one.
 */
function participleOfNoun(doc: Doc, s: Sentence, v: number): boolean {
  let n = v - 1;
  if (n >= s.tStart && /^["”’']$/.test(doc.tokens[n].text)) n--;
  const t = doc.tokens[n];
  if (n < s.tStart || !t || !t.word || t.cap || /ly$/.test(t.lower)) return false;
  return !w(doc, 'notNouns').has(t.lower) && !w(doc, 'pronouns').has(t.lower) && !w(doc, 'participleStops').has(t.lower) && !doc.index.words('speech-verbs').has(t.lower);
}

/**
 * The participle at `v` (its date at `d`) dates the stance at `stance` after all: the stance is the participle or
 * inside its description ("the plan presented by Qatar on Monday"), the description is of the sentence's subject
 * ("The plan presented by Qatar on Monday calls on …": the noun within the sentence's first words), or the stance is a
 * pluperfect recalling a past event ("said Ukraine had agreed to a ceasefire proposed by Washington a month ago"),
 * which the description's date bounds: it is the only past date the text gives for it.
 */
function participleDatesStance(doc: Doc, s: Sentence, v: number, d: number, stance: number): boolean {
  if (stance < 0) return false;
  if (stance >= v - 1 && stance <= d) return true;
  if (stance > d && v - 1 - s.tStart <= 4) return true;
  for (let k = stance - 1; k >= s.tStart && k >= stance - 3; k--) if (lower(doc, k) === 'had') return true;
  return false;
}

/**
 * The past verb at `v` (its auxiliary or itself at `head`) ends a clause opened by "that" after the stance at `stance`:
 * a noun, "that", a subject of at most six words (names joined by "and", a pronoun, a determiner and its noun), then the verb,
 * which is no verb of saying ("guarantees that Lavrov announced on Monday" dates the speech that set them out).
 */
function thatClauseAfterStance(doc: Doc, s: Sentence, head: number, v: number, stance: number): boolean {
  if (stance < 0 || doc.index.words('speech-verbs').has(lower(doc, v))) return false;
  for (let k = head - 1; k >= s.tStart && k >= head - 7; k--) {
    const t = doc.tokens[k];
    // (After a noun, "the ban … that": not "said … and that he expected to speak this week", a second report.)
    if (t.lower === 'that') { const n = doc.tokens[k - 1]; return k < head - 1 && stance < k - 1 && !!n && n.word && !n.cap && !w(doc, 'notNouns').has(n.lower) && !doc.index.words('speech-verbs').has(n.lower) && !/(?:ed|ly)$/.test(n.lower); }
    if (!t.word || doc.index.words('speech-verbs').has(t.lower) || (t.lower !== 'and' && w(doc, 'edges').has(t.lower))) return false;
  }
  return false;
}

/**
 * Is the date at token `d` of sentence `s` inside a description of a thing (claim/background-date)? `stance` is the
 * stance's token when it is in the same sentence: only a description after it (of its object) is background.
 */
export function inBackgroundDescription(doc: Doc, s: Sentence, d: number, stance = -1): boolean {
  // "the lines of February 23": a day or month after "of" and a noun that names no occasion.
  if (lower(doc, d - 1) === 'of' && d - 2 >= s.tStart && w(doc, 'stateNouns').has(doc.tokens[d - 2].text) && !(stance >= d - 2 && stance <= d)) return true;
  // A relative clause with no relative word: back from the date, within its clause, to a past verb with a subject
  // right before it and a determined noun right before that.
  const edges = w(doc, 'edges');
  for (let v = d - 1; v >= s.tStart && v >= d - 10; v--) {
    if (edges.has(lower(doc, v)) || (!isWord(doc, v) && doc.tokens[v].text !== '-')) return false;
    if (!pastVerb(doc, v)) continue;
    // ("the formula presented by Kyiv in November", "the truce brokered by Qatar last week": a participle with its
    // agent right after a noun describes that noun; the stance inside or before the noun it describes is dated by it.)
    if (lower(doc, v + 1) === 'by' && participleOfNoun(doc, s, v)) return !participleDatesStance(doc, s, v, d, stance);
    // ("than to a ceasefire …, a reversal of his own demand, made in March, for a truce": a participle set off by a
    // comma after a noun describes that noun; a stance before the noun is not dated by it.)
    if (doc.tokens[v - 1]?.text === ',' && stance >= 0 && stance < v - 2 && participleOfNoun(doc, s, v - 1) && !doc.index.words('speech-verbs').has(lower(doc, v))) return true;
    // ("the ceasefire it had agreed to", "the terms he has set out")
    let head = v;
    if (w(doc, 'auxiliaries').has(lower(doc, v - 1))) head = v - 1;
    // ("agreed to implement the ban on strikes that Presidents Trump and Putin had discussed on 18 March": a clause
    // opened by "that" after the stance, with a subject and a past verb of its own, dates its own event.)
    if (thatClauseAfterStance(doc, s, head, v, stance)) return true;
    const subj = subjectStart(doc, s, head);
    if (subj < 0 || !determinedNoun(doc, s, subj - 1)) continue;
    // (The stance inside the description, "the plan he proposed on Monday", is dated by it; so is a stance whose
    // holder the description names, "The plan Qatar proposed on Monday calls for a truce": only a thing after the
    // stance, its object, is background.)
    if (stance >= 0 && stance >= subj - 1) return false;
    return true;
  }
  return false;
}
