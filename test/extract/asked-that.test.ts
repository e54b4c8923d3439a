// Asking that a thing be done asks it of the other side (trigger/asked-that): "The Russian side also asked that any
// freeze be accompanied by the lifting of sanctions", as "requested that … be withdrawn" does. Before, "asked" with no
// party right after it was dropped as asking nothing of anyone (trigger/needs-party-object). Sentences written for
// this test, other disputes.
import { claimCases } from './helpers.js';

claimCases('asking that a thing be done demands it', [
  { body: 'Serbia asked that sanctions on its banks be lifted before any talks.', want: ['SRB DEMAND sanctions []'] },
  { body: 'The Azerbaijani side also asked that Armenian troops be withdrawn from the border villages.', want: ['AZE DEMAND territory []'] },
  { body: 'Seoul has asked that the sanctions on Pyongyang not be lifted before talks resume.', want: ['KOR DEMAND sanctions []'] },
  // (A mediator's request puts an arrangement forward: PROPOSE, as its other requests.)
  { body: 'Cairo asks that a ceasefire be declared in Gaza.', want: ['EGY PROPOSE ceasefire []'] },
]);

claimCases('no demand when the that-clause reports or names no act', [
  { body: 'Seoul asked that question again at the talks on sanctions.', want: [] },
  { body: 'Baku asked that the ceasefire would hold.', want: [] },
  { body: 'Aliyev was asked that day whether the ceasefire would be extended.', want: [] },
]);

// A subject with no party, a plural noun at its head, then the bare verb: the mandative too ('mandativeStops' are
// neither). A past form reports; a request about a name asks nothing of a party.
claimCases('asking that troops or banks do something, no party as the subject, demands it', [
  { body: 'Armenian negotiators also asked that Azerbaijani troops withdraw from the border villages.', want: ['ARM DEMAND territory []'] },
  { body: 'Vucic asked that Western governments lift the sanctions on Serbian banks.', want: ['SRB DEMAND sanctions []'] },
  { body: 'Kurti asked that Serbian forces pulled back from the boundary.', want: [] },
  { body: 'One Tigrayan resident asked that her family name not be printed.', want: [] },
]);
