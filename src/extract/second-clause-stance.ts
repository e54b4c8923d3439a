// A stance of another clause is not the content of the stance before it. "He said he had asked Washington for more
// air defence, and that Washington had promised to look for it", "Baku proposed talks in Tbilisi, and Yerevan has
// agreed to attend": after a stance whose complement is done, a comma and a coordinator open a new statement of its
// own — another that-clause of the verb of saying, or a new subject (a party, a personal pronoun) with its own finite
// verb — and the stance in it is its own party's, not part of what the first one demands or proposes
// (sentence/complement absorbed these: found on own sets E, L, S, AD, AK). A thing as the new subject (", and a
// ceasefire would have to be in place") or "it" with a modal (", and it would freeze the war") mostly goes on with the
// first stance's content and is left alone. Word lists: rules.json under the rule id; the finite verbs and subject
// pronouns are content/second-clause's.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const secondClauseStance = defineRule({
  id: 'sentence/second-clause-stance', stage: 'sentence',
  reason: '"He said he had asked Washington for more air defence, and that Washington had promised to look for it", "Baku proposed talks in Tbilisi, and Yerevan has agreed to attend", "she said, adding that Switzerland was prepared to host a meeting": past a comma, a coordinator (\'conjunctions\'; \'skip\' words such as "then" may follow it) that opens a new statement — another that-clause with a finite verb after a stance whose cue took no that-clause of its own, or a subject of its own (a party, a personal pronoun, "it" right before the stance verb) and its finite verb — or a participle of saying (\'participles\', ", adding that …") ends the earlier stance\'s complement: a stance after it is no content of the earlier one (sentence/complement). Not the cue\'s own that-clauses ("demanded that Armenia withdraw, and that all prisoners be released"), a subjunctive with no finite verb, nor a thing or "it" with a modal (", and it would freeze the war" goes on describing the plan).',
});

/** Whether a coordinator between `outer` and `t` opens a new statement, so that `t` is no part of `outer`'s complement. */
export function secondClauseBetween(doc: Doc, s: Sentence, outer: Trigger, t: Trigger): boolean {
  const { tokens } = doc;
  if (t.start - outer.end > 25) return false;
  const w = (id: string, list?: string) => doc.index.words(id, list);
  const conjunctions = w(secondClauseStance.id, 'conjunctions');
  const skip = w(secondClauseStance.id, 'skip');
  const participles = w(secondClauseStance.id, 'participles');
  const finite = w('content/second-clause', 'finiteVerbs');
  const pronouns = w('content/second-clause', 'subjectPronouns');
  // (The cue's own "that" clause, within or right after its words, goes on: "demanded that …, and that …".)
  let ownThat = false;
  for (let k = outer.start; k <= outer.end && k < s.tEnd; k++) if (tokens[k].lower === 'that') ownThat = true;
  const isFinite = (k: number) => finite.has(tokens[k]?.lower ?? '') || (k === t.start && !t.nominal && /ed$/.test(tokens[k].lower));
  for (let j = outer.end; j < t.start; j++) {
    // ", adding that Switzerland was prepared to …": a participle of saying after a comma continues the main clause.
    if (tokens[j].text === ',' && participles.has(tokens[j + 1]?.lower ?? '') && j + 1 < t.start) return true;
    if (!conjunctions.has(tokens[j].lower)) continue;
    const comma = tokens[j - 1]?.text === ',';
    let k = j + 1;
    while (k < t.start && skip.has(tokens[k].lower)) k++;
    if (!comma) continue;
    // ", and that Washington had promised to …": another that-clause of the verb of saying, with a finite verb.
    if (tokens[k]?.lower === 'that' && !ownThat) {
      for (let v = k + 2; v <= Math.min(k + 8, t.start); v++) if (isFinite(v)) return true;
      continue;
    }
    // ", and Yerevan has agreed to …", ", and it proposed …", ", and a credible peace would need …".
    // (Only a party or a personal pronoun as the subject: "it" with a modal, ", and it would freeze the war", and a
    // thing, ", and a ceasefire would have to be in place", mostly go on describing the first stance's content; "it"
    // right before the stance verb, ", and it proposed …", is the party acting.)
    let head = -1;
    const p = tokens[k]?.lower ?? '';
    if (pronouns.has(p) && p !== 'it') head = k + 1;
    else if (p === 'it' && k + 1 === t.start && !t.nominal) head = k + 1;
    else {
      const party = (doc.actorsBySentence.get(s.index) ?? []).find((a) => a.start === k && !a.possessive && a.kind !== 'pronoun');
      if (party) head = party.end;
    }
    if (head > 0 && head <= t.start && isFinite(head)) return true;
  }
  return false;
}
