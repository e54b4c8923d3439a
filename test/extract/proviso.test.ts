// Acceptance with a proviso (issue 7, "conditions stated as nouns"): "The US proposed a 30-day ceasefire. Ukraine
// agreed, provided the Russians also wanted an agreement." A bare "agreed" after its party accepts the last stance of
// another party (candidate/bare-agreement, content/bare-answer, which a condition right after the verb does not stop),
// and "provided" opening a clause of its own is a condition the acceptor demands (candidate/proviso), not the
// acceptance's object. "provided" as a verb, "agreed with", "as agreed" take no stance. Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('an acceptance with a proviso', [
  { body: 'The US proposed a 30-day ceasefire. Ukraine agreed, provided the Russians also wanted an agreement.', want: ['USA PROPOSE ceasefire []', 'UKR ACCEPT ceasefire []'] },
  { body: 'Turkey proposed a prisoner swap. Armenia agreed, on condition that Baku released all its detainees.', want: ['TUR PROPOSE humanitarian []', 'ARM ACCEPT humanitarian []', 'ARM DEMAND humanitarian []'] },
  { body: 'The EU proposed a new round of talks. Serbia eventually agreed, provided Kosovo attended without preconditions.', want: ['EU PROPOSE talks []', 'SRB ACCEPT talks []'] },
  { body: 'Egypt proposed a truce in Gaza. Israel has agreed provided Qatar guarantees the hostages\' release.', want: ['EGY PROPOSE ceasefire []', 'ISR ACCEPT ceasefire []', 'ISR DEMAND humanitarian []'] },
  { body: 'Seoul proposed family reunions. Pyongyang agreed.', want: ['KOR PROPOSE humanitarian []', 'PRK ACCEPT humanitarian []'] },
]);

claimCases('no acceptance, no proviso', [
  { body: 'The US provided Kyiv with air defence systems.', want: [] },
  { body: 'Weapons provided by the ministry reached the front.', want: [] },
  { body: 'As agreed, the delegations met again in Istanbul.', want: [] },
  { body: 'The ministers agreed, officials said.', want: [] },
  { body: 'Kyiv said its corridor would operate regardless of what Moscow and Ankara agreed.', want: [] },
]);
