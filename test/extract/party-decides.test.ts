// Giving a party the say over a question refuses any outcome imposed on it, on the speaker's word
// (candidate/party-decides); the "they" of a trailing attribution is not a party named as a possessor in what they said
// (discourse/trailing-they). Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('the say given to a party: the speaker refuses an imposed outcome on that question', [
  { body: 'Berlin said it was for Armenia alone to decide on the size of its army.', want: ['DEU REJECT military_limits []'] },
  { body: 'Macron said it would be up to Armenia to make decisions on its territory.', want: ['FRA REJECT territory []'] },
  { body: 'Decisions on Kosovo\'s territory are a matter for Pristina, Kurti said.', want: ['XKX REJECT territory []'] },
  { body: 'Germany said any decision about Armenia\'s armed forces should be Armenia\'s alone.', want: ['DEU REJECT military_limits []'] },
  // a trailing "they": the leaders named before, not the party whose say it is
  { body: 'The leaders of France, Britain and Germany met in Paris on Monday. Any decision about Armenia\'s armed forces should be Armenia\'s alone, they said.', want: ['DEU REJECT military_limits []', 'FRA REJECT military_limits []', 'GBR REJECT military_limits []'] },
]);

claimCases('no say given: a step demanded of the party, or a question naming no issue', [
  // a step handed to the party is demanded of it (candidate/up-to-party), no refusal
  { body: 'It is now up to Russia to accept the ceasefire, Rubio said.', want: ['USA DEMAND ceasefire []'] },
  // the question names no issue
  { body: 'The decision about the lunch menu was Turkey\'s alone, an official said.', want: [] },
  // no party given the say
  { body: 'Any decision about the army should be taken soon, the minister said.', want: [] },
]);

// The question as the subject of "… were for X to decide", nothing decided after the verb; and a decision taken by
// the party ("for X alone to take decisions on …"). Not the talks: deference on their terms refuses nothing.
claimCases('the question before "for X to decide", and decisions taken by the party', [
  { body: 'Kallas said Armenia\'s future alliances were "for Armenia to decide, not Moscow".', want: ['EU REJECT alliance []'] },
  { body: 'Berlin said the size of Armenia\'s army was for Armenia to decide.', want: ['DEU REJECT military_limits []'] },
  { body: 'Paris said it was for Armenia alone to take decisions on its territory.', want: ['FRA REJECT territory []'] },
  { body: 'The State Department said the terms of any settlement were for Pristina to decide.', want: [] },
]);
