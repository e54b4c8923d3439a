// A speech-act participle after a comma continues the nearest stance verb before it in its own clause, past a comma
// after the sentence's first verb ("Aliyev proposed talks, hours after the leaders of France and Germany had visited
// Yerevan and demanded a truce, threatening new sanctions if Baku refused"): that verb's subject holds it, not the
// sentence's first speaker nor the party in the condition (holder/stance-participle). Sentences written for this test,
// with other parties and places than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a participle after a later clause\'s stance verb is held by that verb\'s subject', [
  {
    body: 'Aliyev proposed resuming the talks in Almaty, hours after the leaders of France and Germany had visited Yerevan and demanded an unconditional ceasefire, threatening new sanctions if Baku refused.',
    want: ['DEU THREATEN sanctions []', 'FRA THREATEN sanctions []'],
  },
  // paraphrase: "days after", "warning of"
  {
    body: 'Vucic offered to meet Kurti in Brussels, days after the leaders of Italy and Austria had travelled to Belgrade and called for a new round of talks, warning of sanctions if Serbia stalled.',
    want: ['AUT THREATEN sanctions []', 'ITA THREATEN sanctions []'],
  },
  // (The first verb's complement is no clause of its own: its speaker still holds the participle.)
  {
    body: 'The leaders of France and Germany demanded that Azerbaijan accept a ceasefire, threatening new sanctions if it did not.',
    want: ['DEU THREATEN sanctions []', 'FRA THREATEN sanctions []'],
  },
], (c) => c.type === 'THREATEN');
