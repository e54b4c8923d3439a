// A speech-act participle after a comma continues the clause of the stance verb before it (holder/stance-participle):
// its subject holds it, not the party the stance named; and a threat's elliptical condition ("if it did not") stands
// for the demand just stated, no claim of its own (claim/elliptical-condition). Sentences written for this test, on
// other disputes.
import { claimCases } from './helpers.js';

claimCases('a participle after a stance verb is held by that verb\'s subject', [
  { body: 'In June, the leaders of Kenya and Ethiopia, standing with the AU chairman in Addis Ababa, demanded that Eritrea withdraw its troops from Badme, warning of new sanctions if it did not.', want: ['ETH DEMAND territory []', 'ETH THREATEN sanctions []', 'KEN DEMAND territory []', 'KEN THREATEN sanctions []'] },
  { body: 'Baku rejected the Armenian proposal, insisting that Yerevan must first change its constitution.', want: ['ARM PROPOSE talks []', 'AZE DEMAND governance []', 'AZE REJECT talks []'] },
]);

claimCases('an elliptical condition of a threat is no claim of its own', [
  { body: 'Washington demanded that Caracas release the detained Americans, threatening new sanctions if it does not.', want: ['USA DEMAND humanitarian []', 'USA THREATEN sanctions []'] },
  // (A condition with an act of its own is still the threatener's demand.)
  { body: 'Washington threatened new sanctions if Caracas keeps its troops on the border.', want: ['USA DEMAND other []', 'USA THREATEN sanctions []'] },
]);
