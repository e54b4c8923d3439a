// A party's stated position as a frame (candidate/position-frame), a stance noun as an indefinite predicate
// ("is a key demand"), a trailing speaker after a party name ("…with Russia, Zelensky said" is no list), and
// offers to deliver arms or aid to a named recipient (trigger/delivery-recipient). Issue 7: holders in noun
// phrases, stance constructions. Sentences written for these tests, with other parties and places.
import { claimCases } from './helpers.js';

claimCases("a party's position frame: the stances after it are the party's", [
  { body: "Moscow's position is that Ukraine must stay out of NATO.", want: ['RUS DEMAND alliance []'] },
  { body: "Kyiv's position is clear: Russia must withdraw its troops from the Zaporizhzhia region.", want: ['UKR DEMAND territory [UA-23]'] },
  { body: "Kyiv's position is simple: no territorial concessions to Russia.", want: ['UKR REJECT territory []'] },
  { body: 'Our position is unchanged: no NATO troops in Ukraine, Lavrov said.', want: ['RUS REJECT security_guarantees []'] },
]);

claimCases('a stance noun as an indefinite predicate states the stance on the subject', [
  { body: 'The withdrawal of Ukrainian units from Donbas is a key demand, Peskov said.', want: ['RUS DEMAND territory [UA-09,UA-14]'] },
  { body: 'The withdrawal of Armenian forces from Karabakh remains our position, Aliyev said.', want: ['AZE DEMAND territory []'] },
]);

claimCases('a trailing speaker after a party named at the end of the clause is no list of parties', [
  { body: 'We are ready for talks with Russia, Zelensky said.', want: ['UKR OFFER talks []'] },
  { body: 'We will never accept NATO troops in Ukraine, Lavrov said.', want: ['RUS REJECT security_guarantees []'] },
]);

claimCases('sending or supplying arms or aid to a named party offers it', [
  { body: '"We will send them Patriots," Trump said.', want: ['USA OFFER military_limits []'] },
  { body: 'Germany will supply more Taurus missiles to Ukraine, Merz said.', want: ['DEU OFFER military_limits []'] },
  { body: 'Britain said it would send peacekeepers to Ukraine.', want: ['GBR OFFER security_guarantees []'] },
]);

claimCases('sending with no recipient, or one side of the war sending to the other, offers nothing', [
  { body: 'Russia will send more troops to the front near Pokrovsk.', want: [] },
  { body: 'Russia will send more troops to Ukraine, the general said.', want: [] },
]);

claimCases('a passive agent coordinated with others: every party after "by" holds it (agentGroup)', [
  { body: 'A ceasefire was proposed by Kyiv and Paris on Monday.', want: ['UKR PROPOSE ceasefire []', 'FRA PROPOSE ceasefire []'] },
  { body: 'The plan for a temporary ceasefire proposed by Yerevan and Brussels was rejected by Baku.', want: ['ARM PROPOSE ceasefire []', 'EU PROPOSE ceasefire []', 'AZE REJECT ceasefire []'] },
]);
