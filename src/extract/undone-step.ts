// A demand that a party undo its step or keep an agreement named before (issue 7, demands missed outright).
//
// content/undone-step: "Russia quit the grain deal … Guterres urged Moscow to reconsider", "Blinken said the decision
// was 'unconscionable' and called on Russia to reverse it", "called on Russia to return to the agreement without
// conditions", "called on Moscow to honour it", "urged both parties to implement it in full", "We call on Russia to
// reverse course and rejoin the initiative": the demand names no issue of its own; what it asks to be reversed, rejoined
// or kept is the agreement named before it (spec §2: a stance's issue is that of what it is about). The verb
// ('verbs') follows the cue within a few words (past the party addressed), and its object is nothing, a pronoun, or a
// determiner and a noun of a step or an agreement ('objects'); the issue is that of the last term naming an agreement
// ('agreementNouns' inside the term: "the ceasefire agreement"; a sea-lane deal named by its cargo, 'cargoWords', "the
// grain deal", "the Black Sea Grain Initiative", is the truce at sea it holds, ceasefire, as issues.json reads the corridor
// it opens) in its sentence or the ten before, else in the article's lead. "urged Moscow to reconsider its stance on the elections" names its own object and
// is left to the content rules, as is a demand with an issue of its own. Words: rules.json.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';

export const undoneStep = defineRule({
  id: 'content/undone-step', stage: 'content',
  reason: 'A demand that names no issue but asks a party to reverse, reconsider, rejoin, return to, honour or implement a step or agreement referred back ("urged Moscow to reconsider", "called on Russia to reverse it", "called on Moscow to honour it", "to return to the agreement without conditions", "to reverse course and rejoin the initiative") is about that agreement: the issue of the last term naming an agreement (a noun of \'agreementNouns\' inside it) in its sentence or the ten before (a reaction often comes a paragraph after the exit was reported), else in the article\'s lead. The verb (\'verbs\') within three words after the cue, past the party addressed; its object nothing, a pronoun or a determiner and one of \'objects\'. Not an object of its own ("reconsider its stance on the elections"), nor with no agreement named before.',
});

/** Demands read as a step to undo: "urged Moscow to reconsider" asks it to reverse its step, no mediator's call to weigh
 * something (claim/mediator-proposes reads "reconsider" as considering otherwise). */
export const undoneSteps = new WeakSet<Trigger>();

/** Sentences before a stance searched for the agreement it refers to, and the article's lead. */
const BACK = 10;
const LEAD = 3;

/** The item of a demand to undo a step or keep an agreement named before; else none. */
export function undoneStepItems(doc: Doc, s: Sentence, t: Trigger): IssueItem[] {
  if (t.type !== 'DEMAND' || t.nominal || t.negated || t.object === 'before') return [];
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(undoneStep.id, list);
  const verbs = w('verbs'), objects = w('objects'), pronouns = w('pronouns'), determiners = w('determiners'), skips = w('skips');
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  // The verb: right after the cue, past the party addressed ("urged Moscow to", "called on both parties to").
  let j = t.end;
  const party = actors.find((a) => a.start === j && !a.possessive);
  if (party) j = party.end;
  if (tokens[j]?.lower === 'to' && j < s.tEnd) j++;
  if (j >= s.tEnd || !verbs.has(tokens[j].lower)) return [];
  let k = j + 1;
  // ("return to the agreement", "stick to it", "abide by it")
  if (k < s.tEnd && skips.has(tokens[k].lower)) k++;
  // The object: nothing (the clause ends), a pronoun, or a determiner and a noun of a step or an agreement.
  let end = k;
  if (k < s.tEnd && tokens[k].word) {
    if (pronouns.has(tokens[k].lower) || objects.has(tokens[k].lower)) end = k + 1;
    else if (determiners.has(tokens[k].lower)) {
      let n = k + 1;
      // ("the Russian decision", "its own decision": one modifier at most)
      if (n < s.tEnd && !objects.has(tokens[n].lower) && tokens[n].word) n++;
      if (n >= s.tEnd || !objects.has(tokens[n].lower)) return [];
      end = n + 1;
    } else return [];
  }
  // Nothing of its own after the object but the clause's end, a manner ("in full", "without conditions") or another
  // such verb ("reverse course and rejoin the initiative").
  if (end < s.tEnd && tokens[end].word && !w('after').has(tokens[end].lower)) return [];
  const issue = agreementIssue(doc, s, t.start, w('agreementNouns'));
  if (!issue) return [];
  undoneSteps.add(t);
  return [{ issue, regions: [], start: t.start, end: Math.max(end, t.end) }];
}

/** The issue of the last term naming an agreement before `to` in `s` and the `back` sentences before it, else in the
 * lead. */
export function agreementIssue(doc: Doc, s: Sentence, to: number, nouns: Set<string>, back = BACK): string | undefined {
  const cargo = doc.index.words(undoneStep.id, 'cargoWords'), cargoNouns = doc.index.words(undoneStep.id, 'cargoNouns');
  const skipIssues = doc.index.words(undoneStep.id, 'skipIssues');
  const lastIn = (from: number, until: number): string | undefined => {
    let found: string | undefined;
    for (let k = from; k < until; k++) {
      // ("the grain deal", "the Black Sea Grain Initiative", "the grain export agreement": a sea-lane deal named by its
      // cargo is a truce at sea, the halt it holds, as issues.json reads the corridor it opens: ceasefire.)
      if (cargoNouns.has(doc.tokens[k].lower) && (cargo.has(doc.tokens[k - 1]?.lower ?? '') || (/^exports?$/.test(doc.tokens[k - 1]?.lower ?? '') && cargo.has(doc.tokens[k - 2]?.lower ?? '')))) { found = 'ceasefire'; continue; }
      const term = doc.issueAt.get(k);
      if (!term) continue;
      let agreement = false;
      for (let q = k; q < Math.min(term.end, until) && !agreement; q++) agreement = nouns.has(doc.tokens[q].lower);
      // (The noun right after the term: "the grain corridor deal", "the Black Sea initiative".)
      if (!agreement && term.end < until) agreement = nouns.has(doc.tokens[term.end].lower);
      if (!agreement) continue;
      const best = term.values.filter((v) => v.issue !== '_noise' && !v.weak && v.issue !== 'other').sort((a, b) => b.rank - a.rank)[0];
      // (Not an issue no party is asked to return to: "the humanitarian corridor" is a passage for people, 'skipIssues'.)
      if (best && !skipIssues.has(best.issue)) found = best.issue;
    }
    return found;
  };
  const windowStart = doc.sentences[Math.max(0, s.index - back)].tStart;
  const near = lastIn(windowStart, to);
  if (near) return near;
  const lead = doc.sentences[Math.min(LEAD, doc.sentences.length) - 1];
  return lead && doc.sentences[0].tStart < windowStart ? lastIn(doc.sentences[0].tStart, Math.min(lead.tEnd, windowStart)) : undefined;
}
