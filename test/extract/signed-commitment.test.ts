// A document signed or joined whose content commits its parties to another party (claim/signed-commitment,
// signed-commitment.ts): the signer those acts are for accepts them; on the security guarantees, joining a text of
// guarantees or a force for another party offers them. Supporting another party's plan, and the receiving party's own
// endorsement, stay acceptances; a capital after "in" is the venue, no receiving party. Sentences written for this
// test, about other disputes.
import { claimCases } from './helpers.js';

claimCases('signed acts for one of the signers: its acceptance', [
  {
    body: 'Macron, Meloni and Pashinyan signed a declaration of intent on deploying monitors to Armenia after a peace treaty.',
    want: ['FRA OFFER security_guarantees []', 'ITA OFFER security_guarantees []', 'ARM ACCEPT security_guarantees []'],
  },
  {
    body: 'France, Italy and Armenia signed a declaration of intent under which French and Italian monitors would deploy to Armenia.',
    want: ['FRA OFFER security_guarantees []', 'ITA OFFER security_guarantees []', 'ARM ACCEPT security_guarantees []'],
  },
]);

claimCases('guarantees or a force for another party joined: an offer', [
  { body: 'Norway and Denmark signed up to a declaration on security guarantees for Armenia.', want: ['NOR OFFER security_guarantees []', 'DNK OFFER security_guarantees []'] },
  { body: 'The African Union endorsed a plan for a peacekeeping force that would deploy in Sudan once a truce is agreed.', want: ['AU OFFER security_guarantees []'] },
  { body: 'Germany endorsed a declaration on security guarantees for Moldova.', want: ['DEU OFFER security_guarantees []'] },
]);

claimCases('another party\'s plan supported, the receiving party endorsing, a venue: unchanged', [
  { body: "Kenya has supported the African Union's plan for a peacekeeping force in Sudan.", want: ['KEN ACCEPT security_guarantees []'] },
  { body: 'Armenia endorsed the plan for a European monitoring force in Armenia.', want: ['ARM ACCEPT security_guarantees []'] },
  { body: 'Britain and France signed a declaration of intent in Paris to send forces to Estonia.', want: ['GBR OFFER security_guarantees []', 'FRA OFFER security_guarantees []'] },
], (c) => c.actor !== 'AU');
