// Stances whose object only refers back to a step named just before (issue 7, referent resolution).
//
// content/further-steps: "The EU announced new sanctions on Belarus. Brussels was ready to take further steps if
// needed": readiness to take "further action" after a punitive measure was named is a warning of more of it, a
// THREATEN on that measure's issue (spec §2: "the actor warns of a harmful step"), not an offer. Only when the issue
// named before is one whose further steps harm (sanctions): "Baku announced a truce. It was ready to take further
// steps" offers, and names nothing this rule reads.
//
// content/referred-decision: "Washington imposed sanctions on the Serbian oil firm. Pristina welcomed the American
// decision": a stance on "the decision", "the move", "this step" with nothing after it is a stance on what that
// decision did, the issue named last before it (in its sentence, else the sentence before it). Words: rules.json.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';

export const furtherSteps = defineRule({
  id: 'content/further-steps', stage: 'content',
  reason: 'Readiness to take "further action", "further steps", "additional measures" ("Washington was prepared to take further action if necessary") right after a punitive measure was named (sanctions, in its sentence or the one before), or in an article whose lead names one ("Trump hit Russia\'s oil companies with sanctions …" then, paragraphs later, "Bessent made clear Washington stood ready to take further action"), warns of more of it: THREATEN on that issue (spec §2 THREATEN). After anything else (a truce, a prisoner exchange) it names no issue and is left alone.',
});

export const referredDecision = defineRule({
  id: 'content/referred-decision', stage: 'content',
  reason: 'A stance whose whole object is "the decision", "the American decision", "this move", "Washington\'s step" ("Zelensky welcomed the American decision") is about the step named last before it, in its sentence or the sentence before (across a paragraph break: a reaction often opens its own paragraph): "… announced sanctions on Rosneft. Kyiv welcomed the decision" accepts the sanctions. A decision followed by its own content ("the decision to hold talks") is read by the content rules as it is.',
});

/** Threats made from an offer of further steps (see makeClaim). */
export const furtherStepThreats = new WeakSet<Trigger>();

/** Issues named in the tokens [from, to), each term's strongest reading, in order. */
function issuesIn(doc: Doc, from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) {
    const term = doc.issueAt.get(k);
    if (!term || term.end > to) continue;
    const best = term.values.filter((v) => v.issue !== '_noise' && !v.weak).sort((a, b) => b.rank - a.rank)[0];
    if (best) out.push(best.issue);
  }
  return out;
}

/** The article's lead: its first two sentences (a dateline or a practice group's line, then the news). */
const LEAD_SENTENCES = 2;

/** The issues named in the article's lead, before `s`. */
function leadIssues(doc: Doc, s: Sentence): string[] {
  const last = doc.sentences[Math.min(LEAD_SENTENCES, s.index) - 1];
  return last ? issuesIn(doc, doc.sentences[0].tStart, last.tEnd) : [];
}

/** The tokens from the sentence before `s` (any paragraph) to `at`. */
function windowStart(doc: Doc, s: Sentence): number {
  const prev = doc.sentences[s.index - 1];
  return prev ? prev.tStart : s.tStart;
}

/** Index past phrase `words` (lower-case, space-separated) matched at token `j`, else -1. */
function phraseAt(doc: Doc, j: number, limit: number, phrases: Set<string>, longest: number): number {
  let end = -1, words = '';
  for (let n = 0; n < longest && j + n < limit && doc.tokens[j + n].word; n++) {
    words = n ? `${words} ${doc.tokens[j + n].lower}` : doc.tokens[j + n].lower;
    if (phrases.has(words)) end = j + n + 1;
  }
  return end;
}

function longestOf(set: Set<string>): number {
  let n = 1;
  for (const v of set) n = Math.max(n, v.split(' ').length);
  return n;
}

/** The threat item of "ready to take further steps" after a punitive measure was named, else none. */
export function furtherStepItems(doc: Doc, s: Sentence, t: Trigger): IssueItem[] {
  if (t.type !== 'OFFER' || t.nominal || t.negated || !t.cue) return [];
  const w = (list: string) => doc.index.words(furtherSteps.id, list);
  const steps = w('steps');
  if (!steps.size) return [];
  let j = t.end;
  // (Past a closing quote or adverb: 'was "prepared to take further action"', "ready to also take".)
  while (j < s.tEnd && (doc.tokens[j].text === '"' || w('skips').has(doc.tokens[j].lower))) j++;
  const end = phraseAt(doc, j, s.tEnd, steps, longestOf(steps));
  if (end < 0) return [];
  const issues = new Set(w('issues'));
  let named = issuesIn(doc, windowStart(doc, s), t.start).filter((i) => issues.has(i));
  // (Else the measure the story opens with: "Trump hit Russia's two biggest oil companies with sanctions …" leads
  // the article, and "Bessent made clear Washington stood ready to take further action" comes paragraphs later.)
  if (!named.length) named = leadIssues(doc, s).filter((i) => issues.has(i));
  if (!named.length) return [];
  furtherStepThreats.add(t);
  let stop = end;
  // (The quote keeps its condition: "… if necessary".)
  while (stop < s.tEnd && stop < end + 3 && (doc.tokens[stop].text === '"' || w('conditions').has(doc.tokens[stop].lower))) stop++;
  return [{ issue: named[named.length - 1], regions: [], start: t.start, end: stop }];
}

/** The item of a stance on "the decision" named before it, else none. */
export function referredDecisionItems(doc: Doc, s: Sentence, t: Trigger): IssueItem[] {
  if ((t.type !== 'ACCEPT' && t.type !== 'REJECT') || t.nominal || t.object !== 'after' || !t.cue) return [];
  const w = (list: string) => doc.index.words(referredDecision.id, list);
  const { tokens } = doc;
  let j = t.end;
  if (!w('determiners').has(tokens[j]?.lower ?? '')) return [];
  j++;
  // The party's word: "the American decision", "Washington's move", "the Commission's step" (two words at most).
  for (let n = 0; n < 3 && j < s.tEnd && (tokens[j].cap || tokens[j].text === "'s" || tokens[j].text === '’s' || tokens[j].lower === 's' || tokens[j].text === "'" || tokens[j].text === '’'); n++) j++;
  if (j >= s.tEnd || !w('nouns').has(tokens[j].lower)) return [];
  const end = j + 1;
  // Nothing of its own after the noun: the end of the clause ("welcomed the decision, saying …", "… the move.").
  if (end < s.tEnd && tokens[end].word && !w('clauseEnds').has(tokens[end].lower)) return [];
  // ("Asmara demanded that Ethiopia withdraw. Khartoum criticised the US decision": a party named in the phrase took the
  // decision; with that party nowhere in the window, the issue named there is someone else's step, content/named-owner.)
  const from = windowStart(doc, s);
  const owners = ownersIn(doc, s, t.end + 1, j);
  if (owners.length && !partyNamedIn(doc, s, from, t.start, owners)) return [];
  const named = issuesIn(doc, from, t.start);
  const issue = named[named.length - 1];
  if (!issue || issue === 'other') return [];
  return [{ issue, regions: [], start: t.start, end }];
}

/** The parties of the mentions inside the tokens [from, to) of sentence `s` (content/referred-decision). */
function ownersIn(doc: Doc, s: Sentence, from: number, to: number): string[] {
  const out: string[] = [];
  for (const a of doc.actorsBySentence.get(s.index) ?? []) if (a.end > from && a.start < to && a.kind !== 'pronoun' && a.kind !== 'document') out.push(...a.codes);
  return out;
}

/** Whether a mention of one of `codes` lies in the tokens [from, to), over sentence `s` and the one before. */
function partyNamedIn(doc: Doc, s: Sentence, from: number, to: number, codes: string[]): boolean {
  for (const k of [s.index - 1, s.index]) {
    for (const a of doc.actorsBySentence.get(k) ?? []) if (a.start >= from && a.end <= to && a.codes.some((c) => codes.includes(c))) return true;
  }
  return false;
}

export const judgedDecision = defineRule({
  id: 'content/judged-decision', stage: 'content',
  reason: 'A decision named by a verb of naming and judged, "New Delhi called the measure \\"unfair, unjustified and unreasonable\\"", "Baku described the move as reckless", is about the step named last before it (in its sentence or the sentence before), as content/referred-decision reads "welcomed the decision": "The White House ordered a 25 percent tariff on imports from India. New Delhi called the measure unfair" refuses the tariff, sanctions. Only a determiner, a party\'s words and one of content/referred-decision \'nouns\' between the verb of naming and the judgement.',
});

/** The item of a judgement of "the measure", "this move" named by a verb of naming ("called the measure unfair"), else none. */
export function judgedDecisionItems(doc: Doc, s: Sentence, t: Trigger): IssueItem[] {
  if ((t.type !== 'ACCEPT' && t.type !== 'REJECT') || t.nominal || t.object !== 'before') return [];
  const w = (list: string) => doc.index.words(referredDecision.id, list);
  const { tokens } = doc;
  let j = t.start - 1;
  // (Past a quote mark and "as": 'called the measure "unfair"', "described the move as reckless".)
  if (j > s.tStart && /^["“]$/.test(tokens[j].text)) j--;
  if (j > s.tStart && tokens[j].lower === 'as') j--;
  if (j <= s.tStart || !w('nouns').has(tokens[j].lower)) return [];
  const noun = j;
  j--;
  // The party's word: "the American move", "Washington's decision" (two words at most).
  for (let n = 0; n < 3 && j > s.tStart && (tokens[j].cap || tokens[j].text === "'s" || tokens[j].text === '’s' || tokens[j].lower === 's' || tokens[j].text === "'" || tokens[j].text === '’'); n++) j--;
  if (j <= s.tStart || !w('determiners').has(tokens[j].lower)) return [];
  const det = j;
  if (!doc.index.words('holder/predicate-speaker', 'describeVerbs').has(tokens[det - 1]?.lower ?? '')) return [];
  const from = windowStart(doc, s);
  const owners = ownersIn(doc, s, det + 1, noun);
  if (owners.length && !partyNamedIn(doc, s, from, det, owners)) return [];
  const named = issuesIn(doc, from, det - 1);
  const issue = named[named.length - 1];
  if (!issue || issue === 'other') return [];
  return [{ issue, regions: [], start: det - 1, end: t.end }];
}
