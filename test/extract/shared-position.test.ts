// Agreeing with another party's position as a whole (candidate/shared-position, content/shared-position): "Moscow said
// it shared Beijing's views", "highly valued China's balanced approach", "in tune with our position" endorse a party's
// whole stance, no term of it: ACCEPT talks, as endorsing a whole plan is (spec rule 9). A stance on a named issue keeps
// that issue; a view stated in a clause, a party's own views, a border shared are no such acceptance. Sentences written
// for this test, with parties and places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a party\'s whole stance shared or endorsed: the talks', [
  { body: 'The Armenian foreign ministry said it shared Tehran\'s views.', want: ['ARM ACCEPT talks []'] },
  { body: 'Baku fully shares Ankara\'s position, the Azerbaijani foreign minister said.', want: ['AZE ACCEPT talks []'] },
  { body: 'The Serbian president said Belgrade shared Budapest\'s assessment and highly valued Hungary\'s "balanced" approach.', want: ['SRB ACCEPT talks []'] },
  { body: 'Asmara spokesman Yemane Gebremeskel said the Egyptian remarks were "in tune with our position".', want: ['ERI ACCEPT talks []'] },
]);

claimCases('an issue named, a view in a clause, a party\'s own, a border: not the talks', [
  { body: 'The Armenian foreign ministry said it shared Tehran\'s views on the ceasefire along the border.', want: ['ARM ACCEPT ceasefire []'] },
  { body: 'The Serbian president said he shared the view that Pristina\'s leaders were unreliable.', want: [] },
  { body: 'Eritrea and Ethiopia share a long border, the analyst said.', want: [] },
  { body: 'Kosovo\'s prime minister said Pristina shared its views with Washington on Monday.', want: [] },
]);
