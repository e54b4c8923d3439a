// A stance reported in the present perfect ("Moscow has said that a broader truce would require …", "Russian
// officials have continued to insist that …", "Riyadh has offered to host further rounds") is a position held up to
// the time of writing, not a statement of one past day: English gives a present perfect no past time of its own
// ("*has said on Monday"). So it takes no past day from the sentences next to it, the paragraph's opening date or a
// venue named earlier (those date other events of the story), nor a past day of its own sentence that another
// clause holds ("Saudi Arabia, which hosted the August meeting, has offered …"); "since April" gives the range from
// then to publication, a date reaching publication ("this week") stays, and otherwise the publication window dates it.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';
import { wordList } from '../annotate/lexicon-index.js';

export const presentPerfectDate = defineRule({
  id: 'claim/present-perfect-date', stage: 'claim',
  reason: 'A stance whose reporting verb (or its own verb) is in the present perfect ("has said", "have continued to insist", "has offered", "have told their counterparts") is held up to the time of writing: it takes no past day from the neighbouring sentences, the paragraph\'s scene or a venue named earlier, nor a past day of another clause of its sentence; "since X" gives the range from X to publication, a date reaching publication stays, else the publication window.',
});

// (Handles: the walk below asks at every token back from a stance, speed.)
const PARTICIPLES = wordList(presentPerfectDate.id, 'participles'), AUXILIARIES = wordList(presentPerfectDate.id, 'auxiliaries');
const ADVERBS = wordList(presentPerfectDate.id, 'adverbs'), STOPS = wordList(presentPerfectDate.id, 'stops');

/** Is token `j` a past participle: a form in -ed or an irregular one of the rule's list? */
function participle(doc: Doc, j: number): boolean {
  const t = doc.tokens[j];
  return !!t && t.word && !t.cap && (/^[a-z]{3,}ed$/.test(t.lower) || PARTICIPLES(doc.index).has(t.lower));
}

/** How far back from the stance the reporting verb is looked for ("have told their counterparts that a settlement
 * must include: the withdrawal …; recognition …; a commitment that Ukraine will never join NATO"). */
const WALK = 40;

/** "has" or "have" at `j` followed, past at most three adverbs, by a past participle. */
function perfectAt(doc: Doc, s: Sentence, j: number): boolean {
  if (!AUXILIARIES(doc.index).has(doc.tokens[j].lower)) return false;
  const adverbs = ADVERBS(doc.index);
  for (let k = j + 1; k < s.tEnd && k <= j + 4; k++) {
    if (participle(doc, k)) return true;
    const x = doc.tokens[k].lower;
    if (!(adverbs.has(x) || /^[a-z]{3,}ly$/.test(x))) return false;
  }
  return false;
}

/**
 * An auxiliary of the perfect right before the verb at `k`, past at most three adverbs (or words in -ly): "has said",
 * "have long insisted"; with `pluperfect`, "had" too ("had insisted since March", claim/since-bound-date).
 */
export function auxiliaryBefore(doc: Doc, s: Sentence, k: number, pluperfect = false): boolean {
  let a = k - 1;
  while (a >= s.tStart && a >= k - 3 && (ADVERBS(doc.index).has(doc.tokens[a].lower) || /^[a-z]{3,}ly$/.test(doc.tokens[a].lower))) a--;
  if (a < s.tStart) return false;
  const w = doc.tokens[a].lower;
  return AUXILIARIES(doc.index).has(w) || (pluperfect && w === 'had');
}

/** A past speech verb ("said", "told", "informed"), not itself perfect, before token `j` of sentence `s`. */
function pastSpeechBefore(doc: Doc, s: Sentence, j: number): boolean {
  const speech = doc.index.words('speech-verbs');
  for (let k = j - 1; k >= s.tStart; k--) {
    // (A past verb opening a "that" clause reports too: "informed the media that Switzerland has accepted …".)
    const reports = speech.has(doc.tokens[k].lower) || [1, 2, 3].some((n) => doc.tokens[k + n]?.lower === 'that' && k + n < j);
    if (!reports || !participle(doc, k)) continue;
    if (!auxiliaryBefore(doc, s, k)) return true;
  }
  return false;
}

/**
 * Is the stance at token `start` of sentence `s` reported in the present perfect (claim/present-perfect-date)? Its
 * own verb ("has offered") or the nearest reporting verb before it ("has said that …") decides; a past speech verb
 * ("said", "told") or a pluperfect "had" before the perfect one means a past report.
 */
export function presentPerfectStance(doc: Doc, s: Sentence, start: number): boolean {
  const speech = doc.index.words('speech-verbs');
  const stops = STOPS(doc.index);
  for (let j = start; j >= s.tStart && j >= start - WALK; j--) {
    const x = doc.tokens[j].lower;
    if (stops.has(x)) return false;
    // ("Amherd told the media that Switzerland has accepted …": a perfect reported by a past speech verb is that
    // speech's, dated by it.)
    if (perfectAt(doc, s, j)) return !pastSpeechBefore(doc, s, j);
    // (The stance's own past verb, "Kyiv rejected …", or a past speech verb before it, "said that …".)
    if ((j === start || speech.has(x)) && participle(doc, j)) {
      // ("has said" is read at "has", one step left; a bare past "said" is a past report.)
      if (!auxiliaryBefore(doc, s, j)) return false;
    }
  }
  return false;
}
