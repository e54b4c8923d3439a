// Threats made by saying how another party's act will be answered (issue 7, threats of harmful action): "any oil
// drilling in the disputed waters would be met with force", "any deployment of Western troops would be met with a
// military response", "the seizure of our assets will not go unanswered". Like "would be regarded as an attack"
// (candidate/regarded-as-hostile), the act so answered is what the threat is about: the subject before the modal
// gives the issue (content/condition-subject). Only in the future, after a modal: "the proposal was met with
// scepticism" reports a reaction. Word lists: lexicon/data/rules.json candidate/met-with-force.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';
import type { Trigger } from './triggers.js';
import { QUOTE_MARKS } from './quote-marks.js';

export const metWithForce = defineRule({
  id: 'candidate/met-with-force', stage: 'candidate',
  reason: 'One of \'modals\' + "be" + one of \'participles\' ("met", "answered") + "with" and, within a few words, one of \'responseNouns\' ("would be met with force", "will be answered with a crushing military response"), or a modal + "not go"/"not be left" + one of \'unanswered\' ("will not go unanswered"), is a threat about the act that is its subject ("any attack on Crimea", "the seizure of its assets"). Not a reaction reported ("was met with scepticism": no modal), not a welcome ("will be met with a guard of honour": no response noun), not a guess ("could be met": not one of \'modals\').',
});

/** THREATEN triggers of "would be met with force", "will not go unanswered" in the sentence. */
export function metWithForceCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(metWithForce.id, list);
  const lower = (k: number) => tokens[k]?.lower ?? '';
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  let modals: Set<string> | null = null;
  for (let i = s.tStart + 1; i < s.tEnd - 2; i++) {
    const x = lower(i);
    if (x !== 'be' && x !== 'go' && x !== 'left') continue;
    modals ??= w('modals');
    let end = -1, detail = '', force = false;
    let m = i - 1;
    if (x === 'be' && w('participles').has(lower(i + 1)) && lower(i + 2) === 'with') {
      if (!modals.has(lower(m))) continue;
      const nouns = w('responseNouns');
      // (A quote mark may open the answer: 'would be met with "an immediate military response"'.)
      let armed = false;
      for (let k = i + 3; k < Math.min(s.tEnd, i + 10); k++) {
        if (!tokens[k].word && tokens[k].text !== '-' && !QUOTE_MARKS.has(tokens[k].text)) break;
        if (w('forceAdjectives').has(lower(k))) armed = true;
        if (nouns.has(lower(k))) { end = i + 3; force = armed || w('forceNouns').has(lower(k)); detail = `"${tokens[m].text} be ${tokens[i + 1].text} with … ${tokens[k].text}"`; break; }
      }
    } else if (x === 'be' && lower(i + 1) === 'answered' && (!tokens[i + 2]?.word || /^(?:and|if|unless|should)$/.test(lower(i + 2)))) {
      // ("any use of the assets would be theft and would be answered", "the seizure will be answered, if it comes":
      // an answer with no manner named, at the clause's end, is still one declared beforehand.)
      if (!modals.has(lower(m))) continue;
      end = i + 2; detail = `"${tokens[m].text} be answered"`;
    } else if ((x === 'go' || (x === 'left' && lower(i - 1) === 'be')) && w('unanswered').has(lower(i + 1))) {
      if (x === 'left') m--;
      if (lower(m) !== 'not' && lower(m) !== 'never') continue;
      m--;
      if (!modals.has(lower(m))) continue;
      end = i + 2; detail = `"${tokens[m].text} not … ${tokens[i + 1].text}"`;
    }
    if (end < 0 || raw.some((r) => r.start < end && r.end > m)) continue;
    // (The answer after the phrase says how, not about what: the content ends with the phrase, so the subject before
    // the modal gives the issue, content/condition-subject; an answer of force alone is about the fighting.)
    const trigger: Trigger = { start: m, end, type: 'THREATEN', cue: null, rule: 'met-with-force', negated: false, nominal: false, complement: false, modal: true, object: 'after', modality: 'asserted', exchange: false, contentEnd: end, defaultIssue: force ? 'ceasefire' : undefined };
    out.push({ trigger, detail: `${detail}: the act so answered is threatened` });
  }
  return out;
}

/** "met" at `i` is a passive participle ("would be met with force", "was met with scepticism"): an answer, no meeting. */
export function passiveMet(doc: Doc, i: number): boolean {
  return doc.index.words(metWithForce.id, 'passiveAux').has(doc.tokens[i - 1]?.lower ?? '');
}
