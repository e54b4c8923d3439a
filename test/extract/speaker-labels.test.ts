// Transcripts and interviews: a paragraph opened by a speaker's label ("ALIYEV:", "Kurti:", "A:") is that
// speaker's answer (discourse/speaker-label); the question's parties hold nothing of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from './helpers.js';

const brief = (claims: ReturnType<typeof claimsOf>) => JSON.stringify(claims.map((c) => [c.actor, c.type, c.issue, c.evidence?.[0]?.quote]));

test('a name label in capitals speaks the answer; "us", "we" and "the president" are its party, not the question\'s', () => {
  const body = [
    'The following are excerpts from a press conference of Azerbaijani President Ilham Aliyev with foreign reporters in Baku on Tuesday.',
    '',
    'QUESTION (Armenian television): France and the European Union demanded last week that Baku agree to a full ceasefire on the border. Will you accept this?',
    '',
    'ALIYEV: The language of ultimatums is unacceptable to us. We are ready to sign a peace treaty with Armenia this year, without any preconditions.',
    '',
    'QUESTION (French radio): Does the president\'s offer of talks in Abu Dhabi still stand?',
    '',
    'ALIYEV: Of course. The president proposed to resume direct negotiations with the Armenian side in Abu Dhabi next week.',
  ].join('\n');
  const claims = claimsOf(body);
  const got = brief(claims);
  assert.ok(claims.some((c) => c.actor === 'AZE' && c.type === 'OFFER' && c.issue === 'talks'), got);
  assert.ok(claims.some((c) => c.actor === 'AZE' && c.type === 'PROPOSE' && c.issue === 'talks'), got);
  // (Before: the answer's "We are ready to sign a peace treaty" went to France and the EU of the question.)
  assert.ok(!claims.some((c) => (c.actor === 'FRA' || c.actor === 'EU') && c.type !== 'DEMAND'), got);
  // The question's report is still its parties' demand.
  assert.ok(claims.some((c) => c.actor === 'FRA' && c.type === 'DEMAND' && c.issue === 'ceasefire'), got);
});

test('an answer under a name label: "TARGET must V" is the speaker\'s demand', () => {
  const body = [
    'Albin Kurti, Kosovo\'s prime minister, spoke to Balkan Weekly in Pristina on Monday.',
    '',
    'Balkan Weekly: And the prisoners held in Serbia?',
    '',
    'Kurti: Serbia must release every Kosovar it has detained. We are ready for an exchange of prisoners at any time.',
  ].join('\n');
  const claims = claimsOf(body);
  assert.ok(claims.some((c) => c.actor === 'XKX' && c.type === 'DEMAND' && c.issue === 'humanitarian'), brief(claims));
});

test('a bare "A:" answers for the interviewee the article introduced, not for the party the question names', () => {
  const body = [
    'Nikol Pashinyan, the Armenian prime minister, answered our questions in Yerevan on Friday.',
    '',
    'Q: Azerbaijan says it wants a corridor through the south of your country. What is your answer?',
    '',
    'A: We will never give up our sovereignty over the south. Baku must withdraw its troops from the territory of Armenia.',
  ].join('\n');
  const claims = claimsOf(body);
  const got = brief(claims);
  assert.ok(claims.some((c) => c.actor === 'ARM' && c.type === 'DEMAND' && c.issue === 'territory'), got);
  assert.ok(!claims.some((c) => c.actor === 'AZE' && c.evidence?.some((e) => /sovereignty|withdraw/.test(e.quote))), got);
});

test('an answer\'s "they" is the subject of the question, not the party it names last', () => {
  const body = [
    'Nikol Pashinyan, the Armenian prime minister, answered our questions in Yerevan on Friday.',
    '',
    'INTERVIEWER: What does Baku really want from Yerevan?',
    '',
    'PASHINYAN: The same as always. They want our southern territory, and we will never give it up.',
  ].join('\n');
  const claims = claimsOf(body);
  const got = brief(claims);
  assert.ok(claims.some((c) => c.actor === 'AZE' && c.type === 'DEMAND' && c.issue === 'territory'), got);
  assert.ok(!claims.some((c) => c.actor === 'ARM' && c.type === 'DEMAND'), got);
  // (The same answer in quote marks: before, "they" took Yerevan, the last party the question named.)
  const quoted = claimsOf('What does Baku really want from Yerevan?\n\n"The same as always. They want our southern territory, and we will never give it up."');
  assert.ok(quoted.some((c) => c.actor === 'AZE' && c.type === 'DEMAND' && c.issue === 'territory'), brief(quoted));
  assert.ok(!quoted.some((c) => c.actor === 'ARM' && c.type === 'DEMAND'), brief(quoted));
});

test('labels that name no party change nothing: a question label holds nothing, "Source:" is no speaker', () => {
  const body = [
    'Q: Will Serbia accept a ceasefire in the north?',
    '',
    'Background: Kosovo proposed a ceasefire in the north on Monday.',
    '',
    'Source: Balkan Weekly',
  ].join('\n');
  const claims = claimsOf(body);
  const got = brief(claims);
  assert.ok(!claims.some((c) => c.actor === 'SRB'), got);
  assert.ok(claims.some((c) => c.actor === 'XKX' && c.type === 'PROPOSE' && c.issue === 'ceasefire'), got);
});
