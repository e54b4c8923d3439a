// Precision families (helper "precision", 2026-11-29, from the classification of dev's false claims): constructions that
// gave false claims on the tuning sets, each fixed by a general rule. Sentences written for this test, with other
// parties and places than the corpora.
import { claimCases } from './helpers.js';

// content/trailing-speaker: a reporting clause after the content is no part of it; a role word in the speaker's
// title ("delegation", "negotiator") named the talks as a second issue.
claimCases('a trailing speaker\'s title names no issue', [
  { body: 'The Armenian side has said they intend to take two steps to de-escalate the situation in Karabakh, head of the Armenian delegation Ararat Mirzoyan told reporters in Geneva on Tuesday.', want: ['ARM OFFER ceasefire []'] },
  { body: 'Belgrade is ready to accept a ceasefire along the administrative line, the head of the Serbian negotiating team Petar Petkovic said.', want: ['SRB ACCEPT ceasefire []'] },
]);

// content/scope purposeStarts: a purpose after the object says why, not what is offered.
claimCases('a purpose after the object is not offered', [
  { body: 'Azerbaijan\'s deputy defence minister announced that Baku would "radically reduce" military activity near Lachin "to increase mutual trust" and create conditions for further negotiations.', want: ['AZE OFFER ceasefire []'] },
  { body: 'Eritrea said it would release 200 prisoners "to increase mutual trust" and create conditions for further negotiations.', want: ['ERI OFFER humanitarian []'] },
]);

// trigger/unspoken-goal: a goal phrase that no one states (no verb of saying, no quote, no party before it) is the
// writer's account of what a measure is for; and a goal's subject is the act whose aim is stated, not a demand.
claimCases('a goal no party states holds no stance', [
  { body: 'Washington has threatened to impose tariffs on countries that buy Iranian oil. This aims to increase economic pressure on Tehran.', want: ['USA THREATEN sanctions []'] },
  { body: 'Qatar floated a holiday truce in Gaza, but Israel rejected it. The proposal, aimed at securing the release of all hostages, echoes the truces of earlier wars.', want: ['QAT PROPOSE ceasefire []', 'ISR REJECT ceasefire []'] },
  { body: 'Brussels said it would impose sanctions on Belgrade\'s banks. This is intended to force Serbia to accept the EU-mediated deal.', want: ['EU THREATEN sanctions []'] },
  { body: 'The offensive near Agdam is aimed at cutting the supply road to Khankendi, an Azerbaijani army spokesman said.', want: [] },
]);

claimCases('a goal its speaker or subject states is still a demand', [
  { body: 'The campaign, Baku said at the time, was meant to ensure that Armenia would never join NATO.', want: ['AZE DEMAND alliance []'] },
  { body: '"Our blockade is meant to ensure that Pyongyang never again deploys nuclear weapons," the South Korean minister said.', want: ['KOR DEMAND military_limits []'] },
]);

// candidate/modal scheduleVerbs: "will speak" with no one named to speak to says who will brief on what.
claimCases('a briefing announced is no offer of talks', [
  { body: '"One of the positions will be announced by the deputy minister, and I will speak about the political aspect," the head of the Eritrean delegation added.', want: [] },
  { body: 'Trump said he would speak directly to Putin.', want: ['USA OFFER talks []'] },
]);

// issues.json governance: 'sovereignty' alone names no issue (a principle every party names).
claimCases('respect for sovereignty is no stance on governance', [
  // (A mediator's plan proposes what it calls for, sentence/plan-proposes, as "Brazil's plan" does.)
  { body: 'Brazil\'s six-point plan calls for a ceasefire in Sudan and respect for national sovereignty.', want: ['BRA PROPOSE ceasefire []'] },
  { body: 'Serbia said any deal must fully uphold its sovereignty.', want: [] },
  { body: 'Baku insisted on elections in Karabakh.', want: ['AZE DEMAND governance []'] },
]);

// issues.json military_limits weakTerms: rearming that a truce would allow is the reason it is refused, no arms issue.
claimCases('rearming that a truce would allow is no stance on arms', [
  { body: 'Yerevan would not accept a truce that merely freezes the front and lets Azerbaijan rearm.', want: ['ARM REJECT ceasefire []'] },
  { body: 'Peskov said simply halting the fighting along the front would not suit Moscow because it would only give Kyiv time to rearm.', want: ['RUS REJECT ceasefire []'] },
]);

// issues.json _noise: "air, sea and land" say where a truce applies, not whose land.
claimCases('a truce over air, sea and land names no territory', [
  { body: 'The truce must cover land, sea and air, the Israeli minister said.', want: ['ISR DEMAND ceasefire []'] }, // (as its Russia–Ukraine analogue reads: the sides of another dispute are its principal sides, discourse/principal-sides)
  { body: 'Israel demanded that Hamas leave the Rafah crossing, the Israeli minister said.', want: ['ISR DEMAND territory []'] },
]);

// issues.json _noise: the members or allies of NATO are parties named by their alliance, not NATO membership.
claimCases('NATO\'s members and allies name no alliance issue', [
  { body: 'Defending the Baltic must be an imperative for the European members of NATO, the Lithuanian minister said.', want: [] },
  { body: 'Lithuania called on NATO allies to spend more on defence.', want: ['LTU DEMAND other []'] },
  { body: 'Georgia still wants NATO membership, its foreign minister said.', want: ['GEO DEMAND alliance []'] },
]);

// trigger/gerund-subject: a call in a gerund right after a verb of saying, before a modal, is the topic judged.
claimCases('a call that is the subject of a judgement is no call', [
  { body: 'Blinken said calling for a ceasefire before Russia withdrew "would effectively be supporting the ratification of Russian conquest".', want: [] },
  { body: 'Baku argues that demanding talks now would be a trap set by Yerevan.', want: [] },
  { body: 'Erdogan said proposing a new round of talks in Istanbul was his priority.', want: ['TUR PROPOSE talks []'] },
  { body: 'Zelensky spoke on Tuesday, calling for a ceasefire that would hold through the winter.', want: ['UKR DEMAND ceasefire []'] },
]);

// candidate/gap-verb (helper "precision3"): "told us that they are ready to …" reports what was said, no call on "us".
claimCases('"told us that" opens what was said, not a demand', [
  { body: '"Our partners in Paris and Rome have told us that they are ready to send observers to the border," the Armenian foreign minister said.', want: ['FRA OFFER security_guarantees []', 'ITA OFFER security_guarantees []'] },
  { body: 'Egypt and Jordan told us that they are ready to send observers to Gaza, the Palestinian envoy said.', want: ['EGY OFFER security_guarantees []', 'JOR OFFER security_guarantees []'] },
]);

// trigger/condemned-act (helper "precision3"): opposing an act of war is a principle, not a refusal of terms.
claimCases('opposing the use of arms or attacks is no refusal of a settlement term', [
  { body: 'In a joint statement, Brazil and India reaffirmed their opposition to the use of nuclear weapons and to armed attacks on nuclear power plants.', want: [] },
  { body: 'Cairo rejects any attacks on civilians in Gaza, the foreign ministry said.', want: [] },
  { body: 'Serbia rejected the use of frozen Kosovar assets for the reconstruction fund.', want: ['SRB REJECT sanctions []'] },
  { body: 'Israel rejected a halt to strikes on Hamas positions.', want: ['ISR REJECT ceasefire []'] },
]);
