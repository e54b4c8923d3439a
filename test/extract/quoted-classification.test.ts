// trigger/negated-classification with quotation marks inside the frame: a speaker quoted as judging a move, 'said the
// offer was "not a peace proposal"', 'called it not "a serious proposal"', refuses that move as the unquoted frame
// does; the quotation mark is no word of the copula's frame. Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a quoted negated classification refuses the move judged', [
  { body: 'EU foreign policy chief Josep Borrell said the Serbian offer was "not a peace proposal" but a demand for surrender.', want: ['EU REJECT talks []'] },
  { body: 'Pashinyan told reporters in Yerevan that the Azerbaijani plan was not "a serious proposal".', want: ['ARM REJECT talks []'] },
  // (Paraphrase: the unquoted frame gives the same claim.)
  { body: 'Pashinyan told reporters in Yerevan that the Azerbaijani plan was not a serious proposal.', want: ['ARM REJECT talks []'] },
  // (Not negated: a judgement that it is a proposal refuses nothing.)
  { body: 'Pashinyan told reporters in Yerevan that the Azerbaijani plan was "a serious proposal".', want: [] },
]);
