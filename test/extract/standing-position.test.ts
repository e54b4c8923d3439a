// A standing position and a statement on a day are two statements (document/standing-position, spec §3 rule 2): "Baku
// has for months ruled out any talks until …" (the perfect with a word of duration before the cue) is held over a span,
// and stays apart from the same stance stated "on Friday". Also, a party listed inside a relative clause set off by
// commas ("Aliyev, who will be in Brussels with leaders of France, Germany and the European Commission, has …") is no
// subject of the main clause (holder/nearest-subject, inClosedRelative past the list's commas). Sentences written for
// this test, about disputes other than the corpus's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertIncludes, assertNone, claimsOf, label } from './helpers.js';

const count = (body: string, want: string) => claimsOf(body, { published: '2025-03-07' }).filter((c) => label(c) === want).length;

test('a standing position and a dated statement of the same stance: two claims', () => {
  for (const [body, want] of [
    ['On Friday Aliyev said talks with Yerevan would only freeze the conflict and ruled out any talks before a treaty. Baku has for months ruled out any talks until Armenia changes its constitution.', 'AZE REJECT talks []'],
    ['Vucic said on Tuesday that Serbia would never recognise Kosovo. Belgrade has repeatedly refused to recognise Kosovo since 2008.', 'SRB REJECT recognition []'],
    ['Eritrea has long demanded that Ethiopian troops leave Badme. On Monday its information minister again demanded that Ethiopia withdraw its troops from Badme.', 'ERI DEMAND territory []'],
  ] as const) assert.equal(count(body, want), 2, body);
});

test('two reports of one occasion, or a saying repeated, still merge', () => {
  for (const [body, want] of [
    ['On Friday Aliyev ruled out any talks before a treaty. "There will be no talks," he told reporters, ruling out any talks before the treaty is signed.', 'AZE REJECT talks []'],
    ['Vucic has said repeatedly that Serbia cannot recognise Kosovo: on Tuesday he said Serbia would never recognise Kosovo.', 'SRB REJECT recognition []'],
  ] as const) assert.equal(count(body, want), 1, body);
});

test('a party listed inside a relative clause set off by commas is no subject of the main clause', () => {
  assertIncludes([
    ['Aliyev, who will be in Brussels on Monday with leaders of France, Germany and the European Commission, has repeatedly ruled out ceding any territory.', 'AZE REJECT territory []'],
    ['Kurti, who met envoys of the United States, France, Germany and Italy last week, ruled out forming the association of Serb municipalities.', 'XKX REJECT rights []'],
  ]);
  assertNone([
    'Aliyev, who will be in Brussels on Monday with leaders of France, Germany and the European Commission, has repeatedly ruled out ceding any territory.',
  ], /^(FRA|DEU|EU) REJECT/);
  // (A participial phrase or a source's relative clause before the subject is not that clause: the subject holds it.)
  assertIncludes([
    ['According to two people familiar with the talks, who spoke to Reuters, the Armenian delegation, led by the deputy prime minister, again insisted that Azerbaijan pull its troops back from the border.', 'ARM DEMAND territory []'],
  ]);
});
