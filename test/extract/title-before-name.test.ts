// A definite role ("the prime minister", "the Secretary-General") refers back to the person whose title carried that
// role word right before the name (discourse/role-before-name). The title is the capitalised words before the name,
// or ends in the role word: a lower-case verb or preposition ends it, so the role of the sentence's subject is not
// the title of its object ("The Prime Minister spoke to President Aliyev": Aliyev is no prime minister).
// Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a role refers back to the person titled with it', [
  { body: 'Prime Minister Nikol Pashinyan met Aliyev in Abu Dhabi. The prime minister proposed a ceasefire along the border.', want: ['ARM PROPOSE ceasefire []'] },
  { body: 'Secretary-General António Guterres visited Khartoum on Monday. The Secretary-General proposed a humanitarian truce.', want: ['UN PROPOSE ceasefire []'] },
  { body: 'Kosovo\'s prime minister Albin Kurti flew to Brussels. The prime minister rejected any partition of Kosovo.', want: ['XKX REJECT territory []'] },
]);

claimCases('the role of a subject is not the title of the person it met', [
  { body: 'The Prime Minister spoke to President Aliyev this afternoon. The Prime Minister welcomed the peace agreement.', want: [] },
  { body: 'The Chancellor met President Vucic in Berlin. The Chancellor called for the dialogue with Pristina to resume.', want: [] },
  { body: 'The president hosted Prime Minister Kurti on Monday. The president rejected any partition of Kosovo.', want: [] },
]);
