// A third party's plan or paper that calls for an end to sanctions demands it of those who impose them
// (claim/plan-sanctions-end), not the proposal sentence/plan-proposes makes of a plan's other content; what a plan
// itself provides for the sanctions, and a word of ending that belongs to another item of the call, stay proposals.
// Sentences written for this test, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('a third party\'s plan calling for an end to sanctions demands it', [
  {
    body: 'Armenia and Azerbaijan resumed talks in Geneva. The Iranian peace plan also calls for an end to unilateral sanctions on Yerevan.',
    want: ['IRN DEMAND sanctions []'],
  },
  {
    body: 'Serbia and Kosovo met in Brussels. The Chinese position paper calls for a halt to unilateral sanctions and for dialogue between the two sides.',
    want: ['CHN DEMAND sanctions []', 'CHN PROPOSE talks []'],
  },
]);

claimCases('what a plan provides for the sanctions, or an ending of another item, stays a proposal', [
  {
    body: 'Armenia and Azerbaijan resumed talks in Geneva. The American plan proposes the gradual lifting of sanctions on Baku.',
    want: ['USA PROPOSE sanctions []'],
  },
  {
    body: 'Armenia and Azerbaijan resumed talks in Geneva. The Iranian paper called for ending hostilities, protecting civilians and eliminating unilateral sanctions.',
    want: ['IRN PROPOSE ceasefire []', 'IRN PROPOSE humanitarian []', 'IRN PROPOSE sanctions []'],
  },
]);
