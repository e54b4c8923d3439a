// A party approving a package of its own punitive measures ("approved its 19th package of sanctions", "adopted new
// sanctions against …") acts; it accepts no one's proposal (trigger/adopted-measure). Approving a relief stays an
// acceptance, and a threat to adopt a package stays a threat. Sentences written for this test, with other parties.
import { claimCases } from './helpers.js';

claimCases('approving one\'s own sanctions is no acceptance', [
  { body: 'The European Union on Thursday also approved its 19th package of sanctions against Iran.', want: [] },
  { body: 'The leaders also approved a new round of sanctions on Belarus, including a ban on potash imports.', want: [] },
  { body: 'The EU approved the sanctions package against Belarus.', want: [] },
  // (A relief approved, and a package threatened, stay.)
  { body: 'The EU approved the lifting of sanctions on Syria.', want: ['EU ACCEPT sanctions []'] },
  { body: 'The EU approved the sanctions relief for Syria.', want: ['EU ACCEPT sanctions []'] },
  { body: 'The EU will adopt a 20th package of sanctions by the end of the month unless Tehran agrees to a ceasefire.', want: ['EU THREATEN sanctions []', 'EU DEMAND ceasefire []'] },
]);
