// A possessive pronoun before a party's role noun speaks for the party it refers to (holder/deontic-speaker via
// speakerOf's possessed roles): "Azerbaijan has not moved. Its negotiators told the EU that a settlement must …".
// A modal whose only content is its own subject introduces the bullets after it and makes no claim of its own
// (content/list-frame). Sentences written for this test, with parties and places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a resolved possessive pronoun with a role noun is the speaker', [
  {
    body: "Baku's terms have not changed since 2023. Its negotiators have told their EU counterparts that a final settlement must include the withdrawal of Armenian forces from the border villages.",
    want: ['AZE DEMAND territory []'],
  },
  {
    body: 'Serbia has hardened its line. Its foreign minister said on Monday that Pristina must withdraw its special police units from the northern municipalities.',
    want: ['SRB DEMAND territory []'],
  },
  {
    body: 'Eritrea sent a delegation to Nairobi. Its spokesman said Ethiopia should withdraw its troops from the disputed border town of Badme.',
    want: ['ERI DEMAND territory []'],
  },
  // (An unresolved "its" names no one: no speaker, no claim.)
  { body: 'Its negotiators have said that the deal must include the withdrawal of all forces.', want: [] },
]);

claimCases('a modal whose content is its own subject frames the bullets after it', [
  {
    body: "Azerbaijan's position has barely moved. Its negotiators have told the mediators that a final peace treaty must include:\n\n* the withdrawal of Armenian forces from the border villages;\n* international recognition of Karabakh as part of Azerbaijan;\n* the lifting of sanctions on Azerbaijani banks.",
    want: ['AZE DEMAND territory []', 'AZE DEMAND recognition []', 'AZE DEMAND sanctions []'],
  },
  // (Without bullets after it, the settlement it names is the stance.)
  {
    body: "Azerbaijan's position has barely moved. Its negotiators have told the mediators that a final peace treaty must include the withdrawal of Armenian forces from the border villages.",
    want: ['AZE DEMAND territory []'],
  },
]);
