// A promise verb in the passive whose agent is no party commits nobody the reading knows (trigger/passive-promise):
// "the security of Armenia would be guaranteed by the permanent members" is the speaker's proposal, not its offer;
// "a truce guaranteed by neutral observers" describes the truce. With a party as the agent, the agent promises.
// Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a passive promise with no party as its agent', [
  { body: 'Aliyev said the security of Armenia would be guaranteed by the permanent members of the Security Council.', want: ['AZE PROPOSE security_guarantees []'] },
  { body: 'Pashinyan said the border would be guaranteed by international monitors.', want: ['ARM PROPOSE security_guarantees []'] },
  // (The participle is no promise of the speaker's: the offer or the condition stays its only claim; which issue the
  // guarantee gives it is the issue rules'.)
  { body: 'Serbia offered a truce guaranteed by neutral observers.', want: ['SRB OFFER security_guarantees []'] },
  { body: 'Kurti said a vote in the north could only be held after a truce guaranteed by neutral observers.', want: ['XKX DEMAND security_guarantees []'] },
]);

claimCases('a passive promise with a party as its agent is the agent\'s', [
  { body: 'Macron said the security of Moldova would be guaranteed by the European Union.', want: ['EU OFFER security_guarantees []'] },
  { body: 'The security of Armenia would be guaranteed by France, the French president said.', want: ['FRA OFFER security_guarantees []'] },
  { body: 'Kosovo received the weapons promised by Washington.', want: ['USA OFFER military_limits []'] },
]);
