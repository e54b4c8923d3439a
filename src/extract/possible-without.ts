// A settlement possible without something: "Zelensky maintains that the ceasefire could be enacted without the
// lifting of sanctions", "Pashinyan said a peace treaty can be signed without changes to the Armenian constitution".
// Saying a deal, a truce or talks can go ahead without X refuses X as a condition of it: the speaker rejects the
// linkage the other side makes (spec §2 REJECT). The mirror of candidate/not-without ("there is no peace without X"
// demands X). Word lists: lexicon/data/rules.json under the rule's id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { negatedWithout } from '../annotate/party-participation.js';

export const possibleWithout = defineRule({
  id: 'candidate/possible-without', stage: 'candidate',
  // (Gate: every match is at "without".)
  needs: [{ word: 'without' }],
  reason: 'A settlement noun (\'subjects\': a ceasefire, a deal, a treaty, talks) as the subject of a modal and a passive participle or one of \'verbs\' ("could be enacted", "can be signed", "can go ahead", "could start"), then "without" and what is done without: the speaker refuses that thing as a condition of the settlement ("the ceasefire could be enacted without the lifting of sanctions" = REJECT sanctions by the speaker). Not negated ("cannot be signed without": candidate/not-without, a demand), not a manner (\'notLinked\': "without preconditions", "without delay"), not another subject ("Russia could be defeated without …").',
});

const BREAKS = new Set([',', ';', ':', 'but', 'and', 'or', 'that', 'because', 'while', 'if']);
const PARTICIPLE = /(?:ed|en|wn|ut|et|ld|ne|ht|de)$/;

export function possibleWithoutCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const { tokens } = doc;
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  let any = false;
  for (let j = s.tStart; j < s.tEnd && !any; j++) any = tokens[j].lower === 'without';
  if (!any) return out;
  const w = (list: string) => doc.index.words(possibleWithout.id, list);
  const modals = w('modals'), verbs = w('verbs'), subjects = w('subjects'), notLinked = w('notLinked'), adverbs = w('adverbs');
  const lower = (j: number) => tokens[j]?.lower ?? '';
  for (let i = s.tStart + 3; i < s.tEnd - 1; i++) {
    if (lower(i) !== 'without') continue;
    if (negatedWithout(tokens, s.tStart, i, doc.index)) continue;
    if (notLinked.has(lower(i + 1)) || notLinked.has(lower(i + 2))) continue;
    // Back from "without": the verb ("be" and a participle, or one of 'verbs', an adverb or two skipped), then the modal.
    let k = i - 1;
    while (k > s.tStart && adverbs.has(lower(k))) k--;
    let verb = -1;
    if (PARTICIPLE.test(lower(k)) && lower(k - 1) === 'be') verb = k - 1;
    else if (verbs.has(lower(k))) verb = k;
    else if (verbs.has(`${lower(k - 1)} ${lower(k)}`)) verb = k - 1;
    if (verb < 0) continue;
    let m = verb - 1;
    while (m > s.tStart && adverbs.has(lower(m))) m--;
    if (!modals.has(lower(m))) continue;
    // The modal's subject, back to its clause's start: a settlement noun within four words.
    let subject = false;
    for (let q = m - 1; q >= Math.max(s.tStart, m - 4); q--) {
      if (BREAKS.has(lower(q)) || !tokens[q].word) break;
      if (subjects.has(lower(q))) { subject = true; break; }
    }
    if (!subject) continue;
    // The verb's own cue ("signed", "agreed") is the frame's, not a stance of its own.
    for (let q = raw.length - 1; q >= 0; q--) if (raw[q].start >= verb && raw[q].end <= i) raw.splice(q, 1);
    const trigger: Trigger = { start: m, end: i + 1, type: 'REJECT', cue: null, rule: 'possible-without', negated: false, nominal: false, complement: true, modal: true, object: 'after', modality: 'asserted', exchange: false };
    out.push({ trigger, detail: `possible ${lower(m)} … without: the condition refused` });
  }
  return out;
}
