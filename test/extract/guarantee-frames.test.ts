// Guarantees that the other side will not attack again, across the words of stopping or preventing between
// ("any truce must come with guarantees that would stop Armenia from attacking again"), are security guarantees,
// not the truce the attack would be read as (issues.json, security_guarantees frames). Sentences written for this
// test, with parties and places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('guarantees against a renewed attack are security guarantees', [
  { body: 'Baku said any truce must come with guarantees that would stop Armenia from attacking again.', want: ['AZE DEMAND security_guarantees []'] },
  { body: 'Pristina said any deal must include guarantees that would prevent Serbia from invading again.', want: ['XKX DEMAND security_guarantees []'] },
  // (A truce lacking guarantees is refused as a truce; an attack with no guarantees named is the ceasefire.)
  { body: 'Yerevan rejected a truce without guarantees.', want: ['ARM REJECT ceasefire []'] },
  { body: 'Baku demanded that Armenia stop attacking its border villages.', want: ['AZE DEMAND ceasefire []'] },
]);
