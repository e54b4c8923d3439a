// A claimless sentence whose verb of saying ends at its colon ("Pashinyan told reporters:") gives the floor to its
// subject for the bullets or numbered points after it (discourse/said-list): their deontics are that party's demands.
// A prose paragraph after the list, or a colon after no verb of saying, carries nothing. Sentences written for this
// test, with other parties and places than the corpus's.
import { claimCases } from './helpers.js';

claimCases('the speaker of "… said:" holds the list lines after it', [
  { body: 'Armenia and Azerbaijan met in Paris on Monday. Pashinyan told reporters:\n\n- Azerbaijani troops must withdraw from the border villages;\n- Baku must free all Armenian prisoners of war.', want: ['ARM DEMAND territory []', 'ARM DEMAND humanitarian []'] },
  { body: 'Serbia and Kosovo met in Brussels on Monday. Kurti said in a statement:\n\n- Serbia must recognise Kosovo\'s independence;\n- Serbian troops must leave the border.', want: ['XKX DEMAND recognition []', 'XKX DEMAND territory []'] },
  { body: 'Serbia and Kosovo met in Brussels on Monday. Vucic, closing the meeting, said:\n\n1. Kosovo must set up the association of Serb municipalities first.\n\n2. Kosovo must withdraw its special police from the north.', want: ['SRB DEMAND rights []', 'SRB DEMAND territory []'] },
], (c) => c.type === 'DEMAND');

claimCases('no verb of saying before the colon, or prose after the list: nothing carried', [
  { body: 'Serbia and Kosovo met in Brussels on Monday. The mediators asked Vucic a question:\n\n- Kosovo must set up the association of Serb municipalities first.', want: [] },
  { body: 'Serbia and Kosovo met in Brussels on Monday. Kurti said in a statement:\n\n- Serbia must recognise Kosovo\'s independence.\n\nSerbian troops must leave the border, analysts said.', want: ['XKX DEMAND recognition []'] },
], (c) => c.type === 'DEMAND');
