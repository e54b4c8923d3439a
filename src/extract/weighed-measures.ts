// Threats of economic measures voiced without a verb of threatening (issue 7, "threat frames"): "Trump said he was
// 'strongly considering' banking sanctions on Iran until a deal was reached", "gave Tehran 50 days to reach a deal or
// face tariffs of 100 percent", "he would have 'no other choice' than to put tariffs and sanctions on anything sold by
// Venezuela". Weighing a punitive measure aloud, setting it as the price of refusing, or calling it the only choice
// left warns of it (spec §2 THREATEN: "warns of a harmful step unless something happens"). Only with a sanctions term
// in the few words after the frame and no word of relief between ("considering lifting sanctions" offers relief, it
// threatens nothing), and not negated ("is not considering new tariffs"). The holder is found as for any stance:
// the subject ("he was considering") or the party that set the price ("Trump gave Tehran 50 days … or face …").
// Words: rules.json candidate/weighed-measure.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export interface WeighedHit { trigger: Trigger; detail: string }

export const weighedMeasure = defineRule({
  id: 'candidate/weighed-measure', stage: 'candidate',
  reason: 'Weighing a punitive measure aloud ("strongly considering banking sanctions"), setting it as the price of refusing ("reach a deal or face tariffs") or calling it the only choice left ("no other choice than to put tariffs on …") threatens it: THREATEN sanctions, when a sanctions term follows within a few words with no word of relief (lifting, easing) and no clause break between, and no negation just before the frame.',
});

/** The end of phrase `phrases` at token j, quote marks inside it skipped ('"no other choice" than to'), else -1. */
function phraseEnd(doc: Doc, j: number, limit: number, phrases: Set<string>, longest: number): number {
  let end = -1, words = '', n = 0;
  for (let k = j; k < limit && n < longest; k++) {
    const x = doc.tokens[k];
    if (x.text === '"' || x.text === '“' || x.text === '”') { if (n === 0) return -1; continue; }
    if (!x.word) break;
    words = n ? `${words} ${x.lower}` : x.lower;
    n++;
    if (phrases.has(words)) end = k + 1;
  }
  return end;
}

/** Each frame list's first words and its longest frame in words, computed once per list (not per sentence: speed). */
const frameTables = new WeakMap<Set<string>, { firsts: Set<string>; longest: number }>();
function framesOf(frames: Set<string>): { firsts: Set<string>; longest: number } {
  let t = frameTables.get(frames);
  if (!t) {
    let longest = 1;
    for (const f of frames) longest = Math.max(longest, f.split(' ').length);
    t = { firsts: new Set([...frames].map((f) => f.split(' ')[0])), longest };
    frameTables.set(frames, t);
  }
  return t;
}

/** Candidates of a weighed, priced or unavoidable punitive measure. */
export function weighedMeasureCandidates(doc: Doc, s: Sentence, raw: Trigger[]): WeighedHit[] {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(weighedMeasure.id, list);
  const frames = w('frames');
  if (!frames.size) return [];
  const { firsts, longest } = framesOf(frames);
  // (Speed: no sentence without one of its words can match, sentence-words.ts.)
  if (!doc.sentenceWords.has(s.index, firsts)) return [];
  const relief = w('relief'), breaks = w('breaks'), negations = w('negations'), skips = w('skips');
  const out: WeighedHit[] = [];
  for (let i = s.tStart; i < s.tEnd; i++) {
    if (!firsts.has(tokens[i].lower)) continue;
    if (raw.some((r) => r.start <= i && i < r.end)) continue;
    const end = phraseEnd(doc, i, s.tEnd, frames, longest);
    if (end < 0) continue;
    // ("is not considering new tariffs", "isn't weighing sanctions": no threat.)
    let negated = false;
    for (let k = i - 1; k >= Math.max(s.tStart, i - 3) && !negated; k--) negated = negations.has(tokens[k].lower);
    if (negated) continue;
    // A sanctions term within the next words, before any clause break or word of relief.
    let term = -1;
    for (let k = end, n = 0; k < s.tEnd && n < 8 && term < 0; k++) {
      const x = tokens[k];
      if (x.text === '"' || x.text === '“' || x.text === '”') continue;
      if (!x.word && !skips.has(x.text)) break;
      if (relief.has(x.lower) || breaks.has(x.lower)) break;
      n++;
      const t = doc.issueAt.get(k);
      if (t && t.values.some((v) => v.issue === 'sanctions' && !v.weak)) term = t.end;
    }
    if (term < 0) continue;
    const trigger: Trigger = { start: i, end: term, type: 'THREATEN', cue: null, rule: 'weighed-measure', negated: false, nominal: false, complement: false, modal: false, object: 'after', modality: 'asserted', exchange: false, defaultIssue: 'sanctions' };
    // A price set against a refusal ("gave Tehran 50 days to reach a deal or face tariffs", "Serbia must recognise
    // Kosovo or face sanctions, the EU said"): the party that would face the measure is the one addressed by a verb of
    // setting a deadline ("gave Tehran") or the subject of a deontic ("Serbia must"); the threat is held by the party
    // that set the price, the subject before it, else the speaker after the frame. With neither, no threat is read.
    if (w('priced').has(tokens.slice(i, end).filter((x) => x.word).map((x) => x.lower).join(' '))) {
      const mentions = (doc.actorsBySentence.get(s.index) ?? []).filter((m) => !m.possessive && m.codes.length);
      const before = mentions.filter((m) => m.end <= i);
      const lower = (k: number) => tokens[k]?.lower ?? '';
      const facing = before.find((m) => w('addressVerbs').has(lower(m.start - 1)) || (lower(m.start - 1) === 'the' && w('addressVerbs').has(lower(m.start - 2))))
        ?? before.find((m) => w('deontics').has(lower(m.end)));
      if (!facing) continue;
      const other = (m: (typeof mentions)[number]) => m !== facing && !m.codes.some((c) => facing.codes.includes(c));
      const setter = before.filter((m) => m.end <= facing.start && other(m)).at(-1) ?? mentions.find((m) => m.start >= end && other(m));
      if (!setter) continue;
      trigger.heldBy = [...setter.codes];
      trigger.heldByParty = true;
    }
    out.push({ trigger, detail: `${tokens.slice(i, end).filter((x) => x.word).map((x) => x.lower).join(' ')} + a sanctions term` });
    i = term - 1;
  }
  return out;
}
