// "Any security guarantees should be provided by European troops", "any freeze should be along the current line of
// contact", "the guarantees should be based on the principles agreed in 2022": "should" with an arrangement as its
// subject and a predicate that says how the arrangement is to be built (who backs, provides or monitors it, what it
// is based on, where its line runs) puts a design forward: PROPOSE (spec §2: "an arrangement that is not chiefly its
// own concession"), not a demand (content/shaped-arrangement). "must", "has to" and "would have to" set a condition
// and stay demands, and so do acts asked of the other side ("sanctions should be lifted") and a party as the
// subject ("Yerevan should follow Baku's example"). Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('should, with the arrangement\'s design', [
  { body: 'Blinken said any security guarantees for Armenia should be provided by European and regional monitors.', want: ['USA PROPOSE security_guarantees []'] },
  { body: 'Aliyev said any security guarantees for the Armenians should be backed by Turkish and Azerbaijani troops.', want: ['AZE PROPOSE security_guarantees []'] },
  { body: 'The Sudanese envoy said any truce should be along the current front lines.', want: ['SDN PROPOSE ceasefire []'] },
  { body: 'Ethiopian Prime Minister Abiy Ahmed said the ceasefire should be monitored by African Union observers.', want: ['ETH PROPOSE ceasefire []', 'ETH PROPOSE security_guarantees []'] },
  { body: 'Vucic said the security guarantees should be based on the principles agreed in Brussels in 2013.', want: ['SRB PROPOSE security_guarantees []'] },
  { body: 'Pashinyan said the front should be frozen where it is.', want: ['ARM PROPOSE ceasefire []'] },
  { body: 'Vucic said any security guarantees for the Serbs should follow the model agreed in Brussels.', want: ['SRB PROPOSE security_guarantees []'] },
  { body: 'Kenya said a summit of the leaders should follow.', want: ['KEN PROPOSE talks []'] },
  // (A party's own neutrality put forward is its offer, claim/own-neutrality; the guarantees' design stays a proposal.)
  { body: 'Pashinyan said the neutral status of Armenia should be protected by international guarantees.', want: ['ARM OFFER alliance []', 'ARM PROPOSE security_guarantees []'] },
  { body: 'Kenya said a UN referendum should be held in the disputed areas of Abyei.', want: ['KEN PROPOSE governance []', 'KEN PROPOSE territory []'] },
]);

claimCases('must, the other side\'s act, or a party as subject: still a demand', [
  { body: 'Aliyev said any security guarantees must be backed by Turkish troops.', want: ['AZE DEMAND security_guarantees []'] },
  { body: 'Pashinyan said any truce would have to be monitored by international observers.', want: ['ARM DEMAND ceasefire []', 'ARM DEMAND security_guarantees []'] },
  { body: 'Vucic said all sanctions on Serbia should be lifted.', want: ['SRB DEMAND sanctions []'] },
  { body: 'Israel said Hamas should be disarmed before any truce.', want: ['ISR DEMAND military_limits []'] },
  { body: 'Aliyev said the security of Armenia should also be guaranteed.', want: ['AZE DEMAND security_guarantees []'] },
]);

claimCases('a party heading the subject is asked to act', [
  { body: 'Aliyev said the Armenian side should follow the model of the 2020 ceasefire.', want: ['AZE DEMAND ceasefire []'] },
  { body: 'Aliyev said Yerevan should follow the model of the 2020 ceasefire.', want: ['AZE DEMAND ceasefire []'] },
  { body: 'Eritrea declared a unilateral ceasefire on Monday. "Asmara believes that the Ethiopian side should follow this example," the Eritrean information ministry said.', want: ['ERI OFFER ceasefire []', 'ERI DEMAND ceasefire []'] },
]);
