// Preconditions (issue 7, "goals and preconditions"): "the plan could only be put to a vote after a ceasefire of
// 60 days", "territorial questions could be discussed only at a meeting with Putin", "only a face-to-face
// meeting with the Russian leader can end the war". What may happen only after, at or through something makes
// that something a demand of the speaker's. Word lists: lexicon/data/rules.json under the rule's id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export interface PreconditionHit { trigger: Trigger; detail: string }

export const onlyPrecondition = defineRule({
  id: 'candidate/only-precondition', stage: 'candidate',
  // (Gate: every match is at "only".)
  needs: [{ word: 'only' }],
  reason: 'A restrictive "only" names a precondition, which its speaker demands: a modal passive with "only" before its preposition ("could only be put to a vote after a ceasefire", "could be discussed only at a meeting with Putin": the phrase after the preposition), and "only" before the subject of a modal ("only a face-to-face meeting can end the war": the subject). With no issue named there, what may only be discussed or negotiated so is about the talks. "Only two countries can veto it" names no issue and gives nothing.',
});

function demand(start: number, end: number, contentEnd: number | undefined, defaultIssue: string | undefined): Trigger {
  return { start, end, type: 'DEMAND', cue: null, rule: 'only-precondition', negated: false, nominal: false, complement: true, modal: true, object: 'after', modality: 'asserted', exchange: false, defaultIssue, contentEnd };
}

export function preconditionCandidates(doc: Doc, s: Sentence, raw: Trigger[]): PreconditionHit[] {
  const { tokens } = doc;
  let any = false;
  for (let j = s.tStart; j < s.tEnd && !any; j++) any = tokens[j].lower === 'only';
  if (!any) return [];
  const w = (list: string) => doc.index.words(onlyPrecondition.id, list);
  const modals = doc.index.set.modals, preps = w('preps'), talkVerbs = w('talkVerbs'), openers = w('subjectOpeners');
  // (Words that end the active verb phrase: a clause or a relative of its own.)
  const notActive = w('notActive');
  const lower = (j: number) => tokens[j]?.lower ?? '';
  const out: PreconditionHit[] = [];
  for (let i = s.tStart; i < s.tEnd; i++) {
    if (lower(i) !== 'only') continue;
    // "could only be put … after X", "could be discussed only at X": a modal passive around "only".
    let m = -1;
    for (let k = i - 1; k >= Math.max(s.tStart, i - 3); k--) if (modals.has(lower(k))) { m = k; break; }
    // "Peace is only possible through negotiations": a copula with an adjective of possibility works as the modal.
    const possible = w('possibleAdjectives');
    if (m < 0 && w('copulas').has(lower(i - 1)) && possible.has(lower(i + 1))) m = i - 1;
    if (m >= 0) {
      // The participle (or adjective of possibility): after "only be" or right before "only".
      let part = -1;
      if (lower(i + 1) === 'be' && (/(?:ed|en|wn|ut|et|ld|ne|ht|de)$/.test(lower(i + 2)) || possible.has(lower(i + 2)))) part = i + 2;
      else if (m === i - 1 && possible.has(lower(i + 1))) part = i + 1;
      else if (/(?:ed|en|wn|ut|et|ld|ne|ht|de)$/.test(lower(i - 1)) && lower(i - 2) === 'be') part = i - 1;
      // "the guarantees could only come into force after a ceasefire", "the treaty would only take effect once …": an
      // active verb phrase of a few words between "only" and a subordinator of time or condition ('activePreps') makes
      // what follows the precondition, as the passive does.
      if (part < 0 && m === i - 1 && lower(i + 1) !== 'be' && tokens[i + 1]?.word && !tokens[i + 1].cap) {
        const activePreps = w('activePreps');
        let p = i + 2;
        while (p < Math.min(i + 6, s.tEnd) && !activePreps.has(lower(p)) && tokens[p].word && !tokens[p].cap && !notActive.has(lower(p))) p++;
        // (Not right after another cue, "would only return once its demands …": the chain would join the two.)
        if (activePreps.has(lower(p)) && !raw.some((r) => r.start <= p && p <= r.end)) {
          // (A condition of the clause's subject or speaker, held as a condition is: no deontic's speaker.)
          out.push({ trigger: { ...demand(p, p + 1, undefined, undefined), modal: false }, detail: `only ${lower(i + 1)} … ${lower(p)} …` });
        }
        continue;
      }
      if (part < 0) continue;
      let p = Math.max(part, i) + 1;
      while (p < Math.min(part + 6, s.tEnd) && !preps.has(lower(p)) && tokens[p].word) p++;
      if (!preps.has(lower(p))) continue;
      // (A condition cue already there, "only after", is the same demand.)
      if (raw.some((r) => r.start <= p && p < r.end)) continue;
      const talk = talkVerbs.has(lower(part)) || possible.has(lower(part)) ? 'talks' : undefined;
      out.push({ trigger: demand(m, p + 1, undefined, talk), detail: `only ${lower(part)} ${lower(p)} …` });
      continue;
    }
    // "only a face-to-face meeting with Russia's leader can end the war": "only" before a modal's subject.
    if (i > s.tStart && !openers.has(lower(i - 1)) && tokens[i - 1].word) continue;
    let k = i + 1;
    while (k < Math.min(i + 14, s.tEnd) && !modals.has(lower(k)) && (tokens[k].word || tokens[k].text === '-' || tokens[k].text === "'")) k++;
    if (!modals.has(lower(k)) || k === i + 1) continue;
    // (", only that it would help …", "only then will we …": no noun phrase, no precondition.)
    const notSubject = w('notSubject');
    let np = true;
    for (let q = i + 1; q < k && np; q++) np = !notSubject.has(lower(q));
    if (!np) continue;
    // The modal's own stance ("can end the war") is the precondition's frame, not a stance of the subject's.
    for (let q = raw.length - 1; q >= 0; q--) if (raw[q].start >= k && raw[q].start <= k + 2) raw.splice(q, 1);
    out.push({ trigger: demand(i, i + 1, k, undefined), detail: `only … ${lower(k)}` });
  }
  return out;
}
