// An explainer's party heading ("What Moscow wants", "Belgrade's red lines") and the bullet lines of its section:
// each bare noun-phrase bullet is that party's demand (offer), a negative one a refusal (content/section-heading);
// a bullet's own further sentences do not end the list; a bullet is one item (content/bullet-other-piece).
// Sentences written for this test, with other places and parties.
import { claimCases } from './helpers.js';

const para = (...lines: string[]) => lines.join('\n\n');

claimCases('an explainer\'s party sections', [
  {
    body: para(
      'Negotiators say a framework exists, but the hardest questions remain open.',
      'What Moscow wants',
      'The Kremlin\'s list has barely changed since the spring:',
      '- Ukraine\'s withdrawal from the Kharkiv region. "If they leave, the shelling stops. If not, we will act," Peskov said on Monday.',
      '- A change to the Ukrainian constitution.',
      '- No Western troops on Ukrainian soil.',
      'What Kyiv wants',
      'Kyiv\'s starting point is the current line, with the rest left for later talks.',
      '- No withdrawal from the Sumy region.',
      '- An army large enough to deter another attack.',
      '- Security guarantees that work like a defence pact and are ratified by parliament, so that they last.',
    ),
    want: [
      'RUS DEMAND territory [UA-63]', 'RUS DEMAND governance []', 'RUS REJECT security_guarantees []',
      'UKR REJECT territory [UA-59]', 'UKR DEMAND military_limits []', 'UKR DEMAND security_guarantees []',
      // (The prose between heading and bullets is read as prose: a starting point proposes, candidate/list-noun, and the
      // current line it names is the line the land is divided along, territory (issues.json); the rest "left for later
      // talks" is talks, as the own gold reads deferral to a later meeting.)
      'UKR PROPOSE territory []', 'UKR PROPOSE talks []',
    ],
  },
  // (A possessive heading with a typed list noun; what an offer heading lists is offered.)
  {
    body: para('Belgrade\'s red lines', '- No recognition of Kosovo\'s independence.', 'What Pristina is offering', '- Autonomy for the Serb municipalities.'),
    want: ['SRB REJECT recognition []', 'XKX OFFER governance []'],
  },
  // (Another heading ends the section: its bullets have no holder; a bullet that is a clause is a sentence.)
  {
    body: para('What Moscow wants', '- Recognition of Crimea as Russian.', 'Key sticking points', '- A ceasefire first.', '- Sequencing: Ukraine wants a ceasefire first.'),
    want: ['RUS DEMAND recognition [UA-43]', 'UKR DEMAND ceasefire []'],
  },
  // (Not a heading: a sentence of prose, or a line with its closing stop.)
  { body: para('What Moscow wants is unclear, officials say.', '- A ceasefire along the line.'), want: [] },
  { body: para('What Moscow wants.', '- A ceasefire along the line.'), want: [] },
]);
