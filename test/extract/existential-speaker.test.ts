// A stance stated as an existential ("there will be no ceasefire until …") has no party for its subject: its holder
// is the speaker (holder/existential-speaker), the subject of the verb of saying before it, the quote's or the
// answer's speaker, or a speaker after it; never the subject of an earlier clause of the sentence. Sentences written
// for these tests, on other disputes.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('the speaker of "said that … but that there would be no …" holds it, not the first clause\'s subject', () => {
  assertIncludes([
    ['Erdogan wrote that Aliyev could end the fighting within days if he wished, but that there would be no peace talks with Armenia this year.', 'TUR REJECT talks []'],
    ['Blinken told reporters that Hamas could still accept the deal, but that there would be no ceasefire without the hostages.', 'USA REJECT ceasefire []'],
    ['Vucic said Kurti had broken his word and that there would be no recognition of Kosovo.', 'SRB REJECT recognition []'],
    ['Lavrov said there can be no talks while Ukrainian troops remain in the Kursk region.', 'RUS REJECT talks []'],
  ]);
});

test('the speaker after the clause, or of the answer, holds it', () => {
  assertIncludes([
    ['There will be no ceasefire until Armenian units leave the border villages, Aliyev said.', 'AZE REJECT ceasefire []'],
    ['Vucic met Kurti in Brussels on Monday. There will be no recognition of Kosovo, he said.', 'SRB REJECT recognition []'],
  ]);
});

test('negatives: an earlier clause\'s subject, and a later speaker of another clause, are not the holder', () => {
  // (Scholz speaks the existential; Washington, the subject of the next clause, holds its own refusal only.)
  assertIncludes([['Olaf Scholz said that there would be no peacekeepers from NATO states in Ukraine, and Washington said it had no plans to send any.', 'DEU REJECT security_guarantees []']]);
  assertNone(['Erdogan wrote that Aliyev could end the fighting within days if he wished, but that there would be no peace talks with Armenia this year.'], 'AZE REJECT');
  assertNone(['Blinken told reporters that Hamas could still accept the deal, but that there would be no ceasefire without the hostages.'], 'PSE REJECT');
});
