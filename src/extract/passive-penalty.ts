// Penalties told in the passive (issue 7, threats of harmful action). "Sanctions on Belgrade would be stepped up for as
// long as the shelling goes on, London said", "new tariffs will be imposed on Serbian steel": the measure is the
// subject and no party acts in the clause, but the speaker announces its own step against another, a threat as
// "London would step up sanctions" is. "Serbia would be hit with new sanctions if it attacked again, Britain warned",
// "Armenia will be punished": the party the harm falls on is the subject, and the threat is the speaker's, never the
// subject's. With no speaker of another party named ("Yerevan would be hit hardest by the closure, analysts said";
// "we would be punished") it is a forecast or a complaint, no claim. Held like a deontic by the quote's or the
// sentence's speaker (modal: the deontic-speaker holder rule). Word lists: lexicon/data/rules.json under the ids.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { ActorMention } from '../annotate/mentions.js';
import { defineRule } from './rules/registry.js';
import type { Trigger } from './triggers.js';

export const passiveMeasure = defineRule({
  id: 'candidate/passive-measure', stage: 'candidate',
  reason: 'A sanctions measure as the subject (a sanctions term before the modal in its clause, not relief: \'notRelief\'), a modal, "be" and one of \'participles\' ("sanctions on Moscow would be tightened further", "new tariffs will be imposed on …", "the restrictions would be stepped up") is the speaker\'s threat of sanctions, with or without a condition. Not negated, not with "by" an agent after it (someone else\'s act), not "could"/"might" (a guess: \'modals\').',
});

export const passiveHarm = defineRule({
  id: 'candidate/passive-harm', stage: 'candidate',
  reason: 'A party as the subject, a modal, "be" and one of \'participles\' of harming ("Serbia would be hit with new sanctions", "Armenia will be punished", "the port would be struck"): the harm falls on the subject, so the threat is the speaker\'s, of another party than the subject; with no such speaker (an analyst\'s forecast, the subject\'s own complaint, "we would be punished") it is no claim. An agent after "by" of another party than the speaker makes it a forecast about that party too. The issue is a sanctions term after the verb\'s, else the participle\'s own (\'participles\' maps each to it).',
});

// (Double quote marks only: an apostrophe is a possessive's as often, "Russia's assets would be …".)
const QUOTES = new Set(['"', '“', '”']);

/** The clause's words before the modal at `i`, back to a comma, "that", a quote mark or the sentence start. */
function subjectSpan(doc: Doc, s: Sentence, i: number): [number, number] {
  const t = doc.tokens;
  const stop = doc.index.words(passiveMeasure.id, 'clauseStarts');
  let k = i - 1;
  while (k >= s.tStart && i - k <= 12 && t[k].text !== ',' && t[k].text !== ';' && !QUOTES.has(t[k].text) && !stop.has(t[k].lower)) k--;
  return [k + 1, i];
}

/** "be" (past adverbs, "also", "further") after the modal at `i`, then a participle: its index, else -1. */
function participleAfter(doc: Doc, s: Sentence, i: number, skip: (k: number) => boolean): number {
  const t = doc.tokens;
  let j = i + 1;
  let be = false;
  while (j < s.tEnd && j <= i + 5) {
    const w = t[j].lower;
    if (w === 'not' || w === 'never' || w === 't') return -1;
    if (w === 'be') { be = true; j++; continue; }
    if (w === 'further' || skip(j)) { j++; continue; }
    break;
  }
  return be ? j : -1;
}

function sanctionsAt(doc: Doc, k: number): boolean {
  return doc.issueAt.get(k)?.values.some((x) => x.issue === 'sanctions') ?? false;
}

/** At the modal `i` with no party as its subject: the THREATEN trigger of a sanctions measure in the passive, else null. */
export function passiveMeasureAt(doc: Doc, s: Sentence, i: number, skip: (k: number) => boolean): { t: Trigger; why: string } | null {
  const t = doc.tokens;
  const w = (list: string) => doc.index.words(passiveMeasure.id, list);
  if (!w('modals').has(t[i].lower)) return null;
  const j = participleAfter(doc, s, i, skip);
  if (j < 0 || !w('participles').has(t[j]?.lower ?? '')) return null;
  let end = j + 1;
  if (t[end]?.lower === 'up') end++;
  if (t[end]?.lower === 'by') return null;
  const [from, to] = subjectSpan(doc, s, i);
  let term = false;
  const relief = w('notRelief');
  for (let k = from; k < to; k++) {
    if (relief.has(t[k].lower)) return null;
    if (sanctionsAt(doc, k)) term = true;
  }
  if (!term) return null;
  const trigger: Trigger = { start: from, end, type: 'THREATEN', cue: null, rule: 'passive-measure', negated: false, nominal: false, complement: false, modal: true, object: 'after', modality: 'asserted', exchange: false, defaultIssue: 'sanctions' };
  return { t: trigger, why: `a sanctions measure "${t[i].text} be ${t[j].text}": the speaker threatens it` };
}

/**
 * At the modal `i` whose subject is a party, the verb at `j` (past "be"): when the verb is a participle of harming,
 * the THREATEN trigger held by the sentence's speaker, or 'none' when the harm is no one's threat; null when the
 * verb is no such participle (the other modal rules read it).
 */
export function passiveHarmAt(doc: Doc, s: Sentence, subject: ActorMention, i: number, j: number, speaker: string[] | null): Trigger | 'none' | null {
  const t = doc.tokens;
  const participles = doc.index.vocab.rules[passiveHarm.id].participles as unknown as Record<string, string>;
  const own = Object.prototype.hasOwnProperty.call(participles, t[j].lower) ? participles[t[j].lower] : undefined;
  if (own === undefined) return null;
  if (!t.slice(i + 1, j).some((x) => x.lower === 'be' || x.lower === 'been')) return null;
  if (doc.index.set.pronounSpeaker.has(t[subject.start].lower) || !speaker || speaker.some((c) => subject.codes.includes(c))) return 'none';
  let issue = own;
  for (let k = j + 1; k < Math.min(s.tEnd, j + 8); k++) {
    const x = t[k].lower;
    if (x === ',' || x === ';' || x === 'if' || x === 'unless') break;
    if (sanctionsAt(doc, k)) { issue = 'sanctions'; break; }
    // ("would be struck by Serbian forces", said in Belgrade: the agent is the speaker's own party; by another party,
    // a forecast about it.)
    if (x === 'by') {
      const agent = doc.actorsBySentence.get(s.index)?.find((a) => a.start > k && a.start <= k + 3);
      if (agent && agent.codes.length && !agent.codes.some((c) => speaker.includes(c))) return 'none';
    }
  }
  return { start: i, end: j + 1, type: 'THREATEN', cue: null, rule: 'passive-harm', negated: false, nominal: false, complement: false, modal: true, object: 'after', modality: 'asserted', exchange: false, defaultIssue: issue };
}
