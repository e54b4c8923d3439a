// A rhetorical question refuses what it asks about: "What negotiations can we even talk about with people who strike
// indiscriminately at civilians?" (gold of own AG: RUS REJECT talks), "What ceasefire can there be with people who keep
// firing on our border?", "How can we negotiate with terrorists?". A question that opens with "what"/"which" (past
// "kind of", "sort of") and an issue term right after it, then a modal of possibility ("can", "could"), or "how" and such
// a modal, a person and a verb that is an issue term ("how can we negotiate"), asks whether the thing is possible at all:
// its speaker rules it out. Only a party's words hold it (the quote's or the sentence's speaker, holder/predicate-speaker);
// a reporter's question has no party speaking. A real question ("When will the negotiations take place?", "What talks are
// planned?") has no such opening and stays no stance (trigger/question). Words: rules.json candidate/rhetorical-question.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const rhetoricalQuestion = defineRule({
  id: 'candidate/rhetorical-question',
  stage: 'candidate',
  reason: 'A rhetorical question of possibility refuses what it asks about: "What negotiations can we even talk about with people who …?", "What ceasefire can there be with …?", "How can we negotiate with …?" ("what"/"which" + an issue term + "can"/"could", or "how" + "can"/"could" + a person + an issue verb). The speaker holds the refusal; the issue term is its content. A real question ("When will the talks take place?") is no stance.',
});

export interface RhetoricalHit { trigger: Trigger; detail: string }

export function rhetoricalQuestionCandidates(doc: Doc, s: Sentence, raw: Trigger[]): RhetoricalHit[] {
  const { tokens } = doc;
  const out: RhetoricalHit[] = [];
  const w = (list: string) => doc.index.words(rhetoricalQuestion.id, list);
  let mark = -1;
  for (let q = s.tStart; q < s.tEnd; q++) if (tokens[q].text === '?') { mark = q; break; }
  if (mark < 0) return out;
  const openers = w('openers'), fillers = w('fillers'), modals = w('modals'), persons = w('persons');
  for (let st = s.tStart; st < mark; st++) {
    // The question's first word: at the sentence's start, or after an opening quote or a colon.
    if (st > s.tStart && !/^["“:]$/.test(tokens[st - 1].text)) continue;
    const first = tokens[st].lower;
    if (first === 'how') {
      // "How can we negotiate with …?": the verb after the person names the issue.
      if (!modals.has(tokens[st + 1]?.lower ?? '') || !persons.has(tokens[st + 2]?.lower ?? '')) continue;
      let v = st + 3;
      if (tokens[v]?.lower === 'even' || tokens[v]?.lower === 'possibly' || tokens[v]?.lower === 'seriously') v++;
      const term = doc.issueAt.get(v);
      if (!term || v >= mark) continue;
      out.push(hit(st, mark, [v, term.end], 'how can'));
      continue;
    }
    if (!openers.has(first)) continue;
    let k = st + 1;
    while (k < mark && fillers.has(tokens[k].lower)) k++;
    const term = doc.issueAt.get(k);
    if (!term || term.end >= mark) continue;
    if (!modals.has(tokens[term.end].lower)) continue;
    // (The quote runs to the question mark: the whole question carries the refusal.)
    out.push(hit(st, mark, [k, term.end], `${first} … ${tokens[term.end].lower}`));
  }
  return out.filter((h) => !raw.some((r) => r.start < h.trigger.end && h.trigger.start < r.end));

  function hit(start: number, end: number, subject: [number, number], detail: string): RhetoricalHit {
    const t: Trigger = { start, end, type: 'REJECT', cue: null, rule: 'rhetorical-question', negated: false, nominal: false, complement: false, modal: false, object: 'before', modality: 'asserted', exchange: false };
    t.subject = subject;
    return { trigger: t, detail };
  }
}
