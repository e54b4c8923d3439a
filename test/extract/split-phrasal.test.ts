// Phrasal stance verbs split by their object (candidate/split-phrasal): "put a prisoner exchange on the table",
// "put a new plan forward", "turned the offer of a truce down", "ruled a referendum out", "brushed the proposal
// aside". The joined forms were cues already; split, the object between verb and particle is the content.
// Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('put … on the table, put … forward: a proposal', [
  { body: 'Pakistan put a prisoner exchange on the table at the meeting in Doha, the foreign office said.', want: ['PAK PROPOSE humanitarian []'] },
  { body: 'Serbia put a ceasefire and a prisoner exchange on the table.', want: ['SRB PROPOSE ceasefire []', 'SRB PROPOSE humanitarian []'] },
  { body: 'Egypt has placed a phased exchange of prisoners on the table.', want: ['EGY PROPOSE humanitarian []'] },
  { body: 'Ankara put a new round of talks in Istanbul forward on Monday.', want: ['TUR PROPOSE talks []'] },
  // (Things put on a table are no proposal; pressure put on a party is a cue of its own.)
  { body: 'The Serbian president put his glasses on the table.', want: [] },
  { body: 'Hamas put the hostages on a bus to the crossing.', want: [] },
]);

claimCases('turned … down, ruled … out, brushed … aside: a refusal', [
  { body: 'Khartoum turned the offer of a humanitarian truce down, the army spokesman said.', want: ['SDN REJECT ceasefire []'] },
  { body: "Baku ruled a referendum on Karabakh's status out.", want: ['AZE REJECT governance []'] },
  { body: 'Kosovo has ruled any land swap with Serbia out.', want: ['XKX REJECT territory []'] },
  { body: 'Israel brushed the call for a permanent ceasefire aside, officials said.', want: ['ISR REJECT ceasefire []'] },
  // (Not refusing it leaves it open, as "has not ruled out" does.)
  { body: 'Armenia has not ruled a land swap out.', want: ['ARM OFFER territory []'] },
  // (A particle with no stance object before it.)
  { body: 'Kosovo turned the volume down at the rally.', want: [] },
  { body: 'The court ruled the election law out of order.', want: [] },
  { body: 'The minister turned to the talks and then went down to the harbour.', want: [] },
]);
