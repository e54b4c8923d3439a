// Who speaks when a sentence names several parties without a verb of saying between them: the party after a verb of
// giving or sending receives the document, it does not speak (roles.json objectMarkers: "had sent Putin a letter
// offering …"), and a writer that has named itself ("our association", "told our members") speaks in its own voice
// in its unquoted "we" (discourse/writer-we). Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('the party after a verb of giving or sending receives the document; its sender speaks', [
  { body: 'Guterres said he regretted the decision. Last week he had sent Putin a letter offering to reconnect the bank to SWIFT.', want: ['UN OFFER sanctions []'] },
  { body: 'The Qatari emir handed Netanyahu a note proposing a six-week truce in Gaza.', want: ['QAT PROPOSE ceasefire []'] },
  { body: 'Erdogan gave Aliyev a draft calling for a ceasefire in Karabakh.', want: ['TUR PROPOSE ceasefire []'] },
]);

claimCases('a writer that has named itself speaks for its unquoted "we"; a party\'s statement still does', [
  // (The association's own call: no party's demand, not the ombudsman's named before it.)
  { body: 'The Armenian ombudsman told our members on Friday that Baku still holds 23 prisoners. We call on all governments to press for the release of the prisoners.', want: [] },
  { body: 'Our association takes no position on the border question. We ask only that no treaty be signed until every prisoner held by Azerbaijan is home.', want: [] },
  // (No self-description: a ministry's statement speaks in its "we".)
  { body: "Ukraine's foreign ministry issued a statement on Monday. We call on our partners to strengthen sanctions against Russia.", want: ['UKR DEMAND sanctions []'] },
]);
