// A place in the process wanted for the party itself ("wanted to be consulted on any arrangement", "wants to be
// included in the talks") asks the others to let it in: a demand on the talks, whatever the talks are about
// (trigger/want-needs-act 'placeWords'). Not a denied wish.
// Sentences written for these tests, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('a place in the process wanted is a demand on the talks', [
  { body: 'Moldova wanted to be consulted on any arrangement affecting the security of the region, its foreign minister said.', want: ['MDA DEMAND talks []'] },
  { body: 'Kosovo wants to be included in any talks on sanctions relief for Serbia.', want: ['XKX DEMAND talks []'] },
]);

claimCases('a denied wish or a wish for something else is not', [
  { body: 'Armenia does not want to be consulted on the Iranian nuclear file.', want: [] },
  { body: 'Kosovo wants to be a member of the Council of Europe.', want: [] },
]);
