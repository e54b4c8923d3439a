// A party's own return to an agreement named before (content/rejoined-agreement), and a refusing predicate whose
// subject is that agreement (content/ended-agreement), name no issue of their own: they are about the agreement.
// Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

const GRAIN = 'Azerbaijan on Monday quit the Caspian grain deal that had let Armenian wheat reach foreign ports.';
const TRUCE = 'Eritrea on Monday pulled out of the Red Sea ceasefire agreement with Ethiopia.';
const BORDER = 'Serbia and Kosovo signed a ceasefire agreement for the northern border in March.';

test('the holder\'s own return to an agreement named before: its issue', () => {
  assertIncludes([
    [`${GRAIN} Baku would return to the deal as soon as its own exports were freed, Aliyev said.`, 'AZE OFFER ceasefire []'],
    [`${GRAIN} Prices rose in Yerevan. Aliyev said Azerbaijan would return to it "immediately" once the part of it concerning Baku was fulfilled.`, 'AZE OFFER ceasefire []'],
    [`${TRUCE} Asmara said Eritrea would consider going back to the agreement if the border commission met again.`, 'ERI OFFER ceasefire []'],
    [`${TRUCE} An Eritrean spokesman said the Eritrean side will immediately return to the implementation of this agreement once Addis Ababa pays.`, 'ERI OFFER ceasefire []'],
    [`${BORDER} Belgrade quit the arrangement in May. Vucic said Serbia was ready to rejoin the arrangement in June.`, 'SRB OFFER ceasefire []'],
  ]);
});

test('an agreement referred back as the subject of a refusing predicate: its issue', () => {
  assertIncludes([
    [`${GRAIN} Aliyev said on Monday that the agreements had "ceased to be in force".`, 'AZE REJECT ceasefire []'],
    [`${GRAIN} The deal was "de facto terminated", Aliyev said, because the part concerning Azerbaijan had not been implemented.`, 'AZE REJECT ceasefire []'],
    [`${TRUCE} Eritrean information minister Yemane Gebremeskel said the agreement had de facto ended.`, 'ERI REJECT ceasefire []'],
  ]);
});

test('an object of its own, a demand, or no agreement named before: nothing read back', () => {
  assertNone([
    'Aliyev said Azerbaijan would return to the deal as soon as its own exports were freed.',
    `${GRAIN} Aliyev said Azerbaijan would return to the negotiating table as soon as its own exports were freed.`,
    `${GRAIN} Aliyev said Azerbaijan would return to the ports of Baku next week.`,
    `${GRAIN} Aliyev said Azerbaijan would go to the summit in Geneva.`,
    'Aliyev said on Monday that the agreements had "ceased to be in force".',
  ], /^AZE (OFFER|REJECT) ceasefire/);
  assertNone([
    `${TRUCE} Eritrean officials said they would return home on Friday.`,
    `${TRUCE} Eritrea said the talks in Jeddah had de facto ended.`,
  ], /^ERI (OFFER|REJECT) ceasefire/);
});
