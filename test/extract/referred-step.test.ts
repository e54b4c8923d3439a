// Stances whose object only refers back to a step named just before (content/further-steps,
// content/referred-decision): readiness to take "further steps" after sanctions were named threatens more of them;
// welcoming or condemning "the decision" is a stance on what the decision did. Sentences written for this test,
// with other parties.
import { claimCases } from './helpers.js';

claimCases('further steps after sanctions are a threat of more', [
  { body: 'The EU on Monday imposed sanctions on Belarusian potash exporters. Brussels was ready to take further steps if needed.', want: ['EU THREATEN sanctions []'] },
  { body: 'Britain announced new sanctions against Iranian banks, and London said it stood ready to take additional measures if necessary.', want: ['GBR THREATEN sanctions []'] },
  { body: 'Washington imposed sanctions on two Serbian oil firms on Friday. The Treasury said the United States was "prepared to take further action" against Belgrade.', want: ['USA THREATEN sanctions []'] },
  // (After a truce or an exchange, further steps harm no one: no threat.)
  { body: 'Azerbaijan announced a three-day truce in Karabakh. Baku said it was ready to take further steps.', want: ['AZE OFFER ceasefire []'] },
  { body: 'Israel and Hamas exchanged prisoners on Sunday. Israel said it was prepared to take further action if necessary.', want: [] },
]);

claimCases('further steps in an article whose lead names sanctions', [
  // (The measure is the story's: its lead names it, the readiness comes paragraphs later.)
  { body: 'LONDON, March 3 - Britain imposed sanctions on two Sudanese gold traders on Monday, its latest step against the paramilitary forces.\n\nThe traders were named in a UN report last year.\n\nThe Foreign Office said the list had been prepared for months.\n\nA minister made clear that London stood ready to take further action against the RSF.', want: ['GBR THREATEN sanctions []'] },
  { body: 'Brussels - The EU adopted a new package of sanctions against Minsk on Tuesday.\n\nThe package lists forty officials.\n\nThe list was agreed by ambassadors after weeks of talks.\n\nBorrell said the bloc was prepared to take further measures if needed.', want: ['EU THREATEN sanctions []'] },
  // (A lead about a truce or an exchange: further steps harm no one.)
  { body: 'BAKU, May 2 - Azerbaijan and Armenia exchanged prisoners on Monday in a step toward a peace treaty.\n\nThe exchange took place at the border.\n\nFamilies waited for hours.\n\nAliyev said Baku was ready to take further steps.', want: [] },
]);

claimCases('a stance on the decision named before', [
  { body: 'Washington imposed sanctions on the Serbian oil firm NIS. Pristina welcomed the American decision, calling it overdue.', want: ['XKX ACCEPT sanctions []'] },
  { body: 'Israel announced a pause in its strikes on Gaza. Egypt welcomed the decision.', want: ['ISR OFFER ceasefire []', 'EGY ACCEPT ceasefire []'] },
  // (A decision with its own content is read as it is; a decision after nothing of the contract names no issue.)
  { body: 'The foreign minister of Armenia attended a dinner in Paris. Yerevan welcomed the decision.', want: [] },
  { body: 'Baku welcomed the decision to host the talks in Abu Dhabi.', want: ['AZE ACCEPT talks []'] },
]);
