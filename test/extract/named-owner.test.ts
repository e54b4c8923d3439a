// A noun referred back to whose party is named in it ("the US move", "the Serbian initiative") answers that party's
// stance, not the last stance of whoever spoke last; with none of that party's before it, it answers no other party's
// (content/named-owner). Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a named owner picks the stance answered', [
  // (The topic after "on" picks the owner's stance that named it: the lifted sanctions, not the later observers.)
  {
    body: 'Washington said it would lift sanctions on Air Serbia. Moscow demanded that Belgrade stay out of NATO. Croatian officials criticised the US move on Air Serbia.',
    want: ['USA OFFER sanctions []', 'RUS DEMAND alliance []', 'HRV REJECT sanctions []'],
  },
  {
    body: 'Brussels offered to ease sanctions on Belgrade. Moscow demanded that Serbia stay out of NATO. Pristina rejected the EU offer.',
    want: ['EU OFFER sanctions []', 'RUS DEMAND alliance []', 'XKX REJECT sanctions []'],
  },
]);

claimCases('a named owner with no stance of its own answers no other party', [
  // (No earlier US stance: the move is not Russia's demand.)
  {
    body: 'Moscow demanded that Belgrade stay out of NATO. Croatian officials criticised the US move on Air Serbia.',
    want: ['RUS DEMAND alliance []'],
  },
  {
    body: 'Asmara demanded that Ethiopia withdraw from Badme. Sudan criticised the US decision.',
    want: ['ERI DEMAND territory []'],
  },
]);

claimCases('a reference by determiner alone keeps its reading', [
  // ("this proposal" names no party: the proposal among the last stances, not the aid offered with it.)
  {
    body: 'Washington proposed a 30-day ceasefire between Serbia and Kosovo and offered to resume military aid to Pristina. "Kosovo is ready to accept this proposal," Kurti said.',
    want: ['USA PROPOSE ceasefire []', 'USA OFFER military_limits []', 'XKX ACCEPT ceasefire []'],
  },
  // (A party's plan with no stance of its own before it is the plan as a whole: the talks.)
  {
    body: 'Moscow demanded that Yerevan drop its EU bid. Armenia welcomed the Qatari initiative.',
    want: ['RUS DEMAND other []', 'ARM ACCEPT talks []', 'QAT PROPOSE talks []'],
  },
]);

claimCases('a party adjective inside a document mention names the owner too', [
  // ("the Egyptian proposal" is one document mention with no head of its own: Egypt's, with no stance before it, so the
  // answer does not take Ethiopia's demand; it is the whole proposal, the talks.)
  {
    body: 'Addis Ababa insisted that Asmara withdraw its troops from Badme. Khartoum dismissed the Egyptian proposal.',
    want: ['ETH DEMAND territory []', 'SDN REJECT talks []', 'EGY PROPOSE talks []'],
  },
]);
