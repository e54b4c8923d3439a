// Decisions taken over a party's head, above it or behind its back, and "about us without us", are about who sits at
// the table: the format of the talks (issues.json talks). "Taken over our heads" is written whole, so "taken over"
// (a takeover, territory) does not read it; a stronger issue named with it wins. Attending as an observer is a place
// at the table, not a monitoring force. Sentences written for this test, on disputes other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('decisions over a party\'s head are the talks', [
  { body: 'Kurti said Kosovo would never accept decisions about its future taken over its head.', want: ['XKX REJECT talks []'] },
  { body: 'Pristina rejected any settlement negotiated over the heads of Kosovars.', want: ['XKX REJECT talks []'] },
  { body: 'Seoul rejected any agreement on the peninsula reached behind its back.', want: ['KOR REJECT talks []'] },
  { body: 'Washington said it would not negotiate over the heads of Ukrainians.', want: ['USA REJECT talks []'] },
  { body: 'Khartoum warned it would reject any deal struck behind the back of the Sudanese army.', want: ['SDN REJECT talks []'] },
  { body: 'Armenia will not accept any arrangement made above its head, Pashinyan said.', want: ['ARM REJECT talks []'] },
], (c) => c.type === 'REJECT');

claimCases('"about us without us" is the talks', [
  { body: 'Pashinyan said Armenia "cannot accept any agreements about us without us".', want: ['ARM REJECT talks []'] },
], (c) => c.type === 'REJECT');

claimCases('an observer at the talks is a place at the table', [
  { body: 'Turkish diplomats will also take part in the Baku talks as observers.', want: ['TUR OFFER talks []'] },
], (c) => c.type === 'OFFER');

claimCases('a stronger issue named with it wins; a roof over the head is shelter', [
  { body: 'Hungary opposes any easing of sanctions on Belarus decided over the heads of the neighbours.', want: ['HUN REJECT sanctions []'] },
  { body: 'Moscow insisted that any truce be monitored by international observers.', want: ['RUS DEMAND security_guarantees []'] },
  { body: 'Yerevan promised the displaced families a roof over their heads.', want: [] },
  { body: 'The plane flew low over their heads, witnesses said.', want: [] },
], (c) => c.issue !== 'other');
