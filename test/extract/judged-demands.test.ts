// A predicate of refusal that judges another party's demands ("put forward "unacceptable" demands", "demands that
// were "unacceptable"") is the judgement of whoever reports or levels it: the speaker or the accuser, never the party
// that made the demands (holder/judged-demands). Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('the speaker or the accuser, not the party whose demands are judged, rejects them', [
  { body: 'An Armenian official told Reuters that the Azerbaijani delegation had put forward "unacceptable" demands, including a ceasefire on its own terms.', want: ['ARM REJECT ceasefire []'] },
  { body: 'Sudan said the Rapid Support Forces had put forward "unacceptable" demands for a ceasefire in Darfur.', want: ['SDN REJECT ceasefire []'] },
  { body: 'Israeli officials told Reuters that Hamas had put forward "unacceptable" demands for a prisoner exchange.', want: ['ISR REJECT humanitarian []'] },
  { body: 'The talks ended without a deal, with Belgrade accusing Pristina of making demands that were "unacceptable" on the recognition of Kosovo.', want: ['SRB REJECT talks []'] },
]);

claimCases('with no speaker, nobody; a refusal that judges no demands is read as before', [
  { body: 'The Azerbaijani delegation put forward "unacceptable" demands for a ceasefire.', want: [] },
  { body: 'Azerbaijan rejected the Armenian proposal for a border commission.', want: ['ARM PROPOSE talks []', 'AZE REJECT talks []'] },
  { body: 'Serbia said the demands for a ceasefire were unacceptable.', want: ['SRB REJECT ceasefire []'] },
]);
