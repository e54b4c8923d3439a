// An effort, an attempt or a bid to mediate or to broker puts the settlement forward (cue mediation-effort): "visited
// Kyiv in an attempt to mediate", "has made efforts to broker a peace deal". The base forms "mediate" and "broker"
// were no cue, so the sentence read no stance. After "in", the phrase is the purpose of its clause's verb, made by that
// clause's subject (holder/purpose-subject), else by nobody. Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('an effort or a bid to mediate or broker: a proposal of what it would bring about', [
  { body: 'Ramaphosa visited Kyiv on Friday in a bid to broker a ceasefire.', want: ['ZAF PROPOSE ceasefire []'] },
  { body: 'Qatar is trying to broker a truce between Israel and Hamas.', want: ['QAT PROPOSE ceasefire []'] },
  { body: 'Erdogan, who met Putin in Sochi, travelled to Kyiv in an effort to broker a prisoner exchange.', want: ['TUR PROPOSE humanitarian []'] },
  { body: 'The Saudi crown prince has made efforts to mediate between Sudan\'s warring generals.', want: ['SAU PROPOSE talks []'] },
  { body: 'Khartoum was shelled again as Kenyan President William Ruto arrived in Addis Ababa in an attempt to mediate.', want: ['KEN PROPOSE talks []'] },
]);

claimCases('no proposal by a party of another clause, nor from efforts of nobody, nor from an offer', [
  { body: 'Yerevan was shelled on Friday as African leaders visited Armenia in an attempt to mediate.', want: [] },
  { body: 'Efforts to broker a ceasefire in Sudan have stalled.', want: [] },
  { body: 'Turkey offered to mediate between Armenia and Azerbaijan.', want: ['TUR OFFER talks []'] },
]);
