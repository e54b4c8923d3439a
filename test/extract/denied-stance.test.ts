// A stance a party denies ("denied reports that Moscow had offered …", "dismissed claims that it had agreed …",
// "denied having offered …") or says no longer stands ("the offer is no longer on the table", "the proposal has been
// withdrawn") is no claim (trigger/denied-report, trigger/withdrawn-stance). Sentences written for this test, on
// other disputes; the stances they do hold stay.
import { claimCases } from './helpers.js';

claimCases('a denied stance is no claim', [
  { body: 'Azerbaijani officials denied reports in Russian media that Baku had offered to return two villages in Tavush.', want: [] },
  { body: 'The Kremlin denied reports that Moscow had offered to freeze the front line in Zaporizhzhia.', want: [] },
  { body: 'Baku dismissed reports that it had agreed to withdraw troops from the border.', want: [] },
  { body: 'Belgrade rejected claims that it had demanded the removal of KFOR troops.', want: [] },
  { body: 'Hamas denied that it had accepted the Egyptian truce proposal.', want: [] },
  { body: 'Seoul denied having offered to suspend the joint drills.', want: [] },
  { body: 'Kosovo rejected the claim that Serbia had offered talks on 2 May.', want: [] },
  { body: 'Pristina brushed aside suggestions that it had proposed new talks in Brussels.', want: [] },
]);

claimCases('a stance that no longer stands is no claim', [
  { body: 'Peskov said Russia\'s offer is no longer on the table.', want: [] },
  { body: 'Pristina said the EU proposal has been withdrawn.', want: [] },
  { body: 'Moscow\'s offer of a ceasefire is no longer valid.', want: [] },
  { body: 'Seoul\'s offer of talks was off the table, the minister said.', want: [] },
]);

claimCases('negatives: a refusal of a demand, a stance after the denial, a stance that stands', [
  { body: 'Kyiv rejected the demand that it withdraw from Donetsk.', want: ['UKR REJECT territory [UA-14]'] },
  { body: 'Moscow denied the reports, but said it had offered talks in Istanbul.', want: ['RUS OFFER talks []'] },
  { body: 'Russia\'s offer of talks was welcomed by Turkey.', want: ['RUS OFFER talks []', 'TUR ACCEPT talks []'] },
  { body: 'Kosovo confirmed the report that Serbia had offered talks on 2 May.', want: ['SRB OFFER talks []'] },
]);
