// A clause of time around an agentless passive of agreeing says when, not who agrees: "France stays ready to
// deploy once a ceasefire is signed", "Russia would return the companies the day a settlement is signed", "Moscow
// wants elections before any final agreement is signed". The signing is an expected event with no party named as
// its agent; the holder rules would otherwise lend it the main clause's subject (FRA, RUS ACCEPT …). A finite
// passive with its agent ("once the deal is signed by Kyiv") and an active signing ("once Kyiv signs the deal")
// name who agrees and are left alone.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const timedSigning: MatchRule = defineRule({
  id: 'trigger/timed-signing', stage: 'trigger',
  reason: '"once a ceasefire is signed", "the day a settlement is signed", "before any final agreement is signed", "as soon as the deal has been approved": a conjunction of time (\'conjunctions\', or "the" and a time noun of \'timeNouns\', or "as soon as"), a short subject, a passive auxiliary (\'auxiliaries\') and a verb of agreeing with no "by" agent after it place the stance in time: the signing has no holder and accepts nothing.',
  apply(t, { doc, s }) {
    if (t.type !== 'ACCEPT' || t.end !== t.start + 1) return;
    const { tokens } = doc;
    const w = (list: string) => doc.index.words(timedSigning.id, list);
    // (A passive auxiliary, or two: "is signed", "has been signed", "could be signed".)
    let j = t.start - 1;
    const auxiliaries = w('auxiliaries');
    if (j < s.tStart || !auxiliaries.has(tokens[j].lower)) return;
    while (j - 1 >= s.tStart && auxiliaries.has(tokens[j - 1].lower)) j--;
    // (The agent after the verb names who agrees: "once the deal is signed by Kyiv".)
    for (let k = t.end; k < Math.min(s.tEnd, t.end + 6); k++) {
      if (tokens[k].lower === 'by') return;
      if (!tokens[k].word) break;
    }
    // (The subject: at most five words, no punctuation, back to the conjunction.)
    const conjunctions = w('conjunctions'), timeNouns = w('timeNouns');
    for (let k = j - 1, n = 0; k >= s.tStart && n <= 5; k--, n++) {
      const x = tokens[k];
      if (!x.word) return;
      const timeNoun = timeNouns.has(x.lower) && tokens[k - 1]?.lower === 'the';
      const asSoonAs = x.lower === 'as' && tokens[k - 1]?.lower === 'soon' && tokens[k - 2]?.lower === 'as';
      if (n > 0 && (conjunctions.has(x.lower) || timeNoun || asSoonAs)) return { drop: `"${x.text} … ${tokens[j].text} ${tokens[t.start].text}": an agentless signing in a clause of time` };
    }
  },
});
