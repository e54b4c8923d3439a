// Plans spread over a list (issue 7, "lists and several parties" and "plans as holders"): a plan whose
// authors a passive verb names later in its sentence ("is being drafted by people close to the Turkish
// presidency"); the bullet points under it are what it provides for, held by its authors; a principal side's
// own plan lists demands its items state themselves. Articles written for this test.
import { claimCases } from './helpers.js';

claimCases('plan with bullet points', [
  {
    body: [
      'A 12-point settlement plan which, according to two diplomats, was drafted in circles close to the Turkish presidency, circulated on Monday.',
      '',
      'The plan provides for talks in Istanbul. Key provisions:',
      '',
      '  • Ukraine will remain a non-nuclear state.',
      '  • Sanctions on Russian banks will be eased in stages.',
      '',
      'Humanitarian track:',
      '',
      '  • All prisoners of war will be exchanged.',
    ].join('\n'),
    want: ['TUR PROPOSE talks []', 'TUR PROPOSE military_limits []', 'TUR PROPOSE sanctions []', 'TUR PROPOSE humanitarian []'],
  },
  // A numbered list works the same way.
  {
    body: [
      'The Qatari proposal, as described by officials, has three parts:',
      '',
      '1. A ceasefire in the Black Sea.',
      '',
      '2. The return of deported children.',
    ].join('\n'),
    want: ['QAT PROPOSE ceasefire []', 'QAT PROPOSE humanitarian []'],
  },
  // Bullets after an ordinary paragraph (no plan) are not a plan's items.
  {
    body: [
      'Fighting continued in the east on Tuesday.',
      '',
      '  • Ukraine will remain a non-nuclear state, analysts said.',
    ].join('\n'),
    want: [],
  },
  // A paragraph of prose between the plan and the bullets ends the list's reach.
  {
    body: [
      'The Qatari proposal has three parts:',
      '',
      'Officials in Kyiv were cautious on Tuesday and said they would study the text.',
      '',
      '  • A ceasefire in the Black Sea.',
    ].join('\n'),
    want: [],
  },
]);

// Sentences in the conditional right after a plan's provision go on listing its provisions, until someone
// speaks or the paragraph ends.
claimCases('provisions continue', [
  {
    body: [
      'Under the Turkish draft, Russian troops would leave the Kinburn spit. The front in Kherson would be frozen along the river, and sanctions on Russian grain would be lifted in stages.',
      '',
      'Sanctions on Belarus would stay, officials in Vilnius said.',
    ].join('\n'),
    want: ['TUR PROPOSE territory []', 'TUR PROPOSE ceasefire [UA-65]', 'TUR PROPOSE sanctions []'],
  },
  // Someone speaking stops the plan's provisions.
  {
    body: 'Under the Turkish draft, Russian troops would leave the Kinburn spit. Lavrov said Moscow would never accept that.',
    want: ['TUR PROPOSE territory []', 'RUS REJECT territory []'],
  },
]);

// A plan reported in the past heads its clause with a past verb ("The draft capped …, required …"): its
// provisions go on in the conditional sentences after it, as after "would" or "provides for".
claimCases('provisions of a plan reported in the past', [
  {
    body: 'The Qatari draft also capped Armenia\'s army at 40,000 troops and required Yerevan to hold a referendum. In exchange, Armenia would receive a security guarantee. Sanctions on Azerbaijani gas would be lifted in stages.',
    want: ['QAT PROPOSE military_limits []', 'QAT PROPOSE governance []', 'QAT PROPOSE security_guarantees []', 'QAT PROPOSE sanctions []'],
  },
  {
    body: 'The European blueprint barred foreign troops from Moldovan soil. Elections in Transnistria would be held within 90 days.',
    want: ['EUR PROPOSE security_guarantees []', 'EUR PROPOSE governance []'],
  },
]);

// "It proposes that …": a sentence opened by "it" and a verb a plan provides with, right after a sentence
// that names a plan, goes on stating that plan; the provisions continue after it. Not when someone speaks.
claimCases('"it" for the plan just named', [
  {
    body: 'Details of the Qatari plan emerged on Monday. It proposes that Armenia hand over the Lachin road. Additionally, the frontlines in Karabakh would be frozen.',
    want: ['QAT PROPOSE territory []', 'QAT PROPOSE ceasefire []'],
  },
  {
    body: "Washington's proposal reached Chisinau on Monday. It would cap the Transnistrian militia at 2,000 men.",
    want: ['USA PROPOSE military_limits []'],
  },
  {
    body: 'The Turkish plan was presented in Ankara on Monday. It would take weeks to study the text, officials in Baku said.',
    want: [],
  },
  // A plan two sentences back is too far for "it".
  {
    body: 'The Turkish plan was presented in Ankara on Monday. Fighting went on near Kupiansk. It would cap the army at 40,000 troops.',
    want: [],
  },
]);

// "The plan, which Erdogan co-wrote with …": a relative clause whose subject produced the plan names its
// authors; "the authors" a sentence or two later are theirs; what a proposal trades "in exchange for" is
// proposed too.
claimCases('authors in a relative clause, and "the authors"', [
  {
    body: 'The plan, which Erdogan co-wrote with his foreign minister last spring, calls for freezing the front lines in Karabakh. The authors also suggested that Armenia\'s bid to join the CSTO be put on hold in exchange for security guarantees.',
    want: ['TUR PROPOSE ceasefire []', 'TUR PROPOSE alliance []', 'TUR PROPOSE security_guarantees []'],
  },
  {
    body: 'The proposal that Paris drafted was sent to Chisinau on Monday. The drafters suggested elections in Transnistria within a year.',
    want: ['FRA PROPOSE governance []'],
  },
  // A principal side proposing its own trade demands what it asks in exchange; the non-nuclear status it puts on
  // itself is its offer (claim/own-neutrality 'limitWords', as "proposed adopting a neutral status" is).
  {
    body: 'Kyiv proposed on Tuesday to adopt a non-nuclear status in exchange for security guarantees from its allies.',
    want: ['UKR OFFER military_limits []', 'UKR DEMAND security_guarantees []'],
  },
  // "the authors of" a study are not a plan's authors.
  {
    body: 'The Turkish plan was presented in Ankara on Monday. The authors of a new study suggested elections in Transnistria within a year.',
    want: [],
  },
]);

// A call to take a whole plan ("urged Aliyev to sign the plan") is a demand on talks (spec rule 9), like
// "urged Aliyev to accept the plan"; a plan with named content keeps that content's issue.
claimCases('a call to sign a whole plan', [
  { body: 'Erdogan urged Aliyev to sign the plan by next Thursday.', want: ['TUR DEMAND talks []'] },
  { body: 'Paris pressed Chisinau on Monday to endorse the framework.', want: ['FRA DEMAND talks []'] },
  { body: 'Erdogan urged Aliyev to sign a deal on a ceasefire along the border.', want: ['TUR DEMAND ceasefire []'] },
]);
