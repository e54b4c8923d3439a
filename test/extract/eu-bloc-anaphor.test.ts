// discourse/eu-bloc-anaphor: a definite "the bloc" re-mentions the union named last before it; after the European
// Union an appeal to "the bloc" to admit a country asks for EU membership (issue other), after NATO it stays the
// alliance. Sentences written for these tests, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('"the bloc" after the European Union is the Union: issue other', [
  { body: 'Kosovo signed its application to join the European Union on Monday. Prime Minister Albin Kurti urged the bloc to admit the country without delay.', want: ['XKX ACCEPT other []', 'XKX DEMAND other []'] },
  { body: 'Moldova handed in its request to join the European Union, and President Maia Sandu appealed to the 27-nation bloc to admit her country under a fast procedure.', want: ['MDA DEMAND other []'] },
  { body: 'Georgia\'s government said it had formally applied for EU membership. Tbilisi asked the bloc to admit it before the end of the year.', want: ['GEO DEMAND other []'] },
]);

claimCases('"the bloc" after NATO, or no definite bloc, stays the alliance', [
  { body: 'Georgia renewed its bid to join NATO on Monday. Tbilisi asked the bloc to admit it at the next summit.', want: ['GEO DEMAND alliance []'] },
  { body: 'Armenia\'s ties with the European Union have grown. Moscow demanded that Armenia stay out of any military bloc.', want: ['RUS DEMAND alliance []'] },
  { body: 'Kosovo\'s talks with the European Union stalled in June. When NATO leaders met in July, Pristina urged the bloc to admit it.', want: ['XKX DEMAND alliance []'] },
]);
