// A relative clause between commas after a fronted participle's place belongs to the phrase: a party named there is
// not the sentence's subject, so a later "he" or "his" refers to the subject after it (discourse/fronted-participle-
// relative). Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('"he" and "his" in the next sentences are the subject\'s, not the party of the relative clause', [
  { body: 'Speaking by video link to the summit in Nairobi, where Eritrean President Isaias Afwerki sat among the delegates, Ethiopian Prime Minister Abiy Ahmed addressed the hall.\n"We will not withdraw from the border town of Badme," he said.', want: ['ETH REJECT territory []'] },
  { body: 'Speaking at the conference in Brussels, where Serbian President Aleksandar Vucic was also present, Kosovo Prime Minister Albin Kurti set out his terms.\nHe said he would never accept an association of Serb municipalities.', want: ['XKX REJECT rights []'] },
  { body: 'Arriving at the talks in Washington, where Azerbaijani President Ilham Aliyev was already waiting, Armenian Prime Minister Nikol Pashinyan spoke to reporters.\nHe said he was ready to sign the peace treaty.', want: ['ARM OFFER talks []'] },
]);

claimCases('negatives: with no relative clause, or a relative clause after the subject, the reading is unchanged', [
  { body: 'Speaking to reporters, Pashinyan said Armenia was ready to sign the peace treaty.\n"We will sign it in Washington," he said.', want: ['ARM OFFER talks []'] },
  { body: 'Aliyev, who spoke in Baku, met Pashinyan on Monday.\nHe said he would never accept foreign peacekeepers.', want: ['AZE REJECT security_guarantees []'] },
]);
