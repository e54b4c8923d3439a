// Lists and several parties (issue 7): a list introducer spreads holder, type and date over its items, one
// claim per item with its own issue; several parties in one statement are one claim per party. Sentences
// written for this test, with other parties and places than the construction fixtures.
import { claimCases } from './helpers.js';

// A list whose noun types it keeps that type, even when a plan or draft introduces it (sentence/typed-list-noun):
// the items of "these conditions" are demands, not the proposal a plan's content otherwise is.
claimCases('typed list noun under a plan', [
  {
    body: 'Baku handed the mediators a draft on Friday. The draft sets out these conditions:\n– the withdrawal of Armenian troops from the border villages;\n– a cap on the size of Armenia\'s army;\n– the lifting of sanctions on Azerbaijani banks.',
    want: ['AZE DEMAND territory []', 'AZE DEMAND military_limits []', 'AZE DEMAND sanctions []'],
  },
  {
    body: 'Moscow handed a paper to the Turkish hosts on Monday. The paper set out its demands:\n- recognition of Russian rule over Crimea;\n- official status for the Russian language.',
    want: ['RUS DEMAND recognition [UA-43]', 'RUS DEMAND rights []'],
  },
  // Concessions are offered.
  {
    body: 'Israel\'s negotiators handed a paper to the Egyptian mediators. The paper sets out these concessions:\n- the release of 300 prisoners;\n- a six-week pause in the fighting.',
    want: ['ISR OFFER humanitarian []', 'ISR OFFER ceasefire []'],
  },
  // A list its noun does not type stays the plan's proposal.
  {
    body: 'Doha circulated a draft on Monday. The draft sets out these steps:\n– a pause in the fighting;\n– an exchange of prisoners.',
    want: ['QAT PROPOSE ceasefire []', 'QAT PROPOSE humanitarian []'],
  },
  // A list of casualties after a colon is no list of positions.
  {
    body: 'The Armenian defence ministry listed the following losses over the past day:\n– 12 soldiers;\n– two armoured vehicles.',
    want: [],
  },
]);

// A comma list goes on past "as part of X" (content/scope asContinues): each item is its own claim.
claimCases('comma items past "as part of"', [
  {
    body: 'Belgrade wants recognition of Kosovo as part of Serbia, a cap on the size of Kosovo\'s army and the lifting of sanctions.',
    want: ['SRB DEMAND recognition []', 'SRB DEMAND military_limits []', 'SRB DEMAND sanctions []'],
  },
  {
    body: 'For a final deal the Kremlin wanted recognition of Crimea as part of Russia, a halt to Western arms deliveries and the lifting of sanctions.',
    want: ['RUS DEMAND recognition [UA-43]', 'RUS DEMAND military_limits []', 'RUS DEMAND sanctions []'],
  },
  // "as" before a party still opens a clause of its own.
  {
    body: 'Moldova called for a halt to the shelling of the border villages as Moscow and Tiraspol exchanged accusations.',
    // (Moldova is a side of its dispute with Transnistria: its call is a demand, discourse/principal-sides.)
    want: ['MDA DEMAND ceasefire []'],
  },
]);

// "Both sides", "the two delegations" are the pair last named together at a meeting (discourse/both-sides), else
// the lexicon's principal pair.
claimCases('both sides of the talks named earlier', [
  {
    body: 'Armenian and Azerbaijani negotiators met in Abu Dhabi on Monday. Both sides agreed to exchange prisoners before the end of the month.',
    want: ['ARM ACCEPT humanitarian []', 'AZE ACCEPT humanitarian []'],
  },
  {
    body: 'Talks between Israel and Egypt resumed in Cairo on Sunday. The two delegations agreed to a prisoner exchange.',
    want: ['ISR ACCEPT humanitarian []', 'EGY ACCEPT humanitarian []'],
  },
  {
    body: 'North Korean and South Korean officials met at Panmunjom for the first time in years. The two governments agreed to reopen the liaison office for talks.',
    want: ['PRK ACCEPT talks []', 'KOR ACCEPT talks []'],
  },
  // The negotiating teams are the two sides too.
  {
    body: 'Serbian and Kosovar negotiators met in Brussels on Tuesday. Both teams, the EU envoy said, had agreed to continue the talks in March.',
    want: ['SRB ACCEPT talks []', 'XKX ACCEPT talks []'],
  },
  // With no meeting named, the lexicon's pair.
  {
    body: 'Both delegations agreed in Istanbul to swap 500 prisoners each.',
    want: ['RUS ACCEPT humanitarian []', 'UKR ACCEPT humanitarian []'],
  },
  // A pair named together outside a meeting ("France and Germany called for …") is no pair of sides.
  {
    body: 'France and Germany called for new sanctions on Moscow. Both sides agreed on Friday to swap 300 prisoners.',
    want: ['FRA DEMAND sanctions []', 'DEU DEMAND sanctions []', 'RUS ACCEPT humanitarian []', 'UKR ACCEPT humanitarian []'],
  },
]);

// Party adjectives coordinated before one role noun are one party each (discourse/coordinated-adjectives).
claimCases('coordinated party adjectives', [
  {
    body: 'Armenian and Azerbaijani negotiators agreed to a prisoner exchange.',
    want: ['ARM ACCEPT humanitarian []', 'AZE ACCEPT humanitarian []'],
  },
  {
    body: 'Russian and Ukrainian delegations agreed in Istanbul to swap 1,000 prisoners each.',
    want: ['RUS ACCEPT humanitarian []', 'UKR ACCEPT humanitarian []'],
  },
  {
    body: 'The Spanish, Italian and Greek foreign ministers rejected any recognition of the annexation of Crimea.',
    want: ['ESP REJECT recognition [UA-43]', 'ITA REJECT recognition [UA-43]', 'GRC REJECT recognition [UA-43]'],
  },
  // No role noun after them: the adjectives name no party.
  {
    body: 'Serbia demanded the withdrawal of Albanian and Bulgarian troops from the border area.',
    want: ['SRB DEMAND territory []'],
  },
]);

// "… ended with both delegations agreeing to …": after "with", the parties before a gerund stance are its subject
// (holder/with-gerund-subject).
claimCases('with + parties + gerund', [
  {
    body: 'Talks in Geneva ended with both delegations agreeing to hand over the remains of fallen soldiers.',
    want: ['RUS ACCEPT humanitarian []', 'UKR ACCEPT humanitarian []'],
  },
  {
    body: 'The meeting in Washington ended with Armenia and Azerbaijan agreeing to exchange prisoners.',
    want: ['ARM ACCEPT humanitarian []', 'AZE ACCEPT humanitarian []'],
  },
  // An object of "with" that no gerund stance follows stays an object.
  {
    body: 'Moldova wants a deal with Russia and Ukraine guaranteeing its neutrality.',
    want: [],
  },
]);

// A party's list noun that has parts announced by a colon ("… has three elements: …", "consist of four points:",
// "fall into two groups:" and bullets) states its items (candidate/partitive-list); in such a list an item of its
// own words naming places and no issue is about that land (content/list-place-item).
claimCases('list noun with parts', [
  {
    body: 'Kyiv\'s offer, as described by two officials, has two parts: a freeze of the front in the Zaporizhzhia region and the return of the villages Russia holds in the Kharkiv region.',
    want: ['UKR OFFER ceasefire [UA-23]', 'UKR OFFER territory [UA-63]'],
  },
  {
    body: 'Israel\'s proposals consist of four points: a six-week truce, the release of all hostages, the reopening of the Rafah crossing and talks on a permanent ceasefire.',
    // (A side's own proposals list its demands, as "Russia's proposals consist of …" does: discourse/principal-sides.)
    want: ['ISR DEMAND ceasefire []', 'ISR DEMAND humanitarian []', 'ISR DEMAND other []'],
  },
  {
    body: 'Azerbaijan\'s conditions, as described by officials, fall into two groups:\n- the withdrawal of Armenian troops from the border villages;\n- a ban on foreign monitors.',
    want: ['AZE DEMAND territory []', 'AZE DEMAND security_guarantees []'],
  },
  // A bare place continues the item before it.
  {
    body: 'Russia\'s demands are the withdrawal of Ukrainian troops from Donetsk, Luhansk and the Kherson region, and a cap on Ukraine\'s army.',
    want: ['RUS DEMAND territory [UA-09,UA-14,UA-65]', 'RUS DEMAND military_limits []'],
  },
  // Parts of something that is no list noun, or parts that are judgements, state nothing.
  {
    body: 'Moldova\'s delegation has three members: the deputy prime minister, the reintegration envoy and a legal adviser.',
    want: [],
  },
  {
    body: 'Kyiv\'s offer has three weaknesses: it names no date, no monitors and no sanctions, analysts said.',
    want: [],
  },
]);

// "what X wants / would offer" before a colon or a copula introduces X's list (candidate/free-relative-list).
claimCases('what a party wants, listed', [
  {
    body: 'At the briefing the Armenian envoy set out what Yerevan wants from the talks:\n- the withdrawal of Azerbaijani troops from the border villages;\n- an exchange of all prisoners.',
    want: ['ARM DEMAND territory []', 'ARM DEMAND humanitarian []'],
  },
  {
    body: 'What Seoul wants is a resumption of talks and an exchange of prisoners.',
    want: ['KOR DEMAND talks []', 'KOR DEMAND humanitarian []'],
  },
  {
    body: 'What Belgrade would offer is the release of detained police officers, the minister said.',
    want: ['SRB OFFER humanitarian []'],
  },
  // Not knowing what a party wants states nothing.
  {
    body: 'It remains unclear what Tbilisi wants: its ministers have given no details.',
    want: [],
  },
  {
    body: 'Analysts disagree about what Moscow wants, and whether the talks can succeed.',
    want: [],
  },
]);

// "among them / among other points / among others" opens or closes a list's items and is none of them
// (content/among-opener): "points" there names the list's parts, not talks.
claimCases('"among them" opens a list', [
  {
    body: 'Serbia\'s proposal includes, among other points, an exchange of prisoners and the lifting of sanctions on Serbian banks.',
    want: ['SRB PROPOSE humanitarian []', 'SRB PROPOSE sanctions []'],
  },
  // (Guards, as on main:) a list of places visited is no list of positions.
  {
    body: 'The Moldovan negotiator listed the towns they had visited, among them Bender, Dubasari and Tiraspol.',
    want: [],
  },
]);

// "no use of X" heads a noun phrase, an item of the list it stands in, not the predicate "is no use"
// (trigger/negated-item-phrase); a possessive that ends a coordination is the group's: every party of it
// is an author of the joint document (discourse/joint-possessor).
claimCases('joint documents and "no X of" items', [
  {
    body: 'Qatar and Egypt\'s joint paper sets out four principles, among them an exchange of prisoners, no use of force and talks in Cairo.',
    want: ['QAT PROPOSE humanitarian []', 'EGY PROPOSE humanitarian []', 'QAT PROPOSE ceasefire []', 'EGY PROPOSE ceasefire []', 'QAT PROPOSE talks []', 'EGY PROPOSE talks []'],
  },
  {
    body: 'Seoul\'s plan includes a pause in drills and no use of live fire near the border.',
    want: ['KOR PROPOSE ceasefire []'],
  },
  {
    body: 'Armenia and Azerbaijan\'s joint statement sets out three steps, among them an exchange of prisoners.',
    want: ['ARM PROPOSE humanitarian []', 'AZE PROPOSE humanitarian []'],
  },
  {
    body: 'Israel and Egypt\'s joint proposal calls for a week-long pause in the fighting.',
    want: ['ISR PROPOSE ceasefire []', 'EGY PROPOSE ceasefire []'],
  },
  // (Guard, as on main:) "no use" as a predicate still judges what precedes it.
  {
    body: 'The Kremlin said the plan was no use.',
    want: ['RUS REJECT talks []'],
  },
]);

// A participle with its agent after an item's noun describes the noun (content/participle-describes).
claimCases('a participle with its agent names no issue', [
  {
    body: 'Belgrade proposed an international conference recognised by both sides.',
    want: ['SRB PROPOSE talks []'],
  },
]);

// "what X considers (the key) conditions …: …" types the list by its noun (candidate/free-relative-list,
// 'considering'): the items are demands, not what the presenting verb before it proposes.
claimCases('a free relative with a typed list noun', [
  {
    body: 'The Azerbaijani president outlined what he considers the basic conditions for a peace treaty: the withdrawal of Armenian troops from the border villages and the lifting of sanctions on Azerbaijani banks.',
    want: ['AZE DEMAND territory []', 'AZE DEMAND sanctions []'],
  },
  {
    body: 'Belgrade spelled out what it sees as the key terms of any deal: recognition of Serbian rule in the north and an end to sanctions.',
    want: ['SRB DEMAND recognition []', 'SRB DEMAND sanctions []'],
  },
  // (Guard, as on main:) what is considered a problem is no list of positions.
  {
    body: 'The minister described what he considers the main problems of the region: poverty and unemployment.',
    want: [],
  },
]);

// A plan noun, its part noun and a list opener introduce the plan's items (candidate/plan-parts): a mediator's
// plan proposes them, a principal side's own plan (or a section of it, "the second option") demands them.
claimCases('a plan with parts and a list opener', [
  {
    body: 'Cairo presented a plan for Gaza on Sunday. "It is a proposal split into three stages, which include a ceasefire, an exchange of prisoners and talks on a permanent truce," the Egyptian foreign minister said.',
    want: ['EGY PROPOSE talks []', 'EGY PROPOSE ceasefire []', 'EGY PROPOSE humanitarian []'],
  },
  {
    body: 'Russia handed Kyiv its memorandum on Monday. The second option comprises eight points, including a halt to mobilisation and the lifting of sanctions.',
    want: ['RUS DEMAND military_limits []', 'RUS DEMAND sanctions []'],
  },
  {
    body: 'Turkey\'s roadmap has three stages: a pause in the fighting, an exchange of prisoners and talks in Istanbul.',
    want: ['TUR PROPOSE ceasefire []', 'TUR PROPOSE humanitarian []', 'TUR PROPOSE talks []'],
  },
  // (Guards, as on main:) parts of other things are no plan.
  {
    body: 'The tournament in Antalya has three stages, including a final in Istanbul.',
    want: [],
  },
  {
    body: 'The UN report comprises ten sections, including one on civilian casualties in Kherson.',
    want: [],
  },
]);

// What a principal side's own plan requires is its demand (sentence/plan-proposes keeps the type).
claimCases('a principal side\'s plan demands', [
  {
    body: 'Ukraine\'s draft requires the withdrawal of Russian troops from Kherson.',
    want: ['UKR DEMAND territory [UA-65]'],
  },
]);

// Several parties agreeing to do something that names no issue: each agrees to the act, a claim on "other"
// (content/agreed-act; three or more agreeing together propose it, claim/joint-agreement); agreeing to a thing or
// "to disagree" names no act.
claimCases('several parties agree to an act', [
  {
    body: 'The Armenian and Azerbaijani delegations agreed in Abu Dhabi to restore direct flights between their capitals.',
    want: ['ARM ACCEPT other []', 'AZE ACCEPT other []'],
  },
  {
    body: 'Germany, Poland and Moldova agreed to keep funding the mine-clearing mission near the border.',
    want: ['DEU PROPOSE other []', 'POL PROPOSE other []', 'MDA PROPOSE other []'],
  },
  // (Guards, as on main.)
  {
    body: 'North Korea and South Korea agreed to disagree.',
    want: [],
  },
  {
    body: 'Washington put pressure on Seoul to agree to a US-proposed deal.',
    want: [],
  },
]);

// A party after a comma with no verb of its own takes the verb of the clause before (candidate/gapped-verb);
// land wanted is a territorial demand (trigger/want-needs-act).
claimCases('a gapped verb: each side\'s position', [
  {
    body: 'The communique lists each side\'s position: Moscow wants the Kherson region, Kyiv a return to the 1991 borders.',
    want: ['RUS DEMAND territory [UA-65]', 'UKR DEMAND territory []'],
  },
  {
    body: 'Baku demands the return of its exclaves first, Yerevan an end to the blockade of its border.',
    want: ['AZE DEMAND other []', 'ARM DEMAND other []'],
  },
  {
    body: 'Seoul wants a resumption of talks, Pyongyang an end to joint military drills.',
    want: ['KOR DEMAND talks []', 'PRK DEMAND other []'],
  },
  {
    body: 'Moscow wants the Zaporizhzhia region.',
    want: ['RUS DEMAND territory [UA-23]'],
  },
  // (Guards, as on main:) a second party with a verb of its own, or with no object, takes nothing.
  {
    body: 'France wants more sanctions, Germany and Italy less.',
    want: ['FRA DEMAND sanctions []'],
  },
  {
    body: 'Serbia and Kosovo met in Brussels, Hungary the European Commission.',
    want: [],
  },
]);

// Bullets of places only complete the introducing sentence and take the issue its words name
// (content/bullet-completes); a map drawn up by a party is its plan (discourse/documents).
claimCases('bullets that complete the sentence', [
  {
    body: 'The ceasefire map drawn up by Ankara would freeze the line in:\n- the Zaporizhzhia region,\n- the Kherson region,\n- and the Luhansk region.',
    want: ['TUR PROPOSE ceasefire [UA-09,UA-23,UA-65]'],
  },
  {
    body: 'The truce plan drafted by Doha would halt the fighting in:\n– the Kharkiv region;\n– the Sumy region.',
    want: ['QAT PROPOSE ceasefire [UA-59,UA-63]'],
  },
  // (Guard, as on main:) a list of losses by region is no position.
  {
    body: 'The general staff listed the following Russian losses over the past day in:\n– the Donetsk region;\n– the Luhansk region.',
    want: [],
  },
]);

// A principal side agreeing jointly with its backers commits itself: its own offer, not an acceptance of anyone's
// proposal (claim/joint-agreement). The backers propose it.
claimCases('a principal side agreeing jointly with its backers offers it', [
  {
    body: 'Kyiv and the leaders of France, Germany and Poland agreed to an unconditional 30-day ceasefire starting on Monday.',
    want: ['UKR OFFER ceasefire []', 'FRA PROPOSE ceasefire []', 'DEU PROPOSE ceasefire []', 'POL PROPOSE ceasefire []'],
  },
]);
