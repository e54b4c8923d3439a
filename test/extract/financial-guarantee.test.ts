// A guarantee of money or legal risk is no security guarantee (content/financial-guarantee). Sentences written for
// this test, on other disputes and unions.
import { claimCases } from './helpers.js';

claimCases('a guarantee against legal or financial risk names no security guarantee', [
  { body: 'Luxembourg insisted on guarantees that other member states would share the legal risk of the loan.', want: [] },
  { body: 'Austria demanded firm guarantees from other member states that it would not face lawsuits alone.', want: [] },
], (c) => c.issue === 'security_guarantees');

claimCases('guarantees of security stay security guarantees', [
  { body: 'Armenia demanded guarantees that Azerbaijan would not attack again.', want: ['ARM DEMAND security_guarantees []'] },
  { body: 'Moldova demanded firm security guarantees from its partners.', want: ['MDA DEMAND security_guarantees []'] },
]);
