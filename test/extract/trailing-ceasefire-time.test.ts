// A phrase of time naming a ceasefire after a stance's object ("pledge troops for Sudan after a ceasefire") says when,
// not that a ceasefire is offered: no ceasefire claim (content/trailing-ceasefire-time). Sentences written for this
// test, on other disputes; a pledge with an issue of its own, a ceasefire as the object, and a condition stay.
import { claimCases } from './helpers.js';

claimCases('a ceasefire in a trailing phrase of time names no issue', [
  { body: 'Kenya and Rwanda pledge troops for Sudan after a ceasefire.', want: [] },
  { body: 'Turkey and Qatar pledged soldiers for Gaza following a truce, officials said.', want: [] },
]);

claimCases('negatives: the stance\'s own issue, a ceasefire object, a condition', [
  { body: 'Kenya pledged to send troops to Sudan once a ceasefire is agreed.', want: ['KEN OFFER security_guarantees []'] },
  { body: 'Armenia demanded security guarantees after a ceasefire.', want: ['ARM DEMAND security_guarantees []'] },
  { body: 'Aliyev offered a ceasefire after the talks.', want: ['AZE OFFER ceasefire []'] },
  { body: 'Baku would accept talks only after a ceasefire.', want: ['AZE OFFER talks []', 'AZE DEMAND ceasefire []'] },
]);
