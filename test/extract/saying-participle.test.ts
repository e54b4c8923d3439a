// The speaker of a participle of saying after a comma (holder/saying-participle; issue 7, holders): "X rejected the
// truce that Y had proposed, saying any deal would require …" is X's demand; Y only stands in a relative clause of
// X's object. Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

const demands = (c: { type: string }) => c.type === 'DEMAND';

claimCases('the main clause\'s subject speaks what a participle of saying says a thing requires', [
  { body: 'Aliyev rejected the truce that Armenia had proposed, saying any deal would require a change to the Armenian constitution.', want: ['AZE DEMAND governance []'] },
  { body: 'Netanyahu turned down the offer Hamas made on Monday, adding that any deal must return all the hostages.', want: ['ISR DEMAND humanitarian []'] },
  { body: 'Vucic dismissed the plan that Kosovo had tabled in Brussels, arguing that any settlement must guarantee autonomy for Serb municipalities.', want: ['SRB DEMAND governance []'] },
  { body: 'Seoul rejected the timetable Pyongyang had sent, saying that any summit would require an end to missile tests.', want: ['KOR DEMAND military_limits []'] },
], demands);

claimCases('a complement with a subject party of its own', [
  // (the complement's own subject is the one the speaker demands something of: holder/deontic-speaker, not this rule)
  { body: 'Aliyev rejected the truce that Armenia had proposed, saying Yerevan must first withdraw its troops from the border.', want: ['AZE DEMAND territory []'] },
], demands);

claimCases('what usually holds is no stance (trigger/habitual-modal)', [
  { body: 'One European diplomat was sceptical, saying that a country sponsoring a peace plan usually has to engage in intense shuttle diplomacy.', want: [] },
  { body: 'Ceasefires between Israel and Hezbollah typically need international monitors to hold, the Turkish minister said.', want: [] },
  // (a standing demand is one)
  { body: 'Kyiv has always demanded the return of all prisoners.', want: ['UKR DEMAND humanitarian []'] },
], demands);
