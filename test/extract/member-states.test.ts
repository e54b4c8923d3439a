// An organisation's name before a noun of its members ("Nine NATO members", "Three EU member states") names some of
// its member states, not the organisation: the members listed after ", among them"/", including" speak, else no known
// party (discourse/member-states). Sentences written for this test, with parties and places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('members listed after the group speak, not the organisation', [
  { body: 'Nine NATO members, among them Poland, said on Sunday that they supported Georgia\'s membership "in the future" and would never recognise the annexation of Abkhazia.', want: ['POL ACCEPT alliance []', 'POL REJECT recognition []'] },
  { body: 'Three EU member states, including Hungary and Slovakia, rejected new sanctions on Serbia.', want: ['HUN REJECT sanctions []', 'SVK REJECT sanctions []'] },
]);

claimCases('no member named: nobody known; the organisation itself still speaks', [
  { body: 'Three NATO members said they would veto Georgia\'s membership.', want: [] },
  { body: 'NATO ruled out any membership for Georgia before a settlement with Russia.', want: ['NATO REJECT alliance []'] },
]);
