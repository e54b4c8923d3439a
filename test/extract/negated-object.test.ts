// A negative quantifier opening the object negates the verb (candidate/modal-negative-object, trigger/negative-object):
// "would recognise none of its decisions" is "would not recognise any", a refusal; "will accept nothing less than" is a
// demand. Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a modal + concession verb with a negative object refuses', [
  { body: 'Moscow said it would recognise none of the referendums held in the occupied regions.', want: ['RUS REJECT recognition []'] },
  { body: 'Belgrade will recognise no declaration of independence by Pristina, Vucic said.', want: ['SRB REJECT recognition []'] },
  { body: 'Pashinyan said Armenia would cede no territory to Azerbaijan.', want: ['ARM REJECT territory []'] },
  { body: 'Israel will release no prisoners before the hostages are freed, Netanyahu said.', want: ['ISR REJECT humanitarian []'] },
  { body: 'Baku would hand over none of the Armenian detainees, Aliyev said.', want: ['AZE REJECT humanitarian []'] },
]);

claimCases('an acceptance with "none" or "nothing" as its object refuses; "nothing less than" demands', [
  { body: 'Belgrade will accept none of the EU\'s conditions on sanctions, Vucic said.', want: ['SRB REJECT sanctions []'] },
  { body: 'Khartoum said the army would accept nothing short of a full withdrawal of the RSF from Darfur.', want: ['SDN DEMAND territory []'] },
]);

claimCases('a verb of acquiring with a negative object concedes (spec rule 7)', [
  { body: 'Moldova would join no military alliance under the deal, Chisinau said.', want: ['MDA OFFER alliance []'] },
]);

claimCases('negatives: "no" that determines no object, a positive modal, a verb the modal does not read', [
  { body: 'Russia would recognise the new borders only after a referendum, Lavrov said.', want: ['RUS OFFER recognition []', 'RUS DEMAND governance []'] },
  { body: 'Ukraine would have no choice but to fight on, Zelensky said.', want: [] },
  { body: 'The new sanctions would make no difference to the Kremlin, analysts said.', want: [] },
]);
