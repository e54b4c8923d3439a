// A question left to later talks, said as what will happen rather than what should: "the status of Crimea would be
// the subject of separate bilateral talks over 15 years", "the future of the Donbas would be left to a meeting of the
// two presidents", "territorial questions would be discussed at a later stage", "Crimea and Sevastopol were to be set
// aside for fifteen years of consultations", "the questions of territory had been put in brackets for a meeting of the
// two leaders". Whoever says how a disputed question is to be settled puts forward a format (spec §2 PROPOSE: "a
// format"), the same reading content/procedural-deontic and content/deferred-status give the deontic ("should be left
// for the leaders' meeting", "should be the subject of separate negotiations"); the future and the plan's "was to be"
// have no cue of their own, so nothing was read (gold of own sets E, R, AE, AK, AO, Q, I, W: PROPOSE talks, or PROPOSE
// territory for a status made the matter of talks of its own). The holder is the speaker, or the plan's authors when
// the sentence states what a plan provides ("Under the proposal, the status of Crimea would be left to bilateral
// negotiations": candidate/document-provision). Words: rules.json candidate/deferred-question, and the frames and
// talks nouns of content/deferred-status and content/procedural-deontic.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import { itemsOf } from './items.js';
import { defineRule } from './rules/registry.js';
import { deferredStatus } from './deferred-status.js';
import { proceduralDeontic } from './procedural-deontic.js';

export const deferredQuestion = defineRule({
  id: 'candidate/deferred-question', stage: 'candidate',
  // (Gate: every match needs a word of this list in the sentence, as the finder's own precheck says.)
  needs: [{ list: 'heads' }],
  reason: 'A question (\'questions\': "the status of", "the future of", "territorial questions"; or a place) whose predicate, after a modal or "was to" and "be" (\'modals\', \'pasts\'; not negated), leaves it to talks of its own: "would be the subject of separate talks", "would be left to a meeting of the two presidents", "would be discussed at a later stage", "were to be set aside for consultations" (\'leaveVerbs\' + a talks noun or the leaders within the clause; \'discussVerbs\' + a deferral, \'discussFormats\'; content/deferred-status \'frames\'), puts forward a format: PROPOSE, held by the speaker or the plan. A past "was left to", "had been put in brackets for" reads the same with \'leaveVerbs\' only. Not a complement naming the people or a referendum (procedural-deontic \'ratifiers\': a condition of ratification), nor a subject that is a party ("Ukraine would be left to fend for itself").',
});

const lower = (doc: Doc, k: number) => doc.tokens[k]?.lower ?? '';

/** The phrase of `phrases` (one to four words) starting at `j`: its end, else -1 (the longest). */
function phraseEnd(doc: Doc, j: number, limit: number, phrases: Set<string>): number {
  let end = -1, words = '';
  for (let n = 0; n < 4 && j + n < limit && doc.tokens[j + n].word; n++) {
    words = n ? `${words} ${lower(doc, j + n)}` : lower(doc, j + n);
    if (phrases.has(words)) end = j + n + 1;
  }
  return end;
}

/** PROPOSE triggers for a question left to later talks, in the sentence. */
export function deferredQuestionCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const w = (list: string) => doc.index.words(deferredQuestion.id, list);
  // (Every match has "be" or a past participle of leaving: a sentence with none of the heads returns at once.)
  if (!doc.sentenceWords.has(s.index, w('heads'))) return out;
  const { tokens } = doc;
  const modals = w('modals'), pasts = w('pasts'), adverbs = w('adverbs'), negations = w('negations');
  const leave = w('leaveVerbs'), discuss = w('discussVerbs'), discussFormats = w('discussFormats');
  const talksNouns = doc.index.words(deferredStatus.id, 'talksNouns');
  const frames = doc.index.words(deferredStatus.id, 'frames');
  const ratifiers = doc.index.words(proceduralDeontic.id, 'ratifiers');
  const pformats = doc.index.words(proceduralDeontic.id, 'formats');
  const ownWords = w('ownTalksWords'), meetingWords = w('meetingWords');
  for (let i = s.tStart; i < s.tEnd - 2; i++) {
    const x = lower(doc, i);
    let j = -1, past = false;
    if (modals.has(x)) {
      // "would be", "will then be", "could be".
      j = i + 1;
      while (j < s.tEnd && j <= i + 3 && adverbs.has(lower(doc, j))) j++;
      if (lower(doc, j) !== 'be') continue;
      j++;
    }
    else if (pasts.has(x)) {
      // "was to be set aside", "were to be settled"; or a past of leaving: "was left for", "had been put in brackets".
      if (lower(doc, i + 1) === 'to' && lower(doc, i + 2) === 'be') j = i + 3;
      else { j = i + 1; if (lower(doc, j) === 'been') j++; past = true; }
    }
    else continue;
    // ("would not be discussed", "will never be left to": a refusal, candidate/modal's negated passive.)
    let negated = false;
    for (let k = i + 1; k < j; k++) if (negations.has(lower(doc, k))) negated = true;
    if (negated) continue;
    // (A scare quote may open the predicate: 'had been "put in brackets" for a meeting'.)
    while (j < s.tEnd && (adverbs.has(lower(doc, j)) || tokens[j].text === '"' || tokens[j].text === '“')) j++;
    // The predicate: a verb of leaving it to talks, the frame "the subject of", or a verb of discussing with a format.
    let leaveEnd = phraseEnd(doc, j, s.tEnd, leave);
    // (A quote may open the pair the question is left between: 'would be left "between me and Putin"'.)
    if (leaveEnd < 0 && lower(doc, j) === 'left' && /^["“]$/.test(tokens[j + 1]?.text ?? '') && lower(doc, j + 2) === 'between') leaveEnd = j + 3;
    const frameEnd = past ? -1 : phraseEnd(doc, j, s.tEnd, frames);
    const discussEnd = past || leaveEnd > 0 || frameEnd > 0 ? -1 : phraseEnd(doc, j, s.tEnd, discuss);
    const predEnd = Math.max(leaveEnd, frameEnd, discussEnd);
    if (predEnd < 0) continue;
    // The complement, to a clause break: talks, a meeting or the leaders (or, after a verb of discussing, "separately",
    // "later", "at a later stage"), and no ratifier.
    let named = false, ratified = false, end = predEnd, ownTalks = frameEnd > 0, meeting = false;
    for (let k = predEnd; k < s.tEnd && k < predEnd + 12; k++) {
      const y = tokens[k];
      if (y.text === ';' || y.text === ':' || y.text === '.' || ((y.text === ',' || y.lower === 'and' || y.lower === 'while' || y.lower === 'but') && named)) break;
      // ("would be decided within a comprehensive agreement, not separately": a deferral denied is no format.)
      if (ratifiers.has(y.lower) || negations.has(y.lower)) ratified = true;
      // (Talks of its own, "set aside for bilateral consultations over 15 years", "discussed separately", make the
      // status the matter; a meeting of the leaders is the format, content/deferred-question.)
      if (ownWords.has(y.lower)) ownTalks = true;
      if (meetingWords.has(y.lower)) meeting = true;
      // (After a verb of discussing only a deferral names the talks: "would be discussed at the meeting on Friday" is an
      // agenda, "would be discussed separately", "at a later stage", "by the two presidents" a format.)
      if (discussEnd > 0 ? discussFormats.has(y.lower) : talksNouns.has(y.lower) || pformats.has(y.lower)) named = true;
      end = k + 1;
    }
    // ("would be left "between me and Putin"": a question left between two leaders names who settle it, the format.)
    if (leaveEnd > 0 && lower(doc, leaveEnd - 1) === 'between') named = true;
    // ("left for" with no talks after it: "was left for dead", "would be left for later generations" say nothing of talks.)
    if (!named || ratified) continue;
    // ("could only be discussed by the two presidents", "discussed only at the level of leaders": "only" sets terms,
    // a demand the condition cues and candidate/modal read.)
    let only = false;
    for (let k = i + 1; k < Math.min(end, predEnd + 2); k++) if (lower(doc, k) === 'only') only = true;
    if (only) continue;
    // The subject: back to a clause opener, a question noun or a place, and no party heading it.
    // ("Podolyak said the status of Crimea would be …": a verb of saying opens the subject's clause too.)
    const openers = w('subjectOpeners'), questions = w('questions'), speech = doc.index.words('speech-verbs');
    let from = i;
    while (from > s.tStart && !openers.has(lower(doc, from - 1)) && !speech.has(lower(doc, from - 1)) && tokens[from - 1].text !== ',' && tokens[from - 1].text !== ';' && tokens[from - 1].text !== ':' && i - from < 20) from--;
    // (A parenthesis of saying before the auxiliary, "Crimea's status, he said, would be …", is skipped: not reached here.)
    let question = false;
    for (let k = from; k < i; k++) {
      if (questions.has(lower(doc, k)) || doc.placeAt.has(k) || doc.issueAt.get(k)?.values.some((v) => v.issue === 'territory' && !v.weak)) question = true;
    }
    if (!question) continue;
    if ((doc.actorsBySentence.get(s.index) ?? []).some((a) => a.start >= from && a.start < i && !a.possessive && !a.object && a.start === from)) continue;
    // (A stance already read on these words stays.)
    if (raw.some((r) => r.start < end && r.end > i)) continue;
    const t: Trigger = { start: from, end: predEnd, type: 'PROPOSE', cue: null, rule: 'deferred-question', negated: false, nominal: false, complement: false, modal: true, object: 'after', modality: 'asserted', exchange: false, contentEnd: end, deferral: { subject: [from, i], ownTalks: ownTalks && !meeting, end } };
    out.push({ trigger: t, detail: `"${doc.text.slice(tokens[i].start, tokens[predEnd - 1].end)}" + talks: a question left to later talks` });
  }
  return out;
}

export const deferredQuestionIssue = defineRule({
  id: 'content/deferred-question', stage: 'content',
  reason: 'The issue of a question left to later talks (candidate/deferred-question): a status made the matter of talks of its own ("would be the subject of separate talks", content/deferred-status \'frames\') whose subject names land is a proposal on that land (territory, its places: spec rule 5); else the format, the talks, with the places its subject names ("the future of the Donbas would be left to a meeting of the two presidents").',
});

/** The item of a deferral trigger, else null (not one). */
export function deferredQuestionItems(doc: Doc, t: Trigger): IssueItem[] | null {
  const d = t.deferral;
  if (!d) return null;
  const [a, b] = d.subject;
  const subjectItems = itemsOf(doc, a, b, t);
  // (Land named by its places: "territorial questions would be discussed separately" is the format.)
  const land = subjectItems.filter((it) => it.issue === 'territory' && it.regions.length > 0);
  const regions = [...new Set(subjectItems.flatMap((it) => it.regions))];
  if (d.ownTalks && land.length) return land.map((it) => ({ ...it, start: t.start, end: d.end }));
  return [{ issue: 'talks', regions, start: t.start, end: d.end }];
}
