// A plan noun whose provisions a relative clause states ("under which", "whereby", "in which", "by which") makes the
// stance on the plan a stance on the one issue those provisions name, not on the talks (content/plan-provisions,
// plan-provisions.ts). With no issue named there, or several (a package), the whole plan stays the talks (spec rule 9).
// Sentences written for this test, about other disputes.
import { claimCases } from './helpers.js';

claimCases('a plan whose relative clause states its provisions: their issue', [
  { body: 'Serbia signed a memorandum with the EU under which Brussels will work to lift the tariffs on Serbian steel.', want: ['SRB ACCEPT sanctions []', 'EU OFFER sanctions []'] },
  { body: "Ethiopia put forward a framework in Nairobi, under which Addis Ababa would recognise Eritrea's sovereignty over Badme.", want: ['ETH PROPOSE recognition []', 'ETH OFFER recognition []'] },
  { body: 'Israel proposed to return to the framework agreed in Cairo in 2024, under which Hamas would release all the hostages in stages.', want: ['ISR PROPOSE humanitarian []'] },
]);

claimCases('no issue, or a package, in the clause: the plan is the talks', [
  { body: 'Kosovo signed a memorandum in Brussels, and Serbia said it would study the document.', want: ['XKX ACCEPT talks []'] },
  { body: 'Azerbaijan rejected the plan, under which the talks would move to Vienna.', want: ['AZE REJECT talks []'] },
  { body: 'The Armenian delegation put forward a written proposal under which Armenia would declare itself a neutral state and would not host foreign military bases, in exchange for binding security guarantees from France.', want: ['ARM PROPOSE talks []', 'ARM OFFER alliance []', 'ARM OFFER security_guarantees []', 'ARM PROPOSE security_guarantees []'] },
]);
