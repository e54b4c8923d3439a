// Threats of an unnamed harm take their issue from the act they answer (referent resolution for threats): "warned
// that those involved would face serious consequences", "threatened Khartoum with severe consequences if it did not
// agree to stop the war", "called the plan to seize the assets theft and warned that the response would be extremely
// painful", "any attempt to confiscate them would be met with a response that will hurt". The harm itself ("serious
// consequences", "a response", "countermeasures", "will not go unpunished") names no issue; what is threatened is the
// answer to an act, and the act is the issue: the condition after the threat when it names one ("if it did not agree
// to stop the war": ceasefire, a weak term included), else the issue named last before the threat in its sentence,
// else in the sentence before it in the paragraph ("… the G7 decision to use frozen assets … It will not go
// unpunished"). Only for a threat verb or a threat frame whose harm word follows it within its clause; the harm noun
// alone ("consequences" as its own cue) is left to the verb before it. With no issue named there the threat keeps
// what the other rules give it. Words: rules.json content/answered-act.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';
import { conditionAt } from './condition-marks.js';
import { issueNamedBefore } from './offered-service.js';

export const answeredAct = defineRule({
  id: 'content/answered-act', stage: 'content',
  reason: 'A threat whose harm is unnamed ("serious consequences", "a response", "countermeasures", "will not go unpunished") is about the act it answers: the issue its "if"/"unless" condition names ("threatened Sudan with severe consequences if it did not agree to stop the war" = ceasefire), else the issue named last before it in its sentence or in the sentence before it in the paragraph ("said any use of the frozen assets would be theft and warned of serious consequences" = sanctions). Only when a harm word (\'harms\') follows the threat\'s cue within its clause; not for the harm noun as its own cue.',
});

/** The best issue of the term at token k (weak terms too: "stop the war" in a condition), else undefined. */
function issueAt(doc: Doc, k: number, end: number): string | undefined {
  const term = doc.issueAt.get(k);
  if (!term || term.end > end) return undefined;
  const best = term.values.filter((v) => v.issue !== '_noise').sort((a, b) => (a.weak ? 1 : 0) - (b.weak ? 1 : 0) || b.rank - a.rank)[0];
  return best?.issue;
}

/** The item of a threat of unnamed harm on the act it answers (content/answered-act), else none. */
export function answeredActItems(doc: Doc, s: Sentence, t: Trigger, holderCodes: readonly string[]): IssueItem[] {
  if (t.type !== 'THREATEN' || t.nominal || t.exchange || t.negated) return [];
  const w = (list: string) => doc.index.words(answeredAct.id, list);
  const harms = w('harms'), stops = w('clauseEnds');
  const harmVerbs = w('harmVerbs');
  // A harm verb that is the threat's own step ("Moscow would respond painfully", "warned it would retaliate"): its
  // harm is itself.
  let harm = -1;
  for (let k = t.start; k < t.end && harm < 0; k++) if (harmVerbs.has(doc.tokens[k].lower)) harm = k;
  // (The harm noun as a cue of its own: "consequences" after "warned" is the verb's harm, not a second threat.)
  if (harm < 0 && t.cue && w('harmCues').has(t.cue.id) && t.end - t.start === 1 && harms.has(doc.tokens[t.start].lower)) return [];
  const own = harm >= 0;
  // ("Kyiv would respond in kind if Moscow held to the truce": a reply in kind mirrors whatever the other side does, a
  // truce as well as an attack; it is no harm of its own.)
  if (own && w('mirrorWords').has(doc.tokens[harm + 1]?.lower === 'in' ? doc.tokens[harm + 2]?.lower ?? '' : doc.tokens[harm + 1]?.lower ?? '')) return [];
  for (let k = t.end; k < Math.min(s.tEnd, t.end + 14) && harm < 0; k++) {
    const x = doc.tokens[k].lower;
    if (harms.has(x)) harm = k;
    else if (stops.has(x) || conditionAt(doc, k)) break;
    // (A harm that names its own issue is not unnamed: "warned of tighter sanctions".)
    else if (doc.issueAt.has(k) && issueAt(doc, k, s.tEnd)) return [];
  }
  if (harm < 0) return [];
  // ("Brussels warned that Russia could retaliate": a harm verb whose subject is another party is that party's step, a
  // warning about it, not the holder's threat.)
  if (!own && harmVerbs.has(doc.tokens[harm].lower)) {
    for (const a of doc.actorsBySentence.get(s.index) ?? []) {
      if (a.start >= t.end && a.end <= harm && a.kind !== 'pronoun' && !a.possessive && !a.codes.some((c) => holderCodes.includes(c))) return [];
    }
  }
  // The condition after the harm: "… if it did not agree to stop the war".
  for (let k = harm + 1; k < s.tEnd; k++) {
    const mark = conditionAt(doc, k);
    if (!mark || mark.kind === 'when') continue;
    for (let j = k + mark.length; j < s.tEnd; j++) {
      if (doc.tokens[j].text === ';') break;
      const issue = issueAt(doc, j, s.tEnd);
      if (issue && issue !== 'other') return [{ issue, regions: [], start: t.start, end: doc.issueAt.get(j)!.end }];
    }
    break;
  }
  const issue = issueNamedBefore(doc, s, t.start);
  if (!issue || issue === 'other') return [];
  // (The quote runs to the end of the harm's clause: "warned that the response would be extremely painful".)
  let end = harm + 1;
  while (end < s.tEnd && !stops.has(doc.tokens[end].lower) && doc.tokens[end].text !== ',' && !conditionAt(doc, end)) end++;
  return [{ issue, regions: [], start: t.start, end }];
}
