// An offer's condition that is a circumstance ("if there is a ceasefire", "if they came under attack") tells when the
// offer holds or what sets a guarantee off, and demands nothing (claim/condition-circumstance); a condition in which
// a party is to act, or a thing is to be done, still states the demand (claim/if-condition). Sentences written for
// this test, with parties and places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('an offer conditioned on a circumstance demands nothing', [
  { body: 'Kazakhstan is ready to send observers to the border if there is a ceasefire, the foreign ministry said.', want: ['KAZ OFFER security_guarantees []'] },
  { body: 'Kazakhstan is ready to send peacekeepers if there is a truce and if there is a clear mandate, the foreign ministry said.', want: ['KAZ OFFER security_guarantees []'] },
  { body: 'Turkey is ready to send peacekeepers to Azerbaijan and would defend them if they came under attack, Erdogan said.', want: ['TUR OFFER security_guarantees []'] },
  { body: 'Turkey is ready to send peacekeepers to Azerbaijan and would defend them if they are attacked, Erdogan said.', want: ['TUR OFFER security_guarantees []'] },
  // (A party acts in the condition, or something is to be done: the demand stays.)
  { body: 'Azerbaijan would halt the shelling along the border if Armenia withdrew its troops from the Syunik region, Aliyev said.', want: ['AZE OFFER ceasefire []', 'AZE DEMAND territory []'] },
  { body: 'Serbia would recognise the new border if the rights of the Serb minority in Kosovo were guaranteed, Vucic said.', want: ['SRB OFFER recognition []', 'SRB DEMAND rights []'] },
]);

// The other side's attack in the active sets a guarantee off as "if it is attacked" does: no demand (claim/
// condition-circumstance 'aggressorActs'); going on attacking, or not attacking, is still demanded.
claimCases('a guarantee set off by the other side\'s attack demands nothing', [
  { body: 'Egypt offered guarantees that it would intervene if Israel violated the truce.', want: ['EGY OFFER security_guarantees []'] },
  { body: 'Britain offered security guarantees to Kosovo in case Serbia attacks.', want: ['GBR OFFER security_guarantees []'] },
  { body: 'American officials said they offered a treaty-style promise to defend Armenia, without saying how far it would go if Azerbaijan attacks again.', want: ['USA OFFER security_guarantees []'] },
  { body: 'France is ready to send troops to Moldova if Russia invades, Macron said.', want: ['FRA OFFER security_guarantees []'] },
  // (Stopping or not attacking is demanded.)
  { body: 'Azerbaijan offered a ceasefire if Armenia stops attacking the border villages.', want: ['AZE OFFER ceasefire []', 'AZE DEMAND ceasefire []'] },
  { body: 'Azerbaijan offered a ceasefire if Armenia continues to attack the border villages.', want: ['AZE OFFER ceasefire []', 'AZE DEMAND ceasefire []'] },
]);
