// A party's own step under another party's refusal is held over that party: a threat whatever its verb
// (candidate/refusal-consequence). "would A if B" offers A when B is wanted, threatens A when B is the other side's
// refusing, breaching, stalling or seizing. Sentences written for this test, with other parties and places than the
// corpus's.
import { claimCases } from './helpers.js';

claimCases('a step the subject will take if another party refuses or breaches is a threat', [
  {
    body: 'Slovenia would support a new package of EU sanctions if Belgrade continued to reject a ceasefire, the foreign minister said.',
    want: ['SVN THREATEN sanctions []'],
  },
  // paraphrase: a verb of no harm of its own, the issue from what the condition names
  {
    body: 'Baku said it would pursue Yerevan "in international courts and out of court" if the frozen assets were seized.',
    want: ['AZE THREATEN sanctions []'],
  },
  // paraphrase: the condition fronted, the step helps the other side's enemy
  {
    body: 'If Eritrea refused to negotiate, Washington would increase its support for Ethiopia and supply whatever weapons Addis Ababa needed.',
    want: ['USA THREATEN military_limits []'],
  },
  // paraphrase: a breach
  {
    body: 'Pristina would ask Washington for new sanctions if Serbia broke the truce, Kurti said.',
    want: ['XKX THREATEN sanctions []'],
  },
  // paraphrase: a negation before a verb of complying
  {
    body: 'Aliyev said Baku would liberate the rest of Karabakh by force if Yerevan did not withdraw its troops.',
    want: ['AZE THREATEN territory []'],
  },
], (c) => c.type === 'THREATEN');

claimCases('no threat: a wanted condition, a step of talking, or a condition of another clause', [
  // (A negation before a verb that is no compliance: the wanted state.)
  { body: 'Armenia would hold the referendum in June if Azerbaijan did not attack during the vote, Pashinyan said.', want: [] },
  // (The condition is compliance: an offer.)
  { body: 'Serbia would recognise the licence plates if Pristina withdrew its special police from the north.', want: [] },
  // (A step of talking: 'neutralVerbs'.)
  { body: 'Vucic said he would speak to Kurti very soon if Pristina refused the plan.', want: [] },
  // (The condition belongs to another clause, past "but warned".)
  { body: 'Aliyev said the EU plan could form the basis of a settlement, but warned that if Yerevan refused, the talks would end.', want: [] },
], (c) => c.type === 'THREATEN' && c.issue !== 'talks');

claimCases('retaliatory measures threatened are sanctions', [
  { body: 'Baku said it would answer any seizure of its assets with retaliatory measures against Armenian companies.', want: ['AZE THREATEN sanctions []'] },
], (c) => c.type === 'THREATEN');

// A party inside the "if" clause, before the comma that closes it, is no member of a list with the subject after the
// comma: the threat is the subject's alone, not also the party it is held over (holder/condition-comma).
claimCases('the party of a fronted condition does not share the threat after its comma', [
  { body: 'Pashinyan accused Baku of trying to distort the agreements and said that if Azerbaijan broke them, Yerevan would ask the European Union for more sanctions.', want: ['ARM THREATEN sanctions []'] },
  // paraphrase: "it" for the deal, the party a bare subject
  { body: 'Zelensky said the deal was fragile and that if Moscow violated it, Ukraine would ask its partners for more sanctions.', want: ['UKR THREATEN sanctions []'] },
  // paraphrase: the warned party named before, another verb of the step
  { body: 'Pashinyan warned Baku that if Azerbaijan breached them, Armenia would seek new sanctions.', want: ['ARM THREATEN sanctions []'] },
  // (A list of parties after the condition's comma still holds the threat together.)
  { body: 'Macron said that if Moscow refused, Paris, Berlin and London would impose new sanctions.', want: ['FRA THREATEN sanctions []', 'DEU THREATEN sanctions []', 'GBR THREATEN sanctions []'] },
], (c) => c.type === 'THREATEN' && c.issue !== 'other');
