// A naming frame between a verb of a harmful step and its object ("pledged to impose what he described as 'very severe
// tariffs' on Moscow") is skipped to the object it names (trigger/harmful-act namingVerbs): the step is the threat it
// would be without the frame. Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a harmful step past a naming frame', [
  { body: 'Trump pledged to impose what he described as "very severe tariffs" on Venezuela.', want: ['USA THREATEN sanctions []'] },
  { body: 'The EU vowed to impose what officials termed "crippling sanctions" on Belarus.', want: ['EU THREATEN sanctions []'] },
  { body: 'China pledged to impose what it called "countermeasures and tariffs" on Lithuania.', want: ['CHN THREATEN sanctions []'] },
]);

claimCases('a naming frame before no harmful step', [
  { body: 'Turkey pledged to send what Erdogan described as "generous aid" to Gaza.', want: [] },
]);
