// A name of condemnation in quotation marks is still the name given (candidate/named-judgement): 'branded the
// plan a "trap"', 'called it a "trap"' refuse what is named, as the unquoted forms do. Sentences written for this
// test, with parties and places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a quoted name of condemnation refuses what is named', [
  { body: 'Pristina branded the Serbian proposal for a truce a "trap".', want: ['XKX REJECT ceasefire []'] },
  { body: 'Baku offered a truce along the border, which Yerevan called a "trap".', want: ['ARM REJECT ceasefire []'] },
], (c) => c.type === 'REJECT');

claimCases('no refusal', [
  // a name given to no proposal
  { body: 'The ministry called the report a "sham".', want: [] },
  // negated naming
  { body: 'Pashinyan did not call the Azerbaijani offer of talks a "trap".', want: [] },
], (c) => c.type === 'REJECT');

// An offer called propaganda is dismissed as not meant (candidate/named-judgement words).
claimCases('an offer named propaganda is refused', [
  { body: 'Aliyev offered talks in Geneva, but Pashinyan called it "propaganda".', want: ['ARM REJECT talks []'] },
  { body: 'Yerevan branded the Azerbaijani plan for a truce propaganda.', want: ['ARM REJECT ceasefire []'] },
], (c) => c.type === 'REJECT');
