// A stance whose purpose is said to be bad faith is an accusation, no position of its holder's: "Podolyak said Russia
// was seeking a pause to regroup", "They want a ceasefire only to collect bodies", "proposing talks only to gain time
// to regroup" impute a motive to the party's move (cue DEMAND/PROPOSE/OFFER). The purpose clause must follow the
// stance's object within its phrase, with no comma or negation between: "We need an unconditional ceasefire, not a
// pause to collect bodies" and "floated two days of silence on the front, to collect the bodies" still stand. Word
// lists: lexicon/data/rules.json under the rule's id.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const badFaithPurpose: MatchRule = defineRule({
  id: 'trigger/bad-faith-purpose', stage: 'trigger',
  // (Gate: every drop needs "to" and, right after it, one of 'purposes', 'timeVerbs' or 'onlyVerbs', both inside the
  // sentence (the walk stops a token before its end); skipped on the many candidates of sentences without them.)
  needs: [{ word: 'to' }, { list: ['purposes', 'timeVerbs', 'onlyVerbs'] }],
  reason: '"said Russia was seeking a pause to regroup", "They want a ceasefire only to collect bodies", "proposing talks only to gain time to regroup": a demand, proposal or offer whose object is followed, within its phrase, by "to" and a purpose of bad faith (\'purposes\': regroup, rearm; \'timeVerbs\' + time: gain, buy time; \'onlyVerbs\' after "only": "only to collect bodies") imputes a motive to the move, an accusation, not the holder\'s stated position; a comma, a semicolon or a negation (\'stops\') before the purpose ends the object ("We need an unconditional ceasefire, not a pause to collect bodies" still demands).',
  apply(t, { doc, s }) {
    if (t.negated || (t.type !== 'DEMAND' && t.type !== 'PROPOSE' && t.type !== 'OFFER')) return;
    const { tokens } = doc;
    const w = (name: string) => doc.index.words(this.id, name);
    const purposes = w('purposes'), timeVerbs = w('timeVerbs'), onlyVerbs = w('onlyVerbs'), stops = w('stops');
    for (let k = t.end; k < Math.min(s.tEnd - 1, t.end + 10); k++) {
      const x = tokens[k].lower;
      if (stops.has(x)) return;
      if (x !== 'to') continue;
      const v = tokens[k + 1].lower, o = tokens[k + 2]?.lower ?? '', o2 = tokens[k + 3]?.lower ?? '';
      // ("to regroup"; "to gain time"; "only to collect (the) bodies": collecting bodies is a motive only with "only".)
      const what = purposes.has(v) ? 1 : timeVerbs.has(v) && o === 'time' ? 2
        : onlyVerbs.has(v) && tokens[k - 1]?.lower === 'only' && (o === 'bodies' || (o === 'the' && o2 === 'bodies')) ? 2 : 0;
      if (what) return { drop: `"to ${tokens[k + 1].text}${what === 2 ? ' ' + tokens[k + 2].text : ''}": a motive imputed, no position stated` };
    }
  },
});
