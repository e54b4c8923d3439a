// An approving appraisal after "as" is what a verb of accepting before it says of its object, not a stance of its own:
// "Baku welcomed the Armenian proposal as a step in the right direction", "Kyiv hailed the declaration as a 'concrete
// step'", "Cairo welcomed the truce as an important step" are one acceptance, read from the verb ("welcomed", "hailed")
// with its object. Read again from the predicate (cue accept-predicate, object before it), the same words made a second
// ACCEPT held by the nearest subject, which is often the proposal's owner ("ARM ACCEPT talks" for Baku's welcome) or
// the object's own words ("regime" → governance). Not when the verb before "as" is no acceptance ("described the plan
// as a step in the right direction": the predicate is the stance), nor across a clause boundary ("welcomed the talks,
// which Cairo saw as …").
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

/** How far back (tokens) from "as" the verb of accepting may stand: its object phrase in between. */
const WINDOW = 12;

export const appraisedAs: MatchRule = defineRule({
  id: 'trigger/appraised-as', stage: 'trigger',
  reason: 'An approving predicate right after "as" (cue accept-predicate: "a step in the right direction", "a concrete step", "a good basis"), with a verb of accepting before it in its clause ("welcomed the proposal as …", "hailed the declaration as …"), is the appraisal that verb gives its object: one acceptance, already read from the verb; the predicate is dropped, so that it does not make a second claim held by the object\'s owner or typed by the object\'s words. \'stops\' end the clause between the verb and "as".',
  apply(t, { doc, s }) {
    if (t.cue?.id !== 'accept-predicate') return;
    const { tokens } = doc;
    let j = t.start - 1;
    // (Past an opening quotation mark: welcomed it as "a concrete step".)
    while (j > s.tStart && !tokens[j].word && tokens[j].text !== ',' && tokens[j].text !== ';') j--;
    if (j <= s.tStart || tokens[j].lower !== 'as') return;
    const stops = doc.index.words(appraisedAs.id, 'stops');
    for (const c of doc.cuesBySentence.get(s.index) ?? []) {
      if (c.end > j || j - c.end > WINDOW) continue;
      if (!c.values.some((v) => v.type === 'ACCEPT' && v.object !== 'before')) continue;
      let open = true;
      for (let k = c.end; k < j && open; k++) if (tokens[k].text === ';' || stops.has(tokens[k].lower)) open = false;
      if (open) return { drop: `the appraisal “${tokens[c.start].text} … as” gives its object: one acceptance` };
    }
  },
});
