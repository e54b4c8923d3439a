// A time limit set for another party's act demands the act (candidate/deadline-set): "had given Kyiv until Thursday,
// the US holiday, to respond", "a deadline of Friday for Kyiv to respond", "Trump's deadline for Russia to agree a
// ceasefire". Sentences written for this test, on other disputes.
import { test } from 'node:test';
import { claimCases, assertNone } from './helpers.js';

const lead = 'The talks in Doha ended on Sunday without any agreement between the two delegations. ';

claimCases('a deadline set for another party demands the act', [
  { body: `${lead}The EU had given Serbia until Friday, the last day of the summit, to withdraw its police from the north of Kosovo.`, want: ['EU DEMAND territory []'] },
  { body: `${lead}Egypt set a deadline of Thursday for Israel to respond.`, want: ['EGY DEMAND talks []'] },
  // paraphrase: the noun after a copula, the setter the speaker
  { body: `${lead}Erdogan said Monday was an appropriate deadline for Baku to accept the plan.`, want: ['TUR DEMAND talks []'] },
  { body: `${lead}Qatar's deadline for Israel to agree a ceasefire in Gaza expires on Friday.`, want: ['QAT DEMAND ceasefire []'] },
], (c) => c.type === 'DEMAND');

test('no deadline set for a party', () => {
  assertNone([
    `${lead}The deadline for the talks to resume passed on Friday.`,
    `${lead}Washington had given Israel until now the weapons it asked for.`,
    `${lead}The time given to the delegations to prepare was short.`,
  ], ' DEMAND ');
});
