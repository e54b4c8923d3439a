// A person's office, spokesman or aides saying "he" or "she" speak of that person, the possessor, not of the person
// named in the sentence before (discourse/staff-pronoun). Sentences written for these tests.
import { claimCases } from './helpers.js';

claimCases('"X\'s office said he …" is X', [
  { body: 'Aliyev spoke to reporters in Baku. Erdogan\'s office said he had asked Putin to stop all strikes on civilians in Karabakh.', want: ['TUR DEMAND humanitarian []'] },
  { body: 'Kurti met the envoys in Pristina. Vucic\'s spokesman said he would never recognise Kosovo.', want: ['SRB REJECT recognition []'] },
  // Without a staff noun, "he" is still the last speaker.
  { body: 'Aliyev spoke to reporters in Baku. He said Azerbaijan would never accept foreign peacekeepers.', want: ['AZE REJECT security_guarantees []'] },
]);
