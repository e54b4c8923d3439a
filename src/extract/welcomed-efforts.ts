// A third party that welcomes another party's efforts or initiative praises it, and takes no stance on any issue: "the
// leaders of France, Germany and Britain said they welcomed Trump's efforts", "its leaders welcomed Zelensky's
// initiative for a just peace", "Canberra welcomed Qatar's mediation" (cue welcome, ACCEPT talks). What it welcomes
// that is a term or an outcome still is its acceptance ("welcomed the agreement", "welcomed the declaration as
// concrete", "welcomed the Jeddah outcome"), and a principal side that welcomes a mediator's readiness to help ("Russia
// welcomed China's readiness to play a positive role") accepts the mediation. Word lists: lexicon/data/rules.json
// under the rule's id. extract.ts asks it for each claim's trigger once the holder is known.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { Holder } from './holder.js';
import { defineRule } from './rules/registry.js';

export const welcomedEfforts = defineRule({
  id: 'claim/welcomed-efforts', stage: 'claim',
  reason: '"the leaders of France, Germany and Britain said they welcomed Trump\'s efforts", "its leaders welcomed Zelensky\'s initiative for a just peace": a welcome or praise (cue welcome, its words of welcoming, \'verbs\': welcomed, hailed, praised; not "supported", "backed") by a party that is no principal side, whose object within a few words (no comma, \'stops\') is a noun of effort (\'efforts\': efforts, initiative, mediation, role …) of another party named in it ("Trump\'s efforts", "the efforts of Qatar"), praises that party: no claim. A term or an outcome welcomed ("welcomed the agreement", "welcomed the Jeddah outcome") and a principal side\'s welcome of a mediator ("Russia welcomed China\'s readiness to play a positive role") stay.',
});

/** Why the welcome `t` held by `holder` is praise of another party's efforts, or null (claim/welcomed-efforts). */
export function welcomedEffortsOf(doc: Doc, s: Sentence, t: Trigger, holder: Holder): string | null {
  if (t.type !== 'ACCEPT' || t.cue?.id !== 'welcome' || t.negated) return null;
  // (Welcoming or praising only: backing a party's efforts, "Washington supported Ukraine's efforts to build a broad
  // coalition", takes its side.)
  if (!doc.index.words(welcomedEfforts.id, 'verbs').has(doc.tokens[t.end - 1]?.lower ?? '')) return null;
  const principals = doc.principalsAt(s.index);
  if (holder.codes.some((c) => principals.includes(c))) return null;
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(welcomedEfforts.id, list);
  const efforts = w('efforts'), stops = w('stops');
  let noun = -1;
  for (let k = t.end; k < Math.min(s.tEnd, t.end + 5); k++) {
    const x = tokens[k].lower;
    if (stops.has(x)) break;
    if (efforts.has(x)) { noun = k; break; }
  }
  if (noun < 0) return null;
  // The party whose efforts they are: named between the welcome and the noun ("Trump's efforts", "US efforts"), or
  // after "of"/"by" right after it ("the efforts of Qatar").
  const after = tokens[noun + 1]?.lower === 'of' || tokens[noun + 1]?.lower === 'by' ? noun + 2 : -1;
  const owner = (doc.actorsBySentence.get(s.index) ?? []).find((a) => a.codes.length > 0 && !a.codes.every((c) => holder.codes.includes(c))
    && ((a.start >= t.end && a.end <= noun) || a.start === after));
  if (!owner) return null;
  return `"${tokens[noun].text}" of ${owner.codes.join('+')} welcomed by a third party: praise, no stance`;
}
