// A list set out in running sentences rather than bullets: the sentences after "set out three conditions", "presented
// its demands", "offered two concessions" that open with an ordinal ("First, …", "Finally, …"), refer back to the list
// ("They include …"), or state an obligation with no one speaking, are the list's items, held by the party that set it
// out, of the type its noun gives (candidate/list-sentences). Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('items in running sentences take the holder and type of the list they follow', [
  // Ordinal items that are bare noun phrases: each one item of the list noun's type.
  { body: 'Serbia listed its conditions for a deal. First, an end to the sanctions on Serbian goods. Finally, the return of all prisoners.', want: ['SRB DEMAND humanitarian []', 'SRB DEMAND sanctions []'] },
  // A reference back to the list right after it.
  { body: "Kosovo's government presented its demands on Friday. They include the release of three police officers detained by Serbia and an end to sanctions on Kosovar goods.", want: ['XKX DEMAND humanitarian []', 'XKX DEMAND sanctions []'] },
  // Offers: the list noun types the items, and a stance inside an item is held by the list's party.
  { body: 'Seoul offered two concessions on Monday. First, it would switch off its loudspeakers. Second, it would free all North Korean prisoners of war.', want: ['KOR OFFER humanitarian []'] },
  // Ordinals with an obligation each (this worked before: the subject carries; kept as a guard). The introduction
  // "set out three conditions" is the list's frame, no claim of its own (document/list-introduction, as the
  // paraphrase battery 3 gold of the same passage has it).
  { body: 'Azerbaijan set out three conditions on Tuesday. First, Armenia must withdraw its troops from the border villages. Second, Yerevan must release all prisoners of war.', want: ['AZE DEMAND humanitarian []', 'AZE DEMAND territory []'] },
  // "in order" sets out the list (trigger/fixed-phrase: no order of a truce), and semicolons after its colon part the
  // items (content/semicolon-items).
  { body: "Pakistan's prime minister set out his conditions. They were, in order: a complete ceasefire on the Line of Control; the return of captured soldiers; and a neutral venue for further talks.", want: ['PAK DEMAND ceasefire []', 'PAK DEMAND humanitarian []', 'PAK DEMAND talks []'] },
]);

claimCases('semicolons part the items of a list a colon opened, not the clauses after it (content/semicolon-items)', [
  { body: 'Eritrea set out its demands on Monday: the withdrawal of Ethiopian troops from Badme; the release of all prisoners of war; and talks in Algiers.', want: ['ERI DEMAND humanitarian []', 'ERI DEMAND talks []', 'ERI DEMAND territory []'] },
  // A clause of its own after the semicolon ends the list: its words are no item.
  { body: 'Eritrea set out its demands on Monday: the withdrawal of Ethiopian troops from Badme; the talks in Algiers were postponed.', want: ['ERI DEMAND territory []'] },
  // No colon: a semicolon ends the clause as before.
  { body: 'Eritrea demanded the withdrawal of Ethiopian troops from Badme; prisoners were exchanged in Algiers.', want: ['ERI DEMAND territory []'] },
]);

claimCases('sentences after a list that are not its items', [
  // Someone else speaks: the list's party holds nothing in it.
  { body: 'Azerbaijan set out its conditions on Tuesday. Armenia said it must study them first.', want: [] },
  // A sentence with no ordinal, no reference back and no obligation closes the list.
  { body: 'Baku set out its conditions on Tuesday. The talks will resume in Geneva next month.', want: [] },
  // A list the party answers is not its own: its ordinal items are held by no one.
  { body: 'Kyiv rejected the conditions on Monday. First, an end to its bid for NATO membership. Second, the lifting of sanctions on Russia.', want: [] },
]);
