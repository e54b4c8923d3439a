// A threat that names no issue but the money it would hurt is a threat of sanctions (content/economic-threat): "the
// United States could do things financially that would be devastating for Russia if it refused". And the party right
// before ", but warned" is the first predicate's object, not the warning's speaker (holder/joined-predicate-object).
// Sentences written for this test, with other parties and places than the corpus's.
import { claimCases } from './helpers.js';

const sanctions = (c: { type: string; issue: string }) => c.type === 'THREATEN' && c.issue === 'sanctions';

claimCases('a harm to the money is a threat of sanctions', [
  { body: 'Erdogan said Turkey could do things financially that would be devastating for Greece if Athens refused to halt the drilling.', want: ['TUR THREATEN sanctions []'] },
  { body: 'Macron said France could impose financial measures that would be very painful for Belgrade if Serbia did not agree.', want: ['FRA THREATEN sanctions []'] },
  // paraphrase: the word of money after the harm
  { body: 'Erdogan said he would prefer not to punish Greece, but warned that Ankara could take steps that would be devastating for Greece financially if it refused.', want: ['TUR THREATEN sanctions []'] },
], sanctions);

claimCases('no threat of sanctions', [
  // (The word of money inside the condition: what is at stake, not the harm.)
  { body: 'Borrell said the EU could take steps that would be devastating for Serbia if the financial aid stopped.', want: [] },
  // (No harm: an offer of money.)
  { body: 'Norway said it would support Sudan financially if the truce held.', want: [] },
], sanctions);
