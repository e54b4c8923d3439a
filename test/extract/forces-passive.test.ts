// A party's forces as the subject of a passive of sending or stationing (candidate/forces-passive): "Italian
// soldiers would not be sent to Ukraine" refuses a security guarantee for Italy, "no US troops would be deployed"
// for the US; unnegated, a third party's forces stationed somewhere offer one. Sentences written for this test,
// with parties and places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a party\'s forces not sent refuse a security guarantee', [
  { body: 'Erdogan said Turkish peacekeepers will never be stationed in Kosovo.', want: ['TUR REJECT security_guarantees []'] },
  { body: 'Sanchez repeated that Spanish soldiers would not be sent to Armenia.', want: ['ESP REJECT security_guarantees []'] },
  { body: 'Rubio said no US troops would be deployed to Gaza as part of the plan.', want: ['USA REJECT security_guarantees []'] },
  { body: 'Tusk said Polish ground troops will not be deployed in Moldova.', want: ['POL REJECT security_guarantees []'] },
]);

claimCases('a third party\'s forces stationed offer one', [
  { body: 'Macron said French troops could be stationed in Armenia after a peace treaty.', want: ['FRA OFFER security_guarantees []'] },
]);

claimCases('no stance on a guarantee', [
  // one of the two sides moving its own forces wages the war
  { body: 'Putin said Russian troops would be sent to the Kursk region.', want: [] },
  // a condition on sending them, not a refusal
  { body: 'Frederiksen said Danish troops would not be deployed without a vote in parliament.', want: [] },
  // no party's forces
  { body: 'The officials said more troops would be sent to the border next month.', want: [] },
], (c) => c.issue === 'security_guarantees');

// In a bullet or numbered item of a plan whose authors are known, the forces not stationed are a point of the plan,
// proposed by its authors, not a refusal by the party whose forces they are (candidate/document-list-item).
claimCases('a plan\'s item naming a party\'s forces is the plan\'s proposal', [
  { body: 'The draft drawn up by Ankara, seen by this newspaper, has these main points:\n\n1. Armenia would withdraw its forces from the border villages.\n\n2. No Russian troops would be stationed in Armenia; Iranian observers would be based in Nakhchivan.', want: ['TUR PROPOSE territory []', 'TUR PROPOSE security_guarantees []'] },
  { body: 'The American proposals for Gaza, as published by the White House, contain these points:\n\n- Hamas would disarm within ninety days.\n\n- No US troops would be deployed to Gaza.', want: ['USA PROPOSE military_limits []', 'USA PROPOSE security_guarantees []'] },
], (c) => c.issue !== 'talks');
