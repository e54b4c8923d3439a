// Figurative and rhetorical refusals (issue 7): "The door to Istanbul is closed", "Moscow will not be fooled
// twice by a Minsk-style pause", "Not one centimetre", "We are not a suitcase to be handed from one owner to
// another", "There will be no second Munich". The figure names the stance (a closed door refuses, an open one
// offers); what is refused is the figure's own object when it names an issue, else the question or the call
// the speech answers, named around it ("… said of calls to trade land for peace", "… when asked whether Kyiv
// would withdraw from Sloviansk", "…, dismissing a return to the 2022 draft": content/asked-about).
// Word lists: lexicon/data/rules.json under each rule's id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { ClaimType } from './types.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { defineWordClass } from '../annotate/word-classes.js';
import { itemsOf, type IssueItem } from './items.js';

export interface FigureHit { trigger: Trigger; detail: string }

export const figurativeRefusal = defineRule({
  id: 'candidate/figurative-refusal', stage: 'candidate',
  reason: 'Figures of refusal and of openness: a door or a window to something closed, shut or slammed refuses it and an open one offers it ("the door to NATO remains open", "closed the door on talks"); not being fooled or tricked again by something refuses it ("will not be fooled twice by a Minsk-style pause"); a minimal quantity ("not one centimetre", "not a single inch") refuses giving anything; "not a suitcase/commodity to be handed/traded" refuses being handed over. The object is the figure\'s own ("the door to talks") or the question it answers (content/asked-about); a figure that names neither ("the door to the hall was closed") gives nothing; a door verb right after "behind" is the idiom of privacy ("met behind closed doors on Friday"), no figure.',
});

export const askedAbout = defineRule({
  id: 'content/asked-about', stage: 'content',
  reason: 'A quoted refusal whose words name no issue refuses what the speech is about, named after the speech verb: "said of calls to trade land for peace", "replied when asked whether Kyiv would withdraw from Sloviansk", "said when asked about a land swap", "…, dismissing a return to the 2022 draft". Its issue and places are that phrase\'s.',
});

function trig(start: number, end: number, type: ClaimType, rule: string, contentEnd?: number): Trigger {
  return { start, end, type, cue: null, rule, negated: false, nominal: false, complement: false, modal: false, object: 'after', modality: 'asserted', exchange: false, contentEnd };
}

/** The figures' anchor words as a word class. */
const FIGURE_ANCHOR = defineWordClass('figure anchors', (index) => index.words(figurativeRefusal.id, 'anchors'));

/** Candidates of the figures; a sentence with none of their anchor words costs one bit test. */
export function figurativeCandidates(doc: Doc, s: Sentence, raw: Trigger[]): FigureHit[] {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(figurativeRefusal.id, list);
  if ((s.classes & FIGURE_ANCHOR.bit) === 0) return [];
  const out: FigureHit[] = [];
  const lower = (j: number) => tokens[j]?.lower ?? '';
  const taken = (j: number) => raw.some((r) => r.start <= j && j < r.end);
  const doors = w('doors'), closed = w('closed'), open = w('open'), copulas = w('copulas'), adverbs = w('adverbs');
  const doorVerbs = w('doorVerbs'), keepVerbs = w('keepVerbs'), preps = w('doorPreps');
  const deceived = w('deceived'), measures = w('measures'), handed = w('handed'), negations = w('negations');
  for (let i = s.tStart; i < s.tEnd; i++) {
    const x = lower(i);
    if (doors.has(x) && preps.has(lower(i + 1))) {
      // "the door to X is (firmly) closed / remains open": the state after X's copula.
      let c = i + 2;
      while (c < Math.min(i + 9, s.tEnd) && !copulas.has(lower(c)) && tokens[c].word) c++;
      if (copulas.has(lower(c)) && c > i + 2) {
        let k = c + 1;
        let neg = false;
        while (k < s.tEnd && (adverbs.has(lower(k)) || copulas.has(lower(k)) || lower(k) === 'not')) { if (lower(k) === 'not') neg = true; k++; }
        const state = closed.has(lower(k)) ? 'closed' : open.has(lower(k)) ? 'open' : '';
        if (state) {
          const type: ClaimType = (state === 'closed') !== neg ? 'REJECT' : 'OFFER';
          out.push({ trigger: trig(i, i + 2, type, 'figure-door', c), detail: `a door ${neg ? 'not ' : ''}${state}` });
          continue;
        }
      }
      // "closed the door on talks", "kept the door open to a deal": the verb before the door.
      let v = i - 1;
      if (lower(v) === 'the' || lower(v) === 'a' || lower(v) === 'its' || lower(v) === 'their') v--;
      // ("met behind closed doors": an idiom of privacy, no door closed on anything.)
      if (doorVerbs.has(lower(v)) && !taken(v) && !w('privateBefore').has(lower(v - 1))) out.push({ trigger: trig(v, i + 2, 'REJECT', 'figure-door'), detail: `${lower(v)} the door` });
    }
    else if (doors.has(x) && keepVerbs.has(lower(i - 2)) && open.has(lower(i + 1)) && preps.has(lower(i + 2))) {
      out.push({ trigger: trig(i - 2, i + 3, 'OFFER', 'figure-door'), detail: `${lower(i - 2)} the door open` });
    }
    else if (deceived.has(x) && (lower(i + 1) === 'by' || lower(i + 1) === 'into' || lower(i + 1) === 'again' || lower(i + 1) === 'twice')) {
      // "will not be fooled (twice) by X", "won't be tricked again into X": the negation opens the figure.
      let n = i - 1;
      if (lower(n) === 'be' || lower(n) === 'get') n--;
      if (!negations.has(lower(n))) continue;
      let b = i + 1;
      while (b < Math.min(i + 5, s.tEnd) && lower(b) !== 'by' && lower(b) !== 'into') b++;
      if (b >= s.tEnd || (lower(b) !== 'by' && lower(b) !== 'into')) continue;
      out.push({ trigger: trig(n, b + 1, 'REJECT', 'figure-deceived'), detail: `not ${x}` });
    }
    else if (x === 'not' && (lower(i + 1) === 'one' || lower(i + 1) === 'a' || lower(i + 1) === 'an' || lower(i + 1) === 'single')) {
      // "Not one centimetre", "not a single inch": a minimal quantity; "not a suitcase to be handed".
      let k = i + 1;
      if (lower(k) === 'a' && lower(k + 1) === 'single') k++;
      k++;
      if (measures.has(lower(k))) { out.push({ trigger: trig(i, k + 1, 'REJECT', 'figure-minimum'), detail: `not one ${lower(k)}` }); continue; }
      // "We are not a suitcase to be handed from one owner to another": a thing to be handed over.
      if (lower(i + 1) !== 'a' && lower(i + 1) !== 'an') continue;
      for (let j = i + 2; j < Math.min(i + 6, s.tEnd - 2); j++) {
        if (lower(j) === 'to' && lower(j + 1) === 'be' && handed.has(lower(j + 2))) { out.push({ trigger: trig(i, j + 3, 'REJECT', 'figure-commodity'), detail: `not a thing to be ${lower(j + 2)}` }); break; }
        if (!tokens[j].word) break;
      }
    }
  }
  return out;
}

/** The phrase a quoted speech is about, after it: [from, to) of "of calls to …", "when asked whether …", "dismissing …"; null when none. */
export function askedAboutPhrase(doc: Doc, s: Sentence, t: Trigger): [number, number] | null {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(askedAbout.id, list);
  const speech = doc.index.words('speech-verbs');
  const after = w('afterSpeech'), asked = w('asked'), askedWords = w('askedWords'), participles = w('participles');
  // The quote closes between the stance and the phrase.
  let q = t.end;
  while (q < s.tEnd && tokens[q].text !== '"' && tokens[q].text !== "'") q++;
  if (q >= s.tEnd) return null;
  let end = s.tEnd;
  while (end > q && !tokens[end - 1].word) end--;
  for (let j = q + 1; j < end; j++) {
    const x = tokens[j].lower;
    // "said of calls to …", "told reporters about …".
    if (after.has(x) && (speech.has(tokens[j - 1].lower) || speech.has(tokens[j - 2]?.lower ?? ''))) return j + 1 < end ? [j + 1, end] : null;
    // "when asked whether …", "asked about …".
    if (asked.has(x)) { let k = j + 1; while (k < end && askedWords.has(tokens[k].lower)) k++; return k < end ? [k, end] : null; }
    // ", dismissing a return to …", ", in response to …".
    if (participles.has(x) && tokens[j - 1].text === ',') return j + 1 < end ? [j + 1, end] : null;
  }
  return null;
}

/** The issue items of the phrase the speech answers; a plan or draft named there with no issue is the talks (spec rule 9). */
export function askedAboutItems(doc: Doc, s: Sentence, t: Trigger): IssueItem[] {
  const phrase = askedAboutPhrase(doc, s, t);
  if (!phrase) return [];
  const items = itemsOf(doc, phrase[0], phrase[1], t).map((it) => ({ ...it, start: Math.min(it.start, t.start), end: Math.max(it.end, t.end) }));
  if (items.length) return items;
  const plans = doc.index.words('content/plan-is-talks');
  for (let j = phrase[0]; j < phrase[1]; j++) if (plans.has(doc.tokens[j].lower)) return [{ issue: 'talks', regions: [], start: t.start, end: Math.max(t.end, j + 1) }];
  return [];
}
