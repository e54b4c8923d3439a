// Bullet lists under a paragraph that introduces them (issue 7, lists2): a typed list noun with a short
// complement before the colon ("sets out the following conditions for a final settlement:"), a paragraph that
// names only the list's parts ("It lists five points. Among them:"), and lists that state no position (dates,
// casualty figures). Sentences written for this test, with other parties and places than the corpus.
import { claimCases } from './helpers.js';

// content/typed-list-tail: the list noun types the bullets, whoever wrote the paper (a principal side too), and
// the introducer makes no claim of its own ("for a final settlement" is no stance on talks).
claimCases('typed list noun with a complement before the colon', [
  {
    body: 'The Azerbaijani paper, published by state media on Monday, sets out the following conditions for a final settlement:\n\n- international recognition of Karabakh as part of Azerbaijan;\n- the complete withdrawal of Armenian forces from the border districts;\n- the lifting of Western sanctions.',
    want: ['AZE DEMAND recognition []', 'AZE DEMAND territory []', 'AZE DEMAND sanctions []'],
  },
  {
    body: 'The Russian memorandum, published on Monday, sets out the following conditions for a settlement:\n\n- the withdrawal of Ukrainian forces from the Kherson region;\n- caps on the size of the Ukrainian army.',
    want: ['RUS DEMAND territory [UA-65]', 'RUS DEMAND military_limits []'],
  },
  // content/list-introducer: a document that "lists" typed conditions, its verb no cue of its own.
  {
    body: 'The Serbian paper, released by the government in Belgrade, lists the following conditions for a deal with Pristina:\n\n- the withdrawal of Kosovo police from the northern municipalities;\n- the lifting of sanctions on Serbian banks.',
    want: ['SRB DEMAND territory []', 'SRB DEMAND sanctions []'],
  },
  // With no bullets after it, the sentence is the stance it was.
  {
    body: "Kosovo's draft, sent to Brussels on Friday, sets out its conditions for a settlement. The talks resume next week.",
    want: [],
  },
]);

// content/list-introducer: "… lists five points. Among them:" names the list's parts only; the statement named
// just before holds the items, each a proposal of its authors.
claimCases('a list introduced by its parts', [
  {
    body: 'Egypt and Qatar issued a joint statement on Thursday after talks in Cairo. It lists five points. Among them:\n\n- an exchange of prisoners between the two sides;\n- a pause in the fighting around Rafah.',
    want: ['EGY PROPOSE humanitarian []', 'QAT PROPOSE humanitarian []', 'EGY PROPOSE ceasefire []', 'QAT PROPOSE ceasefire []'],
  },
  {
    body: 'Turkey and Brazil have put forward a joint plan for a settlement in Sudan.\n\nThe text, published on Friday after talks in Ankara, contains seven points. Among them:\n\n- no expansion of the battlefield and no escalation of fighting;\n- support for an exchange of prisoners of war between the two sides.',
    want: ['TUR PROPOSE talks []', 'BRA PROPOSE talks []', 'TUR PROPOSE ceasefire []', 'BRA PROPOSE ceasefire []', 'TUR PROPOSE humanitarian []', 'BRA PROPOSE humanitarian []'],
  },
  // A list noun elsewhere in the paragraph does not type the items: "Key provisions:" are the plan's proposals.
  {
    body: 'The Turkish plan provides security guarantees for Armenia, but with a number of strict conditions. Key provisions:\n\n• Armenia will remain a neutral state.\n• The size of Armenia\'s army will be limited.',
    want: ['TUR PROPOSE security_guarantees []', 'TUR PROPOSE alliance []', 'TUR PROPOSE military_limits []'],
  },
]);

// Lists that are not positions: a tally, a schedule.
claimCases('bullet lists that state no position', [
  {
    body: 'The Armenian defence ministry published the following casualty figures for the past day:\n\n- 12 soldiers killed;\n- two villages shelled in the Tavush region.',
    want: [],
  },
  {
    body: "The Serbian government's paper lists the following dates for the talks:\n\n- 3 March: arrival of the delegation in Brussels;\n- 4 March: a working dinner with the EU envoy.",
    want: [],
  },
]);

// content/such-as-items: "such as" opens a typed list's items as "including" does, even before a party's name.
claimCases('conditions listed after "such as"', [
  {
    body: "Pashinyan outlined five conditions for negotiations, such as the restoration of Armenia's territorial integrity and the return of prisoners.",
    want: ['ARM DEMAND talks []', 'ARM DEMAND territory []', 'ARM DEMAND humanitarian []'],
  },
  // "as" before a party still opens a clause of its own.
  {
    body: 'Moldova called for a halt to the shelling of the border villages as Moscow and Tiraspol exchanged accusations.',
    // (Moldova is a side of its dispute with Transnistria: its call is a demand, discourse/principal-sides.)
    want: ['MDA DEMAND ceasefire []'],
  },
]);
