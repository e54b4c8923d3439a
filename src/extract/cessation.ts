// A halt to hostilities offered under a condition: "The shelling of Kharkiv can stop the moment Ukrainian
// units leave …", "Hostilities can cease the same day Kyiv accepts our conditions", "'The moment Kyiv
// withdraws, we stop shooting,' Putin said". With no condition the same words report or predict ("the
// shelling stopped", "the fighting could stop by spring"); with one, the speaker sets the price of the halt.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { conditionAt, conditionEnd, CONDITION_START } from './condition-marks.js';
import { inClass } from '../annotate/word-classes.js';

export const conditionalCessation = defineRule({
  id: 'candidate/conditional-cessation', stage: 'candidate',
  reason: 'In a sentence with a condition, a halt to hostilities outside the condition is offered: hostilities or the war as the subject of a modal and a verb of stopping ("The shelling of Kharkiv can stop the moment …", "Hostilities can cease the same day Kyiv accepts …", "the war could end tomorrow if …": held by the speaker), or a party that stops in the present tense ("The moment Kyiv withdraws, we stop shooting"). Without a condition such words report or predict.',
});

/** The offers of a halt to hostilities this sentence makes under its condition (candidate/conditional-cessation). */
export function cessationCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const { tokens, index } = doc;
  // Where the sentence's conditions are; most sentences have none.
  if ((s.classes & CONDITION_START.bit) === 0) return [];
  // (Speed: a stance here is one of its verbs, sentence-words.ts.)
  if (!doc.sentenceWords.has(s.index, index.words(conditionalCessation.id, 'verbs'))) return [];
  const spans: Array<[number, number]> = [];
  for (let i = s.tStart; i < s.tEnd; i++) {
    if (!inClass(tokens[i], CONDITION_START)) continue;
    const mark = conditionAt(doc, i);
    if (mark) spans.push([i, conditionEnd(doc, i + mark.length)]);
  }
  if (!spans.length) return [];
  const verbs = index.words(conditionalCessation.id, 'verbs');
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  for (let j = s.tStart + 1; j < s.tEnd; j++) {
    if (!verbs.has(tokens[j].lower) || spans.some(([a, b]) => j >= a && j < b) || raw.some((r) => r.start <= j && j < r.end)) continue;
    const modal = index.set.modals.has(tokens[j - 1].lower) ? j - 1 : -1;
    let start = -1, detail = '';
    if (modal > s.tStart) {
      // The modal's subject: a ceasefire term at most five tokens before it, in the same clause ("The shelling of
      // Kharkiv can stop").
      // (Or the war itself, its head noun right before the modal: "the war could end tomorrow if …", 'the "hot stage"
      // of the war could end if …': the end of the war is the halt offered, content/ending-the-war's nouns of war.)
      const warNouns = index.words(conditionalCessation.id, 'warNouns');
      let war = false;
      for (let k = modal - 1; k >= Math.max(s.tStart, modal - 5) && start < 0; k--) {
        if (tokens[k].text === ',' || actors.some((a) => a.start <= k && k < a.end && !a.possessive)) break;
        if (doc.issueAt.get(k)?.values.some((v) => v.issue === 'ceasefire' && !v.weak)) start = k;
        else if (k === modal - 1 && warNouns.has(tokens[k].lower) && /^(?:the|this|that|our|their)$/.test(tokens[k - 1]?.lower ?? '')) { start = k - 1; war = true; }
      }
      if (start >= 0) { while (start > s.tStart && tokens[start - 1].lower === 'the') start--; detail = war ? 'the war + modal + end, under a condition' : 'hostilities + modal + stop, under a condition'; }
    } else {
      // "we stop shooting": a party, then the verb in the present tense with a hostile act as its object.
      const subject = actors.find((a) => a.end === j && !a.possessive && !a.object);
      const objectTerm = doc.issueAt.get(j + 1)?.values.some((v) => v.issue === 'ceasefire' && !v.weak) || doc.issueAt.get(j)?.values.some((v) => v.issue === 'ceasefire' && !v.weak);
      if (subject && objectTerm) { start = j; detail = 'a party stops a hostile act, under a condition'; }
    }
    if (start < 0) continue;
    out.push({ trigger: { start, end: j + 1, type: 'OFFER', cue: null, rule: 'conditional-cessation', negated: false, nominal: false, complement: false, modal: false, object: 'after', modality: 'conditional', exchange: false, defaultIssue: 'ceasefire' }, detail });
  }
  return out;
}
