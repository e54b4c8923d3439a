// An infinitive inside a later item of a list ("…, a special tribunal to try the crime of aggression, compensation …")
// says what that item is for: it is no purpose clause of the whole object that ends the content
// (content/list-item-infinitive, against content/purpose-after-head), so the items after it are still demanded.
// Sentences written for this test, with other parties and places than the corpus's.
import { claimCases } from './helpers.js';

claimCases('the list goes on past an item\'s infinitive', [
  {
    body: 'Armenia\'s formula calls for the full withdrawal of Azerbaijani troops from all Armenian territory, a special tribunal to try the crime of aggression, and the release of all prisoners and detainees.',
    want: ['ARM DEMAND humanitarian []', 'ARM DEMAND other []', 'ARM DEMAND territory []'],
  },
  // paraphrase: a commission to mark the border, then the prisoners
  {
    body: 'Kosovo demanded on Friday the withdrawal of Serbian police from the north, a joint commission to mark the border line, and the return of all detained Kosovars.',
    want: ['XKX DEMAND humanitarian []', 'XKX DEMAND territory []'],
  },
], (c) => c.type === 'DEMAND');

claimCases('a purpose clause of the whole object still ends it', [
  // (No list: the infinitive says why the truce is offered; the bodies are no humanitarian demand.)
  { body: 'Sudan\'s army offered a two-day ceasefire in El Fasher to collect the bodies of the dead.', want: ['SDN OFFER ceasefire []'] },
], (c) => c.type === 'OFFER' || c.type === 'DEMAND');
