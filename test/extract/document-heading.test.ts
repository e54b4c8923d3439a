// A factbox of a party's document: a heading of its own line that names the document ("FACTBOX — AZERBAIJAN'S DRAFT",
// "Factbox: the Serbian memorandum", "What Yerevan's plan says"), often a line of prose about it, then bullet lines
// with or without a label before a colon: each bullet is one point of the document, held by its party, demanded when
// the party is a side of the dispute (a "no" refuses), proposed when a mediator wrote it (content/document-heading);
// a piece after a semicolon is a point of its own (content/semicolon-pieces); the points stay apart from what the
// party's speakers say elsewhere (document/factbox-points). Sentences written for this test, with other parties.
import { claimCases } from './helpers.js';

const para = (...lines: string[]) => lines.join('\n\n');
const lines = (...ls: string[]) => ls.join('\n');

claimCases('a factbox of a party\'s document', [
  // (A capitals heading with a label and a dash, a lead line of prose, then labelled bullets.)
  {
    body: para(
      'Armenian and Azerbaijani negotiators exchanged drafts in Washington on Tuesday.',
      'FACTBOX — AZERBAIJAN\'S DRAFT',
      'The Azerbaijani text, circulated to the mediators on Tuesday evening, runs to four pages.',
      '* Borders, first stage: a full withdrawal of Armenian forces from the villages of the Tavush region.',
      '* Constitution: the removal of the territorial claim from Armenia\'s constitution.',
      '* Bases: no foreign military bases on Armenian soil.',
    ),
    want: ['AZE DEMAND territory []', 'AZE DEMAND governance []', 'AZE REJECT security_guarantees []'],
  },
  // (The party as an adjective after "the", a colon as the separator, lines with no blank between them; "no" refuses.)
  {
    body: lines(
      'Serbian and Kosovan officials met in Brussels on Monday.',
      'Factbox: The Serbian memorandum',
      'Handed to the EU envoy before the meeting.',
      '- Recognition of the Serb municipalities\' association by Pristina.',
      '- No recognition of Kosovo\'s independence; talks on the status to resume under UN auspices.',
      '- The release of all detained Serbs.',
    ),
    want: ['SRB DEMAND rights []', 'SRB REJECT recognition []', 'SRB PROPOSE talks []', 'SRB DEMAND humanitarian []'],
  },
  // (The "what … says" form, with no label.)
  {
    body: para(
      'Ethiopian and Eritrean envoys met in Jeddah on Sunday.',
      'What Eritrea\'s plan says',
      '- The withdrawal of Ethiopian troops from Badme.',
      '- No foreign troops on Eritrean soil.',
    ),
    want: ['ERI DEMAND territory []', 'ERI REJECT security_guarantees []'],
  },
  // (A point of the document stays apart from the same demand a speaker makes in the story; the talks in a side's own
  // document are proposed, a mutual step, as sentence/principal-formula reads a side's plan.)
  {
    body: para(
      'Armenia\'s foreign minister demanded the release of all detainees on Monday.',
      'FACTBOX — ARMENIA\'S PROPOSAL',
      '* Prisoners: the release of all detainees held in Baku.',
      '* Talks: a meeting of the two leaders before the end of the year.',
    ),
    want: ['ARM DEMAND humanitarian []', 'ARM DEMAND humanitarian []', 'ARM PROPOSE talks []'],
  },
  // (A party after the label opens a sentence of its own: read as prose, Kosovo's offer, not an item of Serbia's.)
  {
    body: para(
      'Serbian and Kosovan officials met in Brussels on Monday.',
      'FACTBOX — SERBIA\'S TERMS',
      '* Police: Kosovo would withdraw its special police from the north.',
    ),
    want: ['XKX OFFER territory []'],
  },
  // (Not a document heading: a factbox about an event, a bare plan heading with no label, a heading with no party.)
  {
    body: para('Serbian and Kosovan officials met in Brussels on Monday.', 'FACTBOX: WHAT WAS SIGNED', '- Ports: Bar and Durres.', '- Term: 120 days, renewable.'),
    want: [],
  },
  {
    body: para('Serbian and Kosovan officials met in Brussels on Monday.', 'FACTBOX — THE ORIGINAL PLAN', '- A ceasefire along the line.'),
    want: [],
  },
]);
