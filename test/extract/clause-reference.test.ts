// Clauses and references (issue 7, "stance constructions" and "precision"): a subordinate clause opened by
// "while/although" ends at its comma, so the main clause's party holds its own stance; "it" after a stance's
// gerund is the issue named before it; "the pronouncement/announcement" refers back to the last stance of
// another party; "wants X frozen/lifted" names an act; an interim government is governance. Sentences
// written for this test, with parties and places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('subordinate clause', [
  {
    body: 'While Moscow insists on keeping all of Zaporizhzhia, Kyiv wants the front frozen along the current positions.',
    // (The wish for a freeze along the present line is PROPOSE, content/wanted-line: spec §2 PROPOSE, an arrangement
    // that is not chiefly another party's act; the tuning gold reads every such wish so, own AN, AU, K.)
    want: ['RUS DEMAND territory [UA-23]', 'UKR PROPOSE ceasefire []'],
  },
  {
    body: 'Although Kyiv demanded a new round of prisoner exchanges, Moscow rejected any talks on a ceasefire in the Black Sea.',
    want: ['UKR DEMAND humanitarian []', 'RUS REJECT ceasefire []'],
  },
  // Without the subordinator, the second party is part of the demand's content ("demanded Kosovo …").
  {
    body: 'Serbia demanded that Kosovo withdraw its police from the north.',
    want: ['SRB DEMAND territory []'],
  },
]);

claimCases('pronoun after a gerund', [
  {
    body: 'If a full ceasefire takes hold in Karabakh, Armenia proposes extending it until the end of the year, its foreign minister said.',
    want: ['ARM PROPOSE ceasefire []'],
  },
  // "before it would …" is no gerund: nothing is read from "it".
  {
    body: 'Two officials said this was a condition Baku had insisted on before it would sign anything.',
    want: [],
  },
]);

claimCases('anaphoric announcement', [
  {
    body: 'Azerbaijan announced a three-day truce along the border on Friday. Armenia dismissed the announcement as a stunt.',
    want: ['AZE OFFER ceasefire []', 'ARM REJECT ceasefire []'],
  },
]);

claimCases('wanted act', [
  { body: 'Belgrade wants all sanctions on Serbian banks lifted.', want: ['SRB DEMAND sanctions []'] },
  { body: 'Kyiv wants the conflict frozen along the Dnipro.', want: ['UKR DEMAND ceasefire []'] },
  // A wanted thing with nothing to be done to it is no demand.
  { body: 'Moldova wants the best for its people.', want: [] },
]);

claimCases('interim government', [
  { body: 'Minsk called for a transitional government in Georgia.', want: ['BLR DEMAND governance []'] },
]);

// A first-person quote with no speaker of its own, paragraphs after "the statement said", is the statement's.
claimCases('statement quote', [
  {
    body: [
      'Poland, Lithuania and Latvia issued a joint statement on Sunday. The statement said the three leaders would meet again in Vilnius.',
      '',
      'The three countries have long coordinated their policy towards Minsk.',
      '',
      '"We must tighten sanctions on Belarus until its troops leave the border area."',
    ].join('\n'),
    // (The condition "until …" is a demand of its own: claim/if-condition.)
    want: ['POL THREATEN sanctions []', 'LTU THREATEN sanctions []', 'LVA THREATEN sanctions []', 'POL DEMAND territory []', 'LTU DEMAND territory []', 'LVA DEMAND territory []'],
  },
  // Someone else speaking in between takes the quote away from the statement.
  {
    body: [
      'Poland and Lithuania issued a joint statement on Sunday. The statement said the leaders would meet again in Vilnius.',
      '',
      'Belarusian President Alexander Lukashenko said on Monday the meeting was pointless.',
      '',
      '"We must tighten sanctions on Belarus."',
    ].join('\n'),
    // (Only Lukashenko's own judgement of the meeting.)
    want: ['BLR REJECT talks []'],
  },
]);
