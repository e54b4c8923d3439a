// A party that says it will go on working to ease, help or clear the way for something offers that help (spec §2
// OFFER: "the actor signals it would itself do or give something"): "the UN would keep working to ease Russian food
// and fertiliser exports", "the world body will work to remove obstacles to Russian exports of food and fertiliser",
// "Kenya would continue its efforts to remove obstacles to Eritrean exports", "Qatar will keep
// working to help return the children". The continue cue alone takes only talks, exchanges, arms or guarantees
// (cues.json 'continue': "will keep up the pressure" offers no sanctions relief); a verb of working or of effort
// followed by a verb of easing or helping names the holder's own effort, so sanctions relief after it is an offer as
// well. "Will work to" alone (cue 'work-to') is an offer only with such a verb after it: "Russia will
// work to take Donbas" offers nothing. Words: rules.json under the rule's id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const continuedEffort: MatchRule = defineRule({
  id: 'trigger/continued-effort', stage: 'trigger',
  reason: '"the UN would keep working to ease Russian food and fertiliser exports", "the world body will work to remove obstacles to Russian exports", "would continue its efforts to remove obstacles …": a verb of continuing or working, then a word of work or effort (\'efforts\') and "to", then a verb of easing or helping (\'easing\'), offers that help, sanctions relief too (the continue cue alone takes only talks, exchanges, arms or guarantees). The cue work-to ("will work to") with no such verb after it is dropped: "Russia will work to take Donbas" offers nothing.',
  apply(t, { doc, s }) {
    const id = t.cue?.id;
    if (id !== 'continue' && id !== 'work-to') return;
    const at = easingVerbAt(doc, s, t.end);
    if (at < 0) return id === 'work-to' ? { drop: 'no verb of easing or helping after "work to"' } : undefined;
    if (t.negated) return;
    // (The cue's other issues stay: a bare "its efforts" is no plan of talks, content/plan-is-talks.)
    if (t.needsIssue && !t.needsIssue.includes('sanctions')) t.needsIssue = [...t.needsIssue, 'sanctions'];
    return { change: `"${doc.tokens[at].text}": the holder's own effort, sanctions relief too` };
  },
});

/** The token after "working to" / "its efforts to" / "to" following the trigger at `end`, if it is an easing verb: its index, else -1. */
function easingVerbAt(doc: Doc, s: Sentence, end: number): number {
  const w = (list: string) => doc.index.words(continuedEffort.id, list);
  const efforts = w('efforts'), easing = w('easing'), skip = w('skip');
  const { tokens } = doc;
  let k = end;
  // (The work-to cue ends at its "to"; the continue cue needs its word of work: "keep working to", "continue its efforts to".)
  let worked = tokens[end - 1]?.lower === 'to';
  for (let n = 0; n < 4 && k < s.tEnd && !worked; n++, k++) {
    const x = tokens[k].lower;
    if (efforts.has(x) && tokens[k + 1]?.lower === 'to') { worked = true; k += 2; break; }
    if (!skip.has(x)) return -1;
  }
  // ("would continue to work to ease …": the continue cue's own "to", then the word of work and its "to".)
  if (worked && k + 1 < s.tEnd && efforts.has(tokens[k].lower) && tokens[k + 1].lower === 'to') k += 2;
  if (!worked || k >= s.tEnd) return -1;
  // ("help ease", "help to remove": one "help" before the verb is part of it.)
  return easing.has(tokens[k].lower) ? k : -1;
}
