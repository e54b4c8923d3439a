// A party that puts forward its own neutrality offers a concession of its own (claim/own-neutrality); another party's
// neutrality put forward stays a proposal or a demand. Sentences written for this test, with other parties and places.
import { assertIncludes, assertNone } from './helpers.js';

assertIncludes([
  ['Moldova puts neutrality on the table in Geneva, asks for guarantors.', 'MDA OFFER alliance []'],
  ['Georgia on Tuesday proposed adopting a neutral status in exchange for international security guarantees.', 'GEO OFFER alliance []'],
  ['Finland proposed a permanently neutral status for itself, with no foreign bases.', 'FIN OFFER alliance []'],
] as const);

// (Another party's neutrality: not the proposer's own concession.)
assertNone([
  'Turkey proposed that Georgia adopt a neutral status.',
  'Hungary proposed neutrality for Moldova as part of a settlement.',
], 'OFFER alliance');

// A limit a party puts on itself in its own plan or list: its non-nuclear status, "a commitment not to …"
// (claim/own-neutrality 'limitWords', 'commitments'), or its neutrality as a bullet of its own proposal. A limit on
// another party stays a demand, and a mediator's draft stays a proposal.
assertIncludes([
  ['Serbia handed its written proposals to the EU mediators on Tuesday. Under the proposal, Serbia would not join any military alliance. Serbia would also remain non-nuclear.', 'SRB OFFER military_limits []'],
  ['Armenian and Azerbaijani delegations met in Geneva on Tuesday. As described by its negotiators, Yerevan\'s proposal contains:\n\n- a neutral, non-bloc status for Armenia: no membership of military alliances;\n- a commitment not to acquire or develop nuclear weapons;\n- the withdrawal of Azerbaijani troops from the border villages.', 'ARM OFFER alliance []'],
  ['Armenian and Azerbaijani delegations met in Geneva on Tuesday. As described by its negotiators, Yerevan\'s proposal contains:\n\n- a neutral, non-bloc status for Armenia: no membership of military alliances;\n- a commitment not to acquire or develop nuclear weapons;\n- the withdrawal of Azerbaijani troops from the border villages.', 'ARM OFFER military_limits []'],
] as const);

assertNone([
  'Armenian and Azerbaijani delegations met in Geneva on Tuesday. As described by its negotiators, Baku\'s proposal contains:\n\n- a neutral, non-bloc status for Armenia: no membership of military alliances;\n- limits on the size of Armenia\'s armed forces.',
  'The US draft was handed to both delegations on Friday. Under the draft, Armenia would remain a non-nuclear state.',
  'The US draft was handed to both delegations on Friday. Under the draft, Armenia must enshrine its neutral status in its constitution.',
  // Another party's adjective on the neutrality: what the holder asks of it, not a limit on itself.
  'Armenian and Azerbaijani delegations met in Geneva on Tuesday. For a final settlement, Baku\'s memorandum asks for:\n1. recognition of Azerbaijan\'s borders;\n2. Armenian neutrality, with no membership of military alliances;\n3. the lifting of sanctions.',
], / OFFER (alliance|military_limits)/);
