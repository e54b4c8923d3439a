// Cue verbs and nouns as classes, not phrases: when a stance family is in the lexicon (cues.json), its synonyms,
// their inflections and the usual support-verb frames of news English are in it too ("spurned", "repudiated",
// "took issue with", "dug in its heels", "waved off"). Candidates came from WordNet's synonyms and hyponyms of
// each family's head verbs and nouns, and from the light-verb idioms of news English, each kept only if, in news
// about negotiations, it signals the type on its own. Sentences written for these tests, with other parties and
// places than the corpora; each gave no claim (or another type) before the words were added. The negative cases
// are the words' other senses, which must stay silent.
import { claimCases } from './helpers.js';

claimCases('REJECT: the refusing class', [
  { body: 'Azerbaijan repudiated the ceasefire agreement with Armenia.', want: ['AZE REJECT ceasefire []'] },
  { body: 'Serbia disavowed the EU plan for talks with Kosovo.', want: ['SRB REJECT talks []', 'EU PROPOSE talks []'] },
  { body: 'Eritrea snubbed the African Union proposal for a ceasefire.', want: ['ERI REJECT ceasefire []', 'AU PROPOSE ceasefire []'] },
  { body: 'China scorned the US proposal for talks with Taiwan.', want: ['CHN REJECT talks []', 'USA PROPOSE talks []'] },
  { body: 'Baku waved away the proposal for a prisoner exchange.', want: ['AZE REJECT humanitarian []'] },
  { body: 'Israel waved off calls for a ceasefire in Gaza.', want: ['ISR REJECT ceasefire []'] },
  { body: 'Serbia baulked at the EU demand for recognition of Kosovo.', want: ['SRB REJECT recognition []', 'EU DEMAND recognition []'] },
  { body: 'Kosovo objected to the EU plan for talks with Serbia.', want: ['XKX REJECT talks []', 'EU PROPOSE talks []'] },
  { body: 'Armenia took issue with the Russian ceasefire proposal.', want: ['ARM REJECT ceasefire []'] },
  { body: 'Eritrea dug in its heels on the withdrawal of its troops from Tigray.', want: ['ERI REJECT territory []'] },
  { body: 'Serbia nixed the EU plan for talks with Kosovo.', want: ['SRB REJECT talks []', 'EU PROPOSE talks []'] },
  { body: 'Israel torpedoed the Egyptian ceasefire proposal.', want: ['ISR REJECT ceasefire []'] },
  { body: 'Ethiopia scuppered the ceasefire plan for Tigray.', want: ['ETH REJECT ceasefire []'] },
  { body: 'Azerbaijan turned its back on the talks with Armenia.', want: ['AZE REJECT talks []'] },
  { body: 'Serbia is unwilling to recognise Kosovo.', want: ['SRB REJECT recognition []'] },
  { body: 'Israel is loath to accept a ceasefire in Gaza.', want: ['ISR REJECT ceasefire []'] },
  { body: 'Eritrea is averse to a ceasefire in Tigray.', want: ['ERI REJECT ceasefire []'] },
  { body: 'Israel held out against a ceasefire in Gaza.', want: ['ISR REJECT ceasefire []'] },
  { body: 'Serbia stonewalled on the EU demand for talks with Kosovo.', want: ['SRB REJECT talks []', 'EU DEMAND talks []'] },
  { body: 'Israel drew a red line at any ceasefire that leaves Hamas in power.', want: ['ISR REJECT ceasefire []'] },
  { body: 'China gave short shrift to the US proposal for talks with Taiwan.', want: ['CHN REJECT talks []', 'USA PROPOSE talks []'] },
  { body: 'Azerbaijan expressed its objection to the EU plan for talks with Armenia.', want: ['AZE REJECT talks []', 'EU PROPOSE talks []'] },
]);

claimCases('REJECT: the deriding class (criticise)', [
  { body: 'Azerbaijan lambasted the EU proposal for a peace treaty with Armenia.', want: ['AZE REJECT talks []', 'EU PROPOSE talks []'] },
  { body: 'Eritrea derided the African Union ceasefire plan.', want: ['ERI REJECT ceasefire []', 'AU PROPOSE ceasefire []'] },
  { body: 'China scoffed at the US proposal for talks with Taiwan.', want: ['CHN REJECT talks []', 'USA PROPOSE talks []'] },
  { body: 'Serbia poured scorn on the EU plan for talks with Kosovo.', want: ['SRB REJECT talks []', 'EU PROPOSE talks []'] },
  { body: 'Ethiopia deplored the ceasefire plan for Tigray.', want: ['ETH REJECT ceasefire []'] },
  { body: 'Serbia decried the EU proposal for talks with Kosovo.', want: ['SRB REJECT talks []', 'EU PROPOSE talks []'] },
  { body: 'Serbia bristled at the EU demand for recognition of Kosovo.', want: ['SRB REJECT recognition []', 'EU DEMAND recognition []'] },
]);

claimCases('REJECT words in their other senses stay silent', [
  { body: 'Russian troops pushed back against the Ukrainian counteroffensive despite the ceasefire talks.', want: [] },
  { body: 'Israeli troops held out against the attack on the border post during the ceasefire.', want: [] },
  { body: 'An Iranian submarine torpedoed a cargo ship in violation of the ceasefire.', want: [] },
  { body: 'Armenian soldiers dug in their heels along the line of contact after the ceasefire collapsed.', want: [] },
  { body: 'Serbian police waved away journalists from the border crossing during the talks with Kosovo.', want: [] },
  { body: 'Residents of Gaza derided the long queues for aid during the ceasefire.', want: [] },
  { body: 'Eritrean officials were unwilling to comment on the talks with Ethiopia.', want: [] },
]);

claimCases('the new refusal words leave "no objection" an acceptance', [
  { body: 'Armenia raised no objections to the ceasefire plan.', want: ['ARM ACCEPT ceasefire []'] },
  { body: 'Serbia no longer objects to talks with Kosovo.', want: ['SRB ACCEPT talks []'] },
  { body: 'Serbia would not object to talks with Kosovo.', want: ['SRB ACCEPT talks []'] },
]);

claimCases('ACCEPT: the agreeing, endorsing and yielding class', [
  { body: 'Armenia assented to the ceasefire proposal.', want: ['ARM ACCEPT ceasefire []'] },
  { body: 'Ethiopia concurred with the African Union plan for a ceasefire in Tigray.', want: ['ETH ACCEPT ceasefire []', 'AU PROPOSE ceasefire []'] },
  { body: 'Serbia went along with the EU plan for talks with Kosovo.', want: ['SRB ACCEPT talks []', 'EU PROPOSE talks []'] },
  { body: 'Sudan\'s army bought into the Saudi ceasefire plan.', want: ['SDN ACCEPT ceasefire []', 'SAU PROPOSE ceasefire []'] },
  { body: 'Armenia subscribed to the EU plan for talks with Azerbaijan.', want: ['ARM ACCEPT talks []', 'EU PROPOSE talks []'] },
  { body: 'Taiwan okayed the US proposal for talks with China.', want: ['TWN ACCEPT talks []', 'USA PROPOSE talks []'] },
  { body: 'The Armenian parliament rubber-stamped the ceasefire agreement.', want: ['ARM ACCEPT ceasefire []'] },
  { body: 'Azerbaijan gave in to the demand for a prisoner exchange.', want: ['AZE ACCEPT humanitarian []'] },
  { body: 'Armenia warmed to the idea of a prisoner exchange with Azerbaijan.', want: ['ARM ACCEPT humanitarian []'] },
  { body: 'Israel lent its support to the Egyptian ceasefire plan.', want: ['ISR ACCEPT ceasefire []', 'EGY PROPOSE ceasefire []'] },
  { body: 'Kosovo rallied behind the EU plan for talks with Serbia.', want: ['XKX ACCEPT talks []', 'EU PROPOSE talks []'] },
  { body: 'Sudan\'s army espoused the Saudi plan for a ceasefire.', want: ['SDN ACCEPT ceasefire []', 'SAU PROPOSE ceasefire []'] },
  { body: 'Azerbaijan gave its approval to the ceasefire plan.', want: ['AZE ACCEPT ceasefire []'] },
  { body: 'Israel signalled approval of the Egyptian ceasefire plan.', want: ['ISR ACCEPT ceasefire []', 'EGY PROPOSE ceasefire []'] },
  { body: 'Serbia capitulated to the EU demand for recognition of Kosovo.', want: ['SRB ACCEPT recognition []', 'EU DEMAND recognition []'] },
]);

claimCases('ACCEPT words in their other senses stay silent', [
  // Joining an alliance is a fact, not an acceptance: "accede" is left out.
  { body: 'Finland acceded to NATO in 2023.', want: [] },
  { body: 'The besieged garrison yielded to Azerbaijani forces after weeks of fighting near the ceasefire line.', want: [] },
  { body: 'Crowds in Belgrade rallied behind the army as the talks with Kosovo stalled.', want: [] },
  { body: 'A Chinese company bought into a Serbian copper mine during the talks with Kosovo.', want: [] },
  { body: 'The Armenian defence line caved in to heavy shelling despite the ceasefire.', want: [] },
  // Another party giving in, as a term of a demand, is no acceptance by it ('giving in to' is skipped).
  { body: 'Baku has said it is open to talks, on terms that would involve Armenia giving in to Azerbaijan\'s demands for the border villages.', want: ['AZE OFFER talks []'] },
]);

claimCases('DEMAND: the urging, appealing and insisting class, and its support-verb frames', [
  { body: 'Azerbaijan exhorted Armenia to withdraw its troops from the border villages.', want: ['AZE DEMAND territory []'] },
  { body: 'Serbia implored the EU to lift the sanctions on its banks.', want: ['SRB DEMAND sanctions []'] },
  { body: 'Kosovo clamoured for recognition by Serbia.', want: ['XKX DEMAND recognition []'] },
  { body: 'Baku called upon Yerevan to withdraw its troops from Karabakh.', want: ['AZE DEMAND territory []'] },
  { body: 'Kosovo lobbied Washington to recognise its independence.', want: ['XKX DEMAND recognition []'] },
  { body: 'Ethiopia is agitating for access to the sea through Eritrea.', want: ['ETH DEMAND territory []'] },
  { body: 'Serbia is holding out for recognition of its minority rights in Kosovo.', want: ['SRB DEMAND rights []'] },
  { body: 'Azerbaijan made a demand for the withdrawal of Armenian troops.', want: ['AZE DEMAND territory []'] },
  { body: 'Armenia made demands for the release of prisoners held by Azerbaijan.', want: ['ARM DEMAND humanitarian []'] },
  { body: 'Armenia issued an appeal for the release of prisoners held by Azerbaijan.', want: ['ARM DEMAND humanitarian []'] },
  // (A call for a ceasefire is read as a proposal of one, as "called for a ceasefire" is.)
  { body: 'Egypt made a plea for a ceasefire in Gaza.', want: ['EGY PROPOSE ceasefire []'] },
  { body: 'Taipei petitioned for a ceasefire in the strait.', want: ['TWN PROPOSE ceasefire []'] },
]);

claimCases('OFFER: the volunteering and committing class', [
  { body: 'Eritrea volunteered to withdraw its troops from Tigray.', want: ['ERI OFFER territory []'] },
  { body: 'Azerbaijan said it was amenable to a prisoner exchange with Armenia.', want: ['AZE OFFER humanitarian []'] },
  { body: 'Israel is receptive to a ceasefire in Gaza.', want: ['ISR OFFER ceasefire []'] },
  { body: 'Ethiopia held out the prospect of a ceasefire in Tigray.', want: ['ETH OFFER ceasefire []'] },
  { body: 'China extended an offer of talks to Taiwan.', want: ['CHN OFFER talks []'] },
  { body: 'Egypt made an offer of a ceasefire in Gaza.', want: ['EGY OFFER ceasefire []'] },
  { body: 'Eritrea committed itself to a withdrawal of troops from Tigray.', want: ['ERI OFFER territory []'] },
  { body: 'Israel gave an undertaking to release prisoners held in Gaza.', want: ['ISR OFFER humanitarian []'] },
]);

claimCases('PROPOSE: the recommending and putting-forward class', [
  { body: 'Egypt recommended a ceasefire in Gaza.', want: ['EGY PROPOSE ceasefire []'] },
  { body: 'Qatar broached the idea of a ceasefire in Sudan.', want: ['QAT PROPOSE ceasefire []'] },
  { body: 'Turkey put forth a plan for talks between Armenia and Azerbaijan.', want: ['TUR PROPOSE talks []'] },
  { body: 'Egypt circulated a draft ceasefire agreement for Gaza.', want: ['EGY PROPOSE ceasefire []'] },
  { body: 'Qatar raised the idea of a prisoner exchange between Israel and Egypt.', want: ['QAT PROPOSE humanitarian []'] },
  { body: 'Qatar proffered a plan for a ceasefire in Gaza.', want: ['QAT PROPOSE ceasefire []'] },
  { body: 'Egypt advanced a proposal for a ceasefire in Gaza.', want: ['EGY PROPOSE ceasefire []'] },
  { body: 'France set forth a plan for talks between Serbia and Kosovo.', want: ['FRA PROPOSE talks []'] },
]);

claimCases('THREATEN: the idioms of threat', [
  { body: 'Serbia raised the spectre of sanctions against Kosovo.', want: ['SRB THREATEN sanctions []'] },
  { body: 'Azerbaijan issued a threat to resume the offensive against Armenia.', want: ['AZE THREATEN ceasefire []'] },
  { body: 'China brandished the threat of sanctions against Taiwan.', want: ['CHN THREATEN sanctions []'] },
  // (The condition of a threat is the other side's act, opposed: claim/threat-condition.)
  { body: 'China will not hesitate to use force if Taiwan declares independence.', want: ['CHN THREATEN governance []', 'CHN REJECT governance []'] },
  { body: 'Israel reserves the right to resume the war in Gaza if the hostages are not released.', want: ['ISR THREATEN ceasefire []', 'ISR DEMAND humanitarian []'] },
]);

claimCases('DEMAND, OFFER and PROPOSE words in their other senses stay silent', [
  { body: 'Armenian troops held out for three days in the town before the ceasefire.', want: [] },
  { body: 'Sudanese soldiers are holding out for reinforcements near the ceasefire line.', want: [] },
  { body: 'The plan\'s appeal to voters in Serbia has faded since the talks with Kosovo stalled.', want: [] },
]);

claimCases('THREATEN: the idioms of a promised response', [
  { body: 'Beijing warned Taipei it would respond resolutely if the island held a referendum on independence.', want: ['CHN THREATEN governance []', 'CHN REJECT governance []'] },
  { body: 'Baku said it would not sit idly by if Armenia deployed French troops to the border.', want: ['AZE THREATEN security_guarantees []', 'AZE REJECT security_guarantees []'] },
  { body: 'Eritrea said it would respond in kind if Ethiopia imposed sanctions.', want: ['ERI THREATEN sanctions []', 'ERI REJECT sanctions []'] },
  { body: 'Serbia said any recognition of Kosovo by Belgrade\'s neighbours would be considered an act of war.', want: ['SRB THREATEN recognition []'] },
]);

claimCases('THREATEN words in their other senses stay silent', [
  // 'countermeasures' and 'retaliation' are left out: mostly war facts ('in retaliation for the strikes', 'drone countermeasures').
  { body: 'Ukrainian air defences developed new countermeasures against Russian drones during the ceasefire talks.', want: [] },
  { body: 'Armenian forces took all necessary measures to protect civilians during the ceasefire.', want: [] },
]);

claimCases('OFFER: flexibility, a softened stance, and a demand given up', [
  { body: 'Azerbaijan showed flexibility on the prisoner exchange with Armenia.', want: ['AZE OFFER humanitarian []'] },
  { body: 'Serbia is flexible on the timing of talks with Kosovo.', want: ['SRB OFFER talks []'] },
  { body: 'Israel softened its stance on a ceasefire in Gaza.', want: ['ISR OFFER ceasefire []'] },
  { body: 'Eritrea has softened its position on the withdrawal of its troops from Tigray.', want: ['ERI OFFER territory []'] },
  { body: 'Israel would entertain a ceasefire proposal from Egypt.', want: ['ISR OFFER ceasefire []'] },
  // (Giving up a demand concedes it: not the demand itself, which is what the noun inside read before.)
  { body: 'Armenia dropped its demand for the withdrawal of Azerbaijani troops.', want: ['ARM OFFER territory []'] },
  { body: 'Belgrade no longer insists on a referendum in northern Kosovo.', want: ['SRB OFFER governance []'] },
  { body: 'Israel abandoned its demand that Hamas disarm before a ceasefire.', want: ['ISR OFFER military_limits []'] },
]);

claimCases('ACCEPT: support, and an objection or veto given up', [
  { body: 'Ethiopia is supportive of the African Union ceasefire plan.', want: ['ETH ACCEPT ceasefire []', 'AU PROPOSE ceasefire []'] },
  { body: 'Kosovo is in favour of talks with Serbia.', want: ['XKX ACCEPT talks []'] },
  { body: 'Turkey dropped its objections to Sweden joining NATO.', want: ['TUR ACCEPT alliance []'] },
  { body: 'Hungary lifted its veto on the new sanctions against Russia.', want: ['HUN ACCEPT sanctions []'] },
]);

claimCases('DEMAND: accepting nothing less', [
  { body: 'Azerbaijan will accept nothing less than the full withdrawal of Armenian troops.', want: ['AZE DEMAND territory []'] },
]);

claimCases('REJECT: reservations, reluctance and unwillingness as nouns', [
  { body: 'Serbia expressed reservations about the EU plan for talks with Kosovo.', want: ['SRB REJECT talks []', 'EU PROPOSE talks []'] },
  { body: 'Israel\'s reluctance to accept a ceasefire in Gaza angered Egypt.', want: ['ISR REJECT ceasefire []'] },
  { body: 'Serbia\'s unwillingness to recognise Kosovo stalled the talks.', want: ['SRB REJECT recognition []'] },
]);

claimCases('PROPOSE: the suggestion noun', [
  { body: 'Kosovo made a suggestion for talks with Serbia in Brussels.', want: ['XKX PROPOSE talks []'] },
  { body: 'Egypt\'s suggestion of a ceasefire in Gaza was rejected.', want: ['EGY PROPOSE ceasefire []'] },
]);

claimCases('support, flexibility and reservations in their other senses stay silent', [
  { body: 'The International Court of Justice ruled in favour of Armenia in its case against Azerbaijan over the ceasefire.', want: [] },
  { body: 'Eritrean troops showed flexibility on the battlefield near the ceasefire line.', want: [] },
  { body: 'Analysts expressed reservations about the talks between Serbia and Kosovo.', want: [] },
  // 'sceptical', 'scepticism' are left out: mostly doubt about an outcome ('voiced skepticism about his ability to end the war').
  { body: 'Hungary is sceptical about the chances of a ceasefire in Sudan.', want: [] },
]);
