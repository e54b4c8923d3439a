// People the lexicon does not know (issue 7, "holder"): a person introduced with a party and a role ("Kenya's
// President Samuel Ruto", "Chilean Foreign Minister Ana Reyes") speaks for that party, and so do the later
// mentions of the name ("Ruto said", "Reyes added"). And a mediator's call for a limit on forces between
// the sides is a proposal, like its call for a ceasefire. Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('introduced person', [
  // A possessive party, a role and a name; the surname alone later.
  {
    body: "Kenya's President Samuel Ruto proposed an immediate ceasefire on Monday. Ruto said the talks should be held in Nairobi.",
    want: ['KEN PROPOSE ceasefire []', 'KEN PROPOSE talks []'],
  },
  // An adjective, a role and a name; the first name alone later.
  {
    body: 'Chilean Foreign Minister Ana Reyes urged Armenia to withdraw its troops from the border villages. Ana rejected any new sanctions on Yerevan, the ministry said.',
    want: ['CHL DEMAND territory []', 'CHL REJECT sanctions []'],
  },
  // Without a name, the possessor still holds; a weekday after the role is no name.
  {
    body: "Kenya's president proposed a ceasefire. Peru's foreign minister Tuesday called for talks in Lima.",
    want: ['KEN PROPOSE ceasefire []', 'PER PROPOSE talks []'],
  },
  // A name learned for one party does not make an unrelated capitalised word that party's.
  {
    body: "Ghana's Defence Minister Kofi Mensah spoke in Accra. Reuters said Moscow wants Kyiv to withdraw from Zaporizhzhia.",
    want: ['RUS DEMAND territory [UA-23]'],
  },
]);

claimCases('mediator limits on forces', [
  { body: 'Brazil called for a demilitarised zone along the current front line.', want: ['BRA PROPOSE military_limits []'] },
  // Addressed to one side, it stays a demand.
  { body: 'Brazil called on Russia to pull its heavy weapons back from the front line.', want: ['BRA DEMAND military_limits []'] },
]);

// An apposition that says whom an unknown person serves ("Tomas Varga, spokesman for President Lula, …",
// "Ana Ruiz, an adviser to the Spanish prime minister") makes the name that party's, then and later.
claimCases('person introduced by an apposition', [
  {
    body: 'Tomas Varga, spokesman for President Lula, spoke to reporters in Brasilia. "We asked both sides to de-escalate," Varga said. "We presented our points as a basis for negotiations."',
    // (Asking both sides to act is a demand on them, claim/addressed-sides.)
    want: ['BRA DEMAND ceasefire []', 'BRA PROPOSE talks []'],
  },
  {
    body: 'Ana Ruiz, an adviser to the Spanish prime minister, said Madrid backed a ceasefire in Gaza.',
    want: ['ESP ACCEPT ceasefire []'],
  },
  // A list of names is no apposition; a role serving no known party teaches nothing.
  {
    body: 'Tomas Varga, a professor of history at Coimbra, said a ceasefire would not hold.',
    want: [],
  },
]);

// "Nobody asked …", "No one has proposed …": a stance whose subject is nobody is denied, no one's stance.
claimCases('nobody as the subject', [
  { body: '"Nobody asked Armenia to cede territory," the Turkish envoy said.', want: [] },
  { body: 'No one has proposed a freeze along the Dnipro, Erdogan said on Tuesday.', want: [] },
  { body: 'Turkey asked Armenia on Monday to cede the Lachin road.', want: ['TUR DEMAND territory []'] },
]);

// '"…," Kremlin spokesman Dmitry Peskov told reporters': a role and the name right after it are one speaker,
// so the quote's party is the speaker's (a party named inside another speaker's quote holds nothing).
claimCases('a role and a name after a quote', [
  {
    body: '"Russia will not discuss the status of Crimea," Kremlin spokesman Dmitry Peskov told reporters on Wednesday.',
    want: ['RUS REJECT territory [UA-43]'],
  },
  {
    body: '"Serbia will never recognise Kosovo," Serbian President Aleksandar Vucic told reporters.',
    want: ['SRB REJECT recognition []'],
  },
]);
