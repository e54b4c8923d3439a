// An acceptance in the passive that has not happened: "guarantees that would be approved by the US Congress", "the
// document, to be signed soon and to be ratified by the U.S. Congress", "ready to sign once the guarantees were
// ratified by the Congress". A finite passive with a party as its agent is that party's stance when it reports what
// the agent did ("has been welcomed by Berlin", trigger/passive-participle); under a modal or "to be", or inside a
// clause of time or condition, it is what the speaker asks or expects of the agent, a step still to come, and the
// agent has accepted nothing. The speaker's own stance is read by its own verb ("asked for guarantees", "ready to
// sign"). Word lists: lexicon/data/rules.json under the rule's id.
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const unrealisedPassive: MatchRule = defineRule({
  id: 'trigger/unrealised-passive', stage: 'trigger',
  reason: '"guarantees that would be approved by the US Congress", "to be ratified by the U.S. Congress", "once security guarantees were ratified by the Congress": a passive acceptance (cue welcome, then "by") under a modal of future or possibility or "to" before its "be" (\'modals\'; not a deontic "must", "should", "have to", \'deontic\', whose demand the cue of obligation reads), or whose "were"/"is" stands in a clause opened by a subordinator of time or condition (\'subordinators\': once, until, unless, if, when, after) a few words before, is a step expected of the agent, which has accepted nothing. Not a passive that reports ("the deal was ratified by the Rada", "has been welcomed by Berlin"). \'adverbs\' may stand between the words.',
  apply(t, { doc, s }) {
    if (t.cue?.id !== 'welcome' || t.type !== 'ACCEPT' || doc.tokens[t.end]?.lower !== 'by') return;
    const { tokens } = doc;
    const w = (name: string) => doc.index.words(this.id, name);
    const adverbs = w('adverbs');
    let k = t.start - 1;
    while (k > s.tStart && adverbs.has(tokens[k].lower)) k--;
    const be = tokens[k]?.lower;
    if (k < s.tStart) return;
    if (be === 'be') {
      let j = k - 1;
      while (j > s.tStart && adverbs.has(tokens[j].lower)) j--;
      // ("would have to be approved by Ukrainians in a referendum": an obligation, whose demand cue must reads.)
      if (tokens[j]?.lower === 'to' && w('deontic').has(tokens[j - 1]?.lower ?? '')) return;
      if (j >= s.tStart && w('modals').has(tokens[j].lower)) return { drop: `"${tokens[j].text} be ${tokens[t.start].text} by": a step expected of the agent, not its acceptance` };
      return;
    }
    if (!w('finite').has(be ?? '')) return;
    for (let j = k - 1; j >= Math.max(s.tStart, k - 7); j--) {
      const x = tokens[j].lower;
      if (x === ',' || x === ';') return;
      if (w('subordinators').has(x)) return { drop: `"${tokens[j].text} … ${tokens[t.start].text} by": a step of time or condition still to come, not the agent's acceptance` };
    }
  },
});
