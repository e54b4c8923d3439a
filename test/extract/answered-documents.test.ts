// A verb of answering before "with a/an" introduces the subject's new stance (trigger/answered-with), and a noun cue
// right after a document phrase heading its clause is the document's verb (holder/document-verb). Sentences
// written for this test.
import { claimCases } from './helpers.js';

claimCases('a stance answered with', [
  { body: 'Kosovo countered with a proposal for a prisoner exchange.', want: ['XKX PROPOSE humanitarian []'] },
  { body: 'Ethiopia replied with an offer to pull its troops out of Badme.', want: ['ETH OFFER territory []'] },
  { body: 'Taiwan responded with a proposal for talks in Singapore.', want: ['TWN PROPOSE talks []'] },
  { body: 'Armenia came back with a demand that Azerbaijan release the prisoners.', want: ['ARM DEMAND humanitarian []'] },
  { body: 'Eritrea quickly countered with a proposal for a ceasefire along the border.', want: ['ERI PROPOSE ceasefire []'] },
  // Answering with no stance noun, or a stance noun after "to the", is no new stance.
  { body: 'Serbia responded with a statement on Monday.', want: [] },
  { body: 'Serbia responded with anger to the proposal for a prisoner exchange.', want: [] },
]);

claimCases('a document\'s verb', [
  {
    body: 'Ethiopia sent a letter to the UN on Monday. The letter demands that Eritrea withdraw its troops from Badme.',
    want: ['ETH DEMAND territory []'],
  },
  {
    body: 'China issued a memorandum on Monday. The memorandum demands that Taiwan return the captured soldiers.',
    want: ['CHN DEMAND humanitarian []'],
  },
  // A plan's content is its authors' proposal.
  {
    body: 'Azerbaijan presented a peace plan on Monday. The plan demands that Armenia withdraw its troops from the border villages.',
    // (Azerbaijan is a side of its dispute with Armenia: its own plan's requirements are its demands, discourse/principal-sides.)
    want: ['AZE PROPOSE talks []', 'AZE DEMAND territory []'],
  },
  // No known author, or the document not heading its clause: nobody's.
  { body: 'The plan demands that Armenia withdraw its troops from the border villages.', want: [] },
  {
    body: 'Azerbaijan presented a peace plan on Monday. Critics say that, in their view, the plan demands too much of Armenia.',
    want: ['AZE PROPOSE talks []'],
  },
]);
