// A demand for the other side's bare reply is a demand on the talks (content/reply-demanded): "wanted Kyiv to respond
// by Thanksgiving", "gave Yerevan until Friday to answer", "wants an answer by Thursday", "wanted a quick signature".
// Sentences written for this test, on other disputes.
import { test } from 'node:test';
import { claimCases, assertNone } from './helpers.js';

const lead = 'The mediators handed both delegations a twelve-point draft in Doha on Sunday. ';

claimCases('a demand for the reply to the plan is a demand on the talks', [
  { body: `${lead}Erdogan said on Monday that he wanted Baku to respond by Friday.`, want: ['TUR DEMAND talks []'] },
  { body: `${lead}Egypt gave Israel until Thursday to answer.`, want: ['EGY DEMAND talks []'] },
  { body: `${lead}The European Union called on Belgrade to reply to the proposal within a week.`, want: ['EU DEMAND talks []'] },
  // paraphrase: the reply noun as the thing wanted
  { body: `${lead}Qatar has told Hamas it wants an answer by Thursday.`, want: ['QAT DEMAND talks []'] },
  { body: `${lead}Ethiopia's foreign minister said Addis Ababa wanted a quick signature.`, want: ['ETH DEMAND talks []'] },
  { body: `${lead}Kenya wanted a formal response from Khartoum.`, want: ['KEN DEMAND talks []'] },
], (c) => c.type === 'DEMAND' && c.issue === 'talks');

test('a reply that names its own content, or none asked of another party, is not the talks', () => {
  assertNone([
    // the reply's content names the issue: not the bare reply
    `${lead}Kyiv urged Washington to respond to any violation with new sanctions.`,
    // a threat to respond is no demand
    `${lead}Russia warned it would respond to any seizure of its assets.`,
    // no reply wanted
    `${lead}Erdogan said he did not want an answer before the summit.`,
    `${lead}Baku wanted a quick end to the shelling of its towns.`,
  ], ' DEMAND talks');
});
