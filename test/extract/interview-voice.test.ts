// Interviews: whose "we" the answers are (discourse/interviewee-lede, discourse/question-answers,
// discourse/not-speakers-they, holder/quote-speaker). The interviewee introduced under a dateline and a byline,
// or by the title, speaks every answer; the answer's "they" is never the interviewee's party.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from './helpers.js';

const brief = (claims: ReturnType<typeof claimsOf>) => JSON.stringify(claims.map((c) => [c.actor, c.type, c.issue, c.quote]));
const has = (claims: ReturnType<typeof claimsOf>, actor: string, type: string, issue: string) => claims.some((c) => c.actor === actor && c.type === type && c.issue === issue);

const qaInterview = [
    "Strasbourg · Tuesday, 3 March 2026 · 5 min read",
    "Interview by Lena Hartmann",
    "",
    "Ararat Mirzoyan, Armenia's foreign minister, spoke to the Caucasus Review on Monday in Yerevan. The text has been shortened.",
    "",
    "Q: You came back from Abu Dhabi with a draft. What is in it?",
    "",
    "A: The Azerbaijani side handed us a list of demands. They want our troops out of the border villages before anything else. We will not withdraw from the villages of Tavush.",
    "",
    "Q: What did Armenia offer in return?",
    "",
    "A: We proposed a full ceasefire along the whole border for sixty days. We insisted on the return of all prisoners held in Baku.",
    "",
    "Q: Will there be another round?",
    "",
    "A: They proposed to meet again in April. We are not against it.",
  ].join('\n');

test('"A:" answers under a dateline and a byline speak for the interviewee of the lede, not for the party the answer names', () => {
  const claims = claimsOf(qaInterview, { published: '2026-03-03' });
  const got = brief(claims);
  // (Before: every "we" went to the Azerbaijani side named first in the answers.)
  assert.ok(has(claims, 'ARM', 'REJECT', 'territory'), got);
  assert.ok(has(claims, 'ARM', 'PROPOSE', 'ceasefire'), got);
  assert.ok(has(claims, 'ARM', 'DEMAND', 'humanitarian'), got);
  assert.ok(has(claims, 'AZE', 'DEMAND', 'territory'), got);
  assert.ok(!claims.some((c) => c.actor === 'AZE' && c.type !== 'DEMAND' && c.type !== 'PROPOSE'), got);
  assert.ok(!has(claims, 'AZE', 'PROPOSE', 'ceasefire'), got);
});

test('an answer\'s "they" is never the interviewee\'s party: it is the other side, not a party an earlier question named', () => {
  const claims = claimsOf(qaInterview, { published: '2026-03-03' });
  const got = brief(claims);
  // "A: They proposed to meet again in April. We are not against it."
  assert.ok(has(claims, 'AZE', 'PROPOSE', 'talks'), got);
  assert.ok(!has(claims, 'ARM', 'PROPOSE', 'talks'), got);
});

const quotedAnswers = [
    "Drita Berisha is a legal adviser to the Kosovo delegation that met Serbian negotiators in Brussels last week. She spoke to the Balkan Weekly in Pristina on Tuesday.",
    "",
    "What did the Serbian side put on the table?",
    "",
    "\"A paper of two pages. It offered us a mixed commission on the northern municipalities. We asked for an exchange of all prisoners first. They refused.\"",
    "",
    "Serbia's chief negotiator Petar Petkovic reportedly warned that Belgrade could harden its terms. How did that feel?",
    "",
    "\"He told us that next time they would want the whole north. We proposed a new round under European mediation in June.\"",
    "",
    "The next round has not been scheduled.",
  ].join('\n');

test('quoted answers after question paragraphs speak for the interviewee the title names, not for a speaker the question names', () => {
  const claims = claimsOf(quotedAnswers, { published: '2026-03-03', title: 'Interview: a Kosovo negotiator on the Brussels talks' });
  const got = brief(claims);
  assert.ok(has(claims, 'XKX', 'PROPOSE', 'talks'), got);
  assert.ok(claims.some((c) => c.actor === 'XKX' && c.issue === 'humanitarian' && ['DEMAND', 'PROPOSE'].includes(c.type)), got);
  // (Before: the answer after "Petkovic reportedly warned … How did that feel?" was Petkovic's.)
  assert.ok(!claims.some((c) => c.actor === 'SRB' && c.type === 'PROPOSE'), got);
  // "It offered us a mixed commission": the paper's offer, not the interviewee's.
  assert.ok(!claims.some((c) => c.actor === 'XKX' && c.type === 'OFFER'), got);
});

test('negatives: the interviewer\'s "we", a quoted third party inside an answer, and the narrative after the interview', () => {
  const body = [
    'Strasbourg · Friday, 6 March 2026',
    'Interview by Lena Hartmann',
    '',
    'Omar Siddiq, Sudan\'s envoy to the Jeddah talks, spoke to the Nile Review on Thursday.',
    '',
    'Q: Our readers would welcome a truce, and so would we. Will you sign one?',
    '',
    'A: We will sign a truce for Darfur if the other side withdraws from the hospitals. The Americans told us: "We will guarantee the corridors."',
    '',
    'Q: And the talks?',
    '',
    'A: We are ready to resume the talks in Jeddah next week.',
    '',
    'Fighting continued on Thursday. Egypt said it was ready to host the talks in Cairo.',
  ].join('\n');
  const claims = claimsOf(body, { published: '2026-03-06' });
  const got = brief(claims);
  assert.ok(has(claims, 'SDN', 'OFFER', 'talks'), got);
  // The Americans' own "we" inside the answer stays theirs.
  assert.ok(!claims.some((c) => c.actor === 'SDN' && /guarantee the corridors/.test(c.quote ?? '')), got);
  // The narrative after the interview is its own parties'.
  assert.ok(has(claims, 'EGY', 'OFFER', 'talks') && !claims.some((c) => c.actor === 'SDN' && /Cairo/.test(c.quote ?? '')), got);
  // The interviewer's "we" holds nothing.
  // (Before: "Our readers would welcome a truce, and so would we" was SDN ACCEPT ceasefire.)
  assert.ok(!claims.some((c) => c.type === 'ACCEPT'), got);
});

test('a quote credited to its speaker after a question paragraph in ordinary news keeps that speaker', () => {
  const body = [
    'Will Belgrade accept the new plan? Nobody knows yet.',
    '',
    '"We will never recognise Kosovo," Serbia\'s president Aleksandar Vucic said on Monday.',
    '',
    'Pristina did not comment.',
  ].join('\n');
  const claims = claimsOf(body, { published: '2026-03-03' });
  assert.ok(has(claims, 'SRB', 'REJECT', 'recognition'), brief(claims));
});
