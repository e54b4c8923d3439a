// Parliamentary records and briefing transcripts (discourse/record-turns): the host's minister or spokesperson
// speaks for the host's state over the whole turn ("we", "the Government"); members, the chair and journalists
// speak for no party.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from './helpers.js';

const brief = (claims: ReturnType<typeof claimsOf>) => JSON.stringify(claims.map((c) => [c.actor, c.type, c.issue, c.quote]));
const has = (claims: ReturnType<typeof claimsOf>, actor: string, type: string, issue: string) => claims.some((c) => c.actor === actor && c.type === type && c.issue === issue);

const bundestag = [
  'The Federal Minister for Foreign Affairs: Madam President, ladies and gentlemen, I will report on the talks between Belgrade and Pristina.',
  '',
  'Last week the European Union presented a new framework to both sides.',
  '',
  'The Government welcome that framework. We will not accept a partition of Kosovo, and we will never recognise a change of borders by force.',
  '',
  'Jürgen Hardt (CDU/CSU): Will the minister tell the House whether Serbia has accepted the framework?',
  '',
  'The Federal Minister for Foreign Affairs: We do not accept that the timing of elections in Kosovo should be dictated from Moscow.',
].join('\n');

test('a minister\'s statement in a Bundestag record: "we" and "the Government" are Germany, over every paragraph of the turn', () => {
  const claims = claimsOf(bundestag, { title: 'Plenary record: debate on the Western Balkans (German Bundestag, 12 March 2025)', published: '2025-03-12' });
  const got = brief(claims);
  assert.ok(has(claims, 'DEU', 'ACCEPT', 'talks'), got);
  assert.ok(has(claims, 'DEU', 'REJECT', 'territory'), got);
  assert.ok(has(claims, 'DEU', 'REJECT', 'recognition'), got);
  assert.ok(has(claims, 'DEU', 'REJECT', 'governance'), got);
  // (Before: the minister's "we" went to Serbia, named nearby, and "The Government welcome" to the EU.)
  assert.ok(!claims.some((c) => c.actor === 'SRB'), got);
  assert.ok(!has(claims, 'EU', 'ACCEPT', 'talks'), got);
  // The refused clause's deontic is what is refused, not a demand.
  assert.ok(!claims.some((c) => c.type === 'DEMAND' && c.issue === 'governance'), got);
});

test('without a parliament or briefing named, an office label speaks for no state', () => {
  const claims = claimsOf(bundestag, { title: 'Debate on the Western Balkans', published: '2025-03-12' });
  assert.ok(!claims.some((c) => c.actor === 'DEU'), brief(claims));
});

test('a Commons record: the minister\'s label with his name, and a later label by that name, speak for Britain', () => {
  const body = [
    'The Minister for Europe (Mr Stephen Doughty): The talks in Abu Dhabi between Armenia and Azerbaijan are at a delicate stage.',
    '',
    'Our position is clear. We will never recognise the seizure of Armenian villages by force.',
    '',
    'Alicia Kearns (Rutland and Stamford) (Con): Azerbaijan says it wants a corridor through Syunik. Will the Government oppose it?',
    '',
    'Mr Doughty: We will not accept any corridor that is imposed on Armenia.',
  ].join('\n');
  const claims = claimsOf(body, { title: 'Armenia and Azerbaijan (House of Commons, 3 June 2025)', published: '2025-06-03' });
  const got = brief(claims);
  assert.ok(has(claims, 'GBR', 'REJECT', 'recognition'), got);
  assert.ok(claims.some((c) => c.actor === 'GBR' && c.type === 'REJECT' && /corridor/.test(c.quote)), got);
  // The member's question reports Azerbaijan's demand; the member holds nothing.
  assert.ok(!claims.some((c) => c.actor === 'ARM' && c.type === 'REJECT'), got);
});

const briefing = [
  'DEPARTMENT PRESS BRIEFING',
  '',
  'MR. HARRIS: Good afternoon. Let me start with Sudan. We welcome the talks in Jeddah between the Sudanese army and the rebels.',
  '',
  'QUESTION: Khartoum says it wants the sanctions on its generals lifted before any truce. Will Washington lift them?',
  '',
  'MR. HARRIS: That\'s not something we are agreeing to. I\'m not going to negotiate from this podium.',
  '',
  'QUESTION: Prime Minister Kurti said last week that "we will never accept Serbian police in the north." Do you agree?',
  '',
  'MR. HARRIS: I am not going to read out our cables. We are ready to host a further round of talks in Jeddah.',
  '',
  '(The briefing was concluded at 2:51 p.m.)',
].join('\n');

test('a State Department briefing: the spokesperson\'s "we" is the United States; "not something we are agreeing to" refuses what was asked', () => {
  const claims = claimsOf(briefing, { title: 'Transcript: State Department press briefing on Sudan', published: '2025-05-20' });
  const got = brief(claims);
  assert.ok(has(claims, 'USA', 'ACCEPT', 'talks'), got);
  assert.ok(has(claims, 'USA', 'REJECT', 'sanctions'), got);
  assert.ok(!has(claims, 'USA', 'ACCEPT', 'sanctions'), got);
  // The question's report is Sudan's demand; the journalist holds nothing.
  assert.ok(has(claims, 'SDN', 'DEMAND', 'sanctions'), got);
  // "we" in a quote of another speaker inside a question is that speaker's, not the briefing's.
  assert.ok(!claims.some((c) => c.actor === 'USA' && /police/.test(c.quote)), got);
  // Declining to speak ("from this podium", "I am not going to read out") refuses nothing.
  assert.ok(!claims.some((c) => c.type === 'REJECT' && /podium|read out/.test(c.quote)), got);
});

test('"not something X will agree to" outside a record refuses what was asked too; "something X would agree to" accepts it', () => {
  const a = claimsOf('Kosovo demanded the lifting of sanctions. Serbia said that was not something it would agree to.');
  assert.ok(has(a, 'SRB', 'REJECT', 'sanctions'), brief(a));
  assert.ok(!has(a, 'SRB', 'ACCEPT', 'sanctions'), brief(a));
  const b = claimsOf('Kosovo demanded the lifting of sanctions. Serbia said that was something it would agree to.');
  assert.ok(has(b, 'SRB', 'ACCEPT', 'sanctions'), brief(b));
  // (Other general heads: trigger/negated-head.)
  const d = claimsOf('Kosovo demanded the lifting of sanctions. Serbia said that was not a deal it would accept.');
  assert.ok(has(d, 'SRB', 'REJECT', 'sanctions'), brief(d));
  assert.ok(!has(d, 'SRB', 'ACCEPT', 'sanctions'), brief(d));
  // (A negated head with no relative clause of acceptance refuses nothing by this rule.)
  const c = claimsOf('Kosovo demanded the lifting of sanctions. Serbia said that was not something new.');
  assert.ok(!c.some((x) => x.actor === 'SRB'), brief(c));
});
