// An item stated as the absence of a limit on an army, a recognition or a veto refuses it: REJECT on its issue, not the
// DEMAND of the modal or the verb it follows, nor the PROPOSE of a side's own plan that lists it (content/negated-limit,
// negated-limit.ts). A third party's plan that sets no limit on one side describes its terms and stays a proposal; a
// limit asked for without "no" stays a demand. Sentences written for this test, about other disputes.
import { claimCases } from './helpers.js';

claimCases('no limit, no recognition, no veto: refused', [
  {
    body: "Armenia's own draft, sent to Baku before the talks, proposes the following points:\n\n- a full ceasefire along the border;\n- no limits on the size of Armenia's army and no recognition of any occupied village as Azerbaijani;",
    want: ['ARM PROPOSE talks []', 'ARM PROPOSE ceasefire []', 'ARM REJECT military_limits []', 'ARM REJECT recognition []'],
  },
  { body: "The European leaders said on Sunday that no limitations should be placed on Armenia's armed forces.", want: ['EUR REJECT military_limits []'] },
  { body: "Addis Ababa insisted that there could be no restrictions on Ethiopia's armed forces.", want: ['ETH REJECT military_limits []'] },
  { body: 'Baku demanded a ceasefire and no limits on its army.', want: ['AZE DEMAND ceasefire []', 'AZE REJECT military_limits []'] },
]);

claimCases('a limit asked for, or a third party\'s terms, stay as they are', [
  { body: "Sudan's army said it demanded limits on the size of the RSF and a ceasefire in Darfur.", want: ['SDN DEMAND military_limits []', 'SDN DEMAND ceasefire []'] },
  { body: 'Israel demanded that Hamas accept limits on its weapons.', want: ['ISR DEMAND military_limits []'] },
  { body: "Under the US plan, Eritrea's army would be limited to 50,000 troops, and no restrictions would be placed on Ethiopia's military.", want: ['USA PROPOSE military_limits []'] },
]);
