// A call's addressee named by a group noun that is also an issue word ("urged the bloc to …", "called on the alliance
// to …") is whom the call is made to, not what it is about, when the infinitive names an issue of its own
// (content/addressee-noun). Sentences written for this test, with other parties.
import { claimCases } from './helpers.js';

claimCases("a call's addressee noun is not its issue", [
  { body: 'Slovakia urged the alliance to focus on a ceasefire.', want: ['SVK PROPOSE ceasefire []'] },
  // (Serbia is a side of its dispute with Kosovo: its call is a demand, discourse/principal-sides.)
  { body: 'Serbia called on the bloc to shift its attention to a prisoner exchange.', want: ['SRB DEMAND humanitarian []'] },
  // (An infinitive with no issue of its own keeps the noun's: admitting a state to the bloc is membership.)
  { body: 'Slovakia urged the bloc to admit Moldova.', want: ['SVK DEMAND alliance []'] },
  { body: 'Slovakia urged the bloc to lift sanctions on Serbia.', want: ['SVK DEMAND sanctions []'] },
]);
