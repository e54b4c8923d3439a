// The legal and financial risks of lending against immobilised assets are that loan's own matter, a sanctions issue
// (issues.json sanctions terms "legal risk(s)", "legal and financial risks"): a state that will not carry them, or that
// wants them shared, takes a stance on the asset loan even where the sentence names no asset. Another risk ("the
// financial risk of the pipeline") names no sanctions. Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('the legal risks of the asset loan are sanctions', [
  { body: 'Luxembourg\'s prime minister refused to accept the legal risk, diplomats said.', want: ['LUX REJECT sanctions []'] },
  { body: 'Austria insisted that the other member states share the legal and financial risks without limit.', want: ['AUT DEMAND sanctions []'] },
  { body: 'Slovenia said it could not carry the financial and legal risks alone.', want: ['SVN REJECT sanctions []'] },
]);

claimCases('another risk names no sanctions', [
  { body: 'Azerbaijan refused to accept the financial risk of the new pipeline.', want: ['AZE REJECT other []'] },
]);
