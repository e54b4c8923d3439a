// A stance verb that closes a clause opened by ", as" and a party takes the main clause before the comma as its
// content: "Kyiv would have to leave Donetsk, as Moscow has demanded" is RUS DEMAND territory; "the talks would
// move to Geneva, as Washington proposed" is USA PROPOSE talks. The verb has no object of its own (a clause end
// follows it), so without this its content is empty and the stance is dropped for naming no issue.
// Not "as" of time or cause with an object after the verb ("as Moscow demands more land, Kyiv …"), not "such as",
// not a possessive ("as Moscow's demands"). Words: rules.json trigger/as-party-stance.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const asPartyStance: MatchRule = defineRule({
  id: 'trigger/as-party-stance', stage: 'trigger',
  reason: '"…, as Moscow has demanded", "…, as Baku has long insisted", "…, just as Washington proposed": a stance verb of a party after ", as" that ends the clause (punctuation or a time phrase follows) states the party\'s stance on the main clause before the comma, which becomes its content.',
  apply(t, { doc, s }) {
    if (t.nominal || t.object === 'before' || !t.cue || t.start <= s.tStart + 3) return;
    const { tokens } = doc;
    const words = (key: string) => doc.index.words(asPartyStance.id, key);
    // A clause end, or a time phrase, right after the verb: "as Moscow demands." / "as Baku demanded in May".
    if (t.end < s.tEnd && tokens[t.end].word && !words('after').has(tokens[t.end].lower)) return;
    let j = t.start - 1;
    const skips = words('skips');
    while (j > s.tStart && skips.has(tokens[j].lower)) j--;
    const party = (doc.actorsBySentence.get(s.index) ?? []).find((a) => a.end === j + 1 && !a.possessive && !a.pronoun);
    if (!party) return;
    let a = party.start - 1;
    if (tokens[a]?.lower === 'the') a--;
    if (tokens[a]?.lower !== 'as') return;
    let c = a - 1;
    if (words('intensifiers').has(tokens[c]?.lower ?? '')) c--;
    if (tokens[c]?.text !== ',') return;
    // The main clause: back from the comma to the clause break before it.
    const breaks = doc.index.words('content/scope', 'clauseBreaks');
    let b = c;
    while (b > s.tStart && !breaks.has(tokens[b - 1].lower)) b--;
    if (c - b < 2) return;
    t.object = 'before';
    t.subject = [b, c];
    return { change: `", as … ${tokens[t.start].text}": the clause before the comma is its content` };
  },
});
