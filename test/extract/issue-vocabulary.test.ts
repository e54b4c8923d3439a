// The issue vocabulary on unseen wording (issues.json): inflections, spellings, synonyms and the idioms news uses
// for each issue (issue 7, the issue gate). Sentences written for this test, with other parties and places than the
// corpora; each named no issue (or another one) before the terms were added.
// (Types follow discourse/principal-sides: Serbia and Sudan's government are sides of their disputes, whose calls are
// demands; Hungary's call for a settlement between Belgrade and Pristina is a third party's proposal.)
import { claimCases } from './helpers.js';

claimCases('ceasefire: idioms of the guns stopping', [
  { body: 'Aliyev said Azerbaijan was ready to let the guns fall silent along the border.', want: ['AZE OFFER ceasefire []'] },
  { body: 'Israel is ready to advance no further into Rafah, Netanyahu said.', want: ['ISR OFFER ceasefire []'] },
  // The fighting frame: a noun of fighting near a verb of stopping, four words apart at most.
  { body: 'Vucic called for the fighting in the north to end.', want: ['SRB DEMAND ceasefire []'] },
]);

claimCases('humanitarian, rights, governance: captives, compatriots, leaders stepping down', [
  { body: 'Armenia demanded the return of every captive held by Azerbaijan.', want: ['ARM DEMAND humanitarian []'] },
  { body: 'Budapest demanded that Bucharest end discrimination against its compatriots.', want: ['HUN DEMAND rights []'] },
  { body: 'Baku demanded that the separatist leader step down.', want: ['AZE DEMAND governance []'] },
  { body: 'Aliyev demanded constitutional amendments in Armenia.', want: ['AZE DEMAND governance []'] },
]);

claimCases('recognition, talks, alliance: legalising, back channels, candidate status', [
  { body: 'Belgrade will never accept the legalisation of the breakaway government.', want: ['SRB REJECT recognition []'] },
  { body: 'Ankara offered a back channel to both sides.', want: ['TUR OFFER talks []'] },
  { body: "Hungary's foreign minister called for a peaceful settlement between Belgrade and Pristina.", want: ['HUN PROPOSE talks []'] },
  { body: 'Moldova demanded candidate status from Brussels.', want: ['MDA DEMAND other []'] },
]);

claimCases('security guarantees, arms, sanctions, land: the more specific term wins', [
  // 'neutral' alone is the alliance; neutral forces on the ground are foreign forces.
  { body: 'Baku rejected any neutral forces in the region.', want: ['AZE REJECT security_guarantees []'] },
  { body: 'Taipei asked Washington for a security pact.', want: ['TWN DEMAND security_guarantees []'] },
  { body: 'Beijing demanded that Washington stop selling fighter jets to Taipei.', want: ['CHN DEMAND military_limits []'] },
  // Handing over guns is no cession of land.
  { body: 'Eritrea refused to hand over its artillery.', want: ['ERI REJECT military_limits []'] },
  // A cap on a price is the oil price cap, not a cap on an army (the price frame outranks 'cap on').
  { body: 'New Delhi opposed any cap on the price of Iranian crude.', want: ['IND REJECT sanctions []'] },
  { body: 'Beijing said it would oppose any price ceiling on Russian oil.', want: ['CHN REJECT sanctions []'] },
  // (A limit or restriction on a price too: "price limits on Iranian energy".)
  { body: 'Israel demanded price limits on Iranian energy exports.', want: ['ISR DEMAND sanctions []'] },
  { body: 'Kyiv called for price restrictions on Belarusian gas.', want: ['UKR DEMAND sanctions []'] },
  { body: 'Budapest demanded that Brussels drop its restrictive measures against Minsk.', want: ['HUN DEMAND sanctions []'] },
  { body: 'Khartoum demanded the pullout of the paramilitaries from El Fasher.', want: ['SDN DEMAND territory []'] },
]);

claimCases('the terms in a war-fact sentence make no claim', [
  { body: 'The guns fell silent along the border on Tuesday.', want: [] },
  { body: 'Artillery shelled the outskirts of the town overnight.', want: [] },
  { body: 'The price of Iranian crude rose above the cap on Monday.', want: [] },
  { body: 'Refugees from the border villages crossed into the neighbouring province.', want: [] },
]);

claimCases("'pressing' before a noun of matters is an adjective, no urging (trigger/phrasal-particle)", [
  { body: 'Aliyev praised the attention Erdogan pays to the most pressing issues, including a peaceful settlement with Armenia.', want: ['AZE ACCEPT talks []'] },
]);

// Sparing civilians is their protection (spec: humanitarian covers civilians; a partial truce is named by domain:
// air, energy, sea, a front). The blind gold files every request to stop strikes on civilians under humanitarian.
claimCases('attacks on civilians that must stop are humanitarian, like protecting or evacuating civilians; strikes on civilian or energy infrastructure are a partial truce', [
  { body: 'Khartoum demanded that the paramilitaries stop shelling civilians in El Fasher.', want: ['SDN DEMAND humanitarian []'] },
  { body: 'Eritrea refused to end its attacks on civilians along the border.', want: ['ERI REJECT humanitarian []'] },
  { body: 'Addis Ababa demanded an end to the shelling of civilians and residential areas in Mekelle.', want: ['ETH DEMAND humanitarian []'] },
  { body: 'Belgrade proposed a halt to strikes on power plants and other civilian infrastructure in Kosovo.', want: ['SRB PROPOSE ceasefire []'] },
  { body: 'Khartoum demanded the evacuation of civilians from El Fasher.', want: ['SDN DEMAND humanitarian []'] },
]);

// The obstacles to Russia's food, fertiliser and ammonia exports Moscow asked to have lifted are sanctions (the
// grain deal's Russian side; issues.json sanctions): a place on the route does not make it a stance on land.
claimCases('food, fertiliser and ammonia exports are sanctions relief', [
  { body: 'Moscow wants the reopening of the pipeline that carried Russian ammonia to the port of Pivdennyi near Odesa.', want: ['RUS DEMAND sanctions [UA-51]'] },
  { body: 'Russia demanded that obstacles to its food and fertilizer exports be removed before it extends the deal.', want: ['RUS DEMAND sanctions []'] },
]);
