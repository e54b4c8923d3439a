// "Territorial questions should be left for the leaders' meeting", "key issues, including territory, should be
// discussed in such a meeting", "the territorial questions should be decided by the leaders, not by the generals":
// a deontic whose predicate is a verb of discussing or deciding, passive, with a place of talks or the leaders who
// are to meet after it, says where and by whom a question is to be settled. That is a format put forward (spec §2
// PROPOSE: "a format"), on the talks: it asks nothing of the other side, and the question named as its subject
// (territory) is no stance of its own, neither demanded nor refused. Discussing "with" a party ("everything that
// concerns Ukraine must be discussed with Ukraine") requires that party and stays a demand; deciding by the people
// or in a referendum ("would have to be put to Ukrainians in a referendum", "decided by the Ukrainian people") is a
// condition of ratification, not a format of talks, and is not read here. So does a meeting as the deontic's predicate
// noun ("the next round should be a meeting of the two presidents"): the format itself. Words: rules.json
// content/procedural-deontic.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';
import { parenthesisBeforeModal } from './interrupted-subject.js';

export const proceduralDeontic = defineRule({
  id: 'content/procedural-deontic', stage: 'content',
  reason: 'A deontic (\'cues\') followed by a passive verb of discussing or deciding (\'verbs\', past "be" and \'skips\') whose complement, up to a clause break, names a place of talks (an issue term of the talks: a meeting, a summit, negotiations) or the leaders who are to settle it (\'formats\'), says where or by whom a question is to be settled: a format proposed, on the talks (PROPOSE talks), not a demand on the question its subject names. Not "with" a party after the verb (the party required: a demand), nor a complement that names the people, a referendum or a parliament (\'ratifiers\': a condition of ratification).',
});

const lower = (doc: Doc, i: number) => doc.tokens[i]?.lower ?? '';

/** The talks item of a procedural deontic at `t` ("should be discussed at a meeting of the leaders"), else null. */
export function proceduralItem(doc: Doc, s: Sentence, t: Trigger): IssueItem | null {
  if (!t.modal || t.type !== 'DEMAND' || t.negated || !t.cue) return null;
  const w = (list: string) => doc.index.words(proceduralDeontic.id, list);
  if (!w('cues').has(t.cue.id)) return null;
  const skips = w('skips');
  let j = t.end;
  // ("should only be taken up": an adverb before "be" or after it.)
  if (lower(doc, t.end - 1) !== 'be') {
    while (j < s.tEnd && skips.has(lower(doc, j))) j++;
    if (lower(doc, j) !== 'be') return null;
    j++;
  }
  while (j < s.tEnd && skips.has(lower(doc, j))) j++;
  // ("the next round should be a meeting of the two presidents": a meeting as the predicate noun, the format itself.)
  if (w('determiners').has(lower(doc, j))) {
    for (let k = j + 1; k < Math.min(j + 3, s.tEnd); k++) if (w('meetings').has(lower(doc, k))) {
      let end = k + 1;
      while (end < s.tEnd && end < k + 10 && doc.tokens[end].word) end++;
      return { issue: 'talks', regions: [], start: t.start, end };
    }
    return null;
  }
  // The verb: one word or two ("taken up", "left for").
  const verbs = w('verbs');
  let v = -1;
  if (verbs.has(`${lower(doc, j)} ${lower(doc, j + 1)}`)) v = j + 2;
  else if (verbs.has(lower(doc, j))) v = j + 1;
  if (v < 0) return null;
  // ("must be discussed with Ukraine": the party required, a demand.)
  if (lower(doc, v) === 'with') return null;
  // The complement up to a clause break: a place of talks or the leaders, and no ratifier.
  const formats = w('formats'), ratifiers = w('ratifiers');
  let format = false, end = v;
  for (let k = v; k < s.tEnd && k < v + 12; k++) {
    const x = doc.tokens[k];
    if (x.text === ';' || x.text === ':' || x.text === '.' || (x.text === ',' && format)) break;
    if (ratifiers.has(x.lower)) return null;
    if (formats.has(x.lower) || doc.issueAt.get(k)?.values.some((val) => val.issue === 'talks' && !val.weak)) format = true;
    end = k + 1;
  }
  if (!format) return null;
  return { issue: 'talks', regions: [], start: t.start, end };
}

// "The current line of control should be the starting point for negotiations", "the 1991 line must be the starting
// point for any talks on territory": a deontic whose predicate is the starting point of the talks and whose subject is
// a line between the sides puts that line forward as where the bargaining on land begins: a basis proposed (spec §2
// PROPOSE: "an arrangement that is not chiefly its own concession"), on the issue the line names, not a demand that
// the other side give something. Not another subject ("the realities on the ground had to be the starting point",
// Moscow's claim to the land, stays a demand), nor "the basis of any deal" (a condition the speaker sets), nor a
// that-clause under a verb of demanding ("Seoul insisted that the current line must be the starting point"). Words:
// rules.json content/line-starting-point.
export const lineStartingPoint = defineRule({
  id: 'content/line-starting-point', stage: 'content',
  reason: 'A DEMAND deontic (\'cues\') whose predicate, past "be", an article and a quote mark, is a starting point (\'points\') and whose subject, back to a clause break or "that", names a line between the sides (\'lines\') proposes that line as the basis of the talks on land: PROPOSE, the issue unchanged.',
});

/** True when the deontic `t` puts a line forward as the starting point of the talks ("the current line should be the starting point for talks"). */
export function lineStartingPointAt(doc: Doc, s: Sentence, t: Trigger): boolean {
  if (!t.modal || t.type !== 'DEMAND' || t.negated || !t.cue) return false;
  const w = (list: string) => doc.index.words(lineStartingPoint.id, list);
  if (!w('cues').has(t.cue.id)) return false;
  let j = t.end;
  if (lower(doc, t.end - 1) !== 'be') { if (lower(doc, j) !== 'be') return false; j++; }
  while (j < s.tEnd && (w('skips').has(lower(doc, j)) || !doc.tokens[j].word)) j++;
  const points = w('points');
  if (!points.has(`${lower(doc, j)} ${lower(doc, j + 1)}`) && !points.has(`${lower(doc, j)} ${lower(doc, j + 1)} ${lower(doc, j + 2)}`)) return false;
  const lines = w('lines');
  let line = false;
  // ("The current line of contact, it says, should be the starting point": a reporting parenthesis between the subject
  // and its modal interrupts the subject, content/interrupted-subject; the line is looked for before it.)
  const open = parenthesisBeforeModal(doc, s, t.start);
  const from = open > 0 ? open : t.start;
  for (let k = from - 1; k >= s.tStart && k >= from - 10; k--) {
    const x = lower(doc, k);
    // ("Seoul insisted that the current line must be the starting point": a that-clause under a verb of demanding
    // stays the demand it reports.)
    if (x === 'that' && w('demandVerbs').has(lower(doc, k - 1))) return false;
    if (x === ',' || x === ';' || x === ':' || x === 'that') break;
    if (lines.has(x)) line = true;
  }
  return line;
}
