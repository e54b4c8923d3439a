import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleString } from '../../src/article/index.js';
import { ARTICLES, assertOffsetsRoundTrip, mustArticle, readOne, tempDir } from './helpers.js';

test('HTML: JSON-LD (@graph, publisher by @id) wins over meta; main text without junk', async () => {
  const path = join(ARTICLES, 'rome-summit.html');
  const r = await readOne(path);
  const a = mustArticle(r);
  assert.equal(a.id, 'rome-summit');
  assert.equal(a.format, 'html');
  assert.deepEqual(a.meta, {
    url: 'https://meridian.example.test/world/rome-summit-ld',
    outlet: 'The Meridian Daily',
    published: '2025-07-03',
    title: 'Leaders discuss a reconstruction fund in Rome',
    lang: 'en',
  });
  assert.ok(a.body.includes('proposed a reconstruction fund of fifty billion euros'));
  assert.ok(a.body.includes('rejected calls to tie payments to a ceasefire'));
  for (const junk of ['MUST NOT APPEAR', 'Advertisement', 'Also read', 'Share this article', 'document.cookie', 'Home', 'Markets']) {
    assert.ok(!a.body.includes(junk), `body contains ${junk}`);
  }
  // Block elements become paragraph breaks, <br> a line break.
  assert.ok(a.body.includes('in Brussels.\nSeveral delegations'));
  assert.ok(a.body.includes('\n\nFund size: fifty billion euros\n\nBoard: independent'));
  assert.deepEqual(r.problems, []);
  assertOffsetsRoundTrip(a);
});

test('HTML: meta tags and canonical when there is no JSON-LD', () => {
  const html = `<html><head><title>Page title | Site</title>
<meta property="og:site_name" content="Coastal Herald">
<meta name="date" content="17 August 2025">
<link rel="canonical" href="https://herald.example.test/a/1">
<meta property="og:url" content="https://herald.example.test/og">
</head><body><article><p>The coastguard proposed joint patrols in the strait, a spokesman said on Sunday.</p>
<p>The neighbouring government has not yet responded to the proposal, officials said.</p></article></body></html>`;
  const [r] = readArticleString(html, { source: 'https://herald.example.test/a/1?ref=x' });
  const a = mustArticle(r);
  assert.equal(a.id, '1');
  assert.deepEqual(a.meta, { url: 'https://herald.example.test/a/1', outlet: 'Coastal Herald', published: '2025-08-17', title: 'Page title | Site', lang: 'en' });
  assert.ok(a.body.startsWith('The coastguard proposed joint patrols'));
});

test('HTML: windows-1251 page declared by http-equiv is decoded', async () => {
  const a = mustArticle(await readOne(join(ARTICLES, 'istanbul-cp1251.html')));
  assert.equal(a.meta.outlet, 'Северный вестник');
  assert.equal(a.meta.published, '2025-06-02');
  assert.equal(a.meta.title, 'Переговоры в Стамбуле');
  assert.ok(a.body.includes('Делегации обменялись меморандумами'));
});

test('HTML: iso-8859-1 via <meta charset>, UTF-16 via BOM, undeclared non-UTF-8 falls back to windows-1252', () => {
  const page = (cs: string) => `<html><head>${cs}<title>Caf\u00e9 talks</title></head><body><p>Le ministre a propos\u00e9 une tr\u00eave de trente jours, a d\u00e9clar\u00e9 son porte-parole \u00e0 Gen\u00e8ve.</p></body></html>`;
  const latin1 = Buffer.from(page('<meta charset="iso-8859-1">'), 'latin1');
  const a = mustArticle(readArticleString(latin1, { source: 'l1.html' })[0]);
  assert.ok(a.body.includes('propos\u00e9 une tr\u00eave'), a.body);
  assert.equal(a.meta.title, 'Caf\u00e9 talks');

  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page(''), 'utf16le')]);
  const b = mustArticle(readArticleString(utf16, { source: 'u16.html' })[0]);
  assert.ok(b.body.includes('propos\u00e9 une tr\u00eave'));

  const undeclared = Buffer.from(page(''), 'latin1');
  const [rc] = readArticleString(undeclared, { source: 'nocharset.html' });
  const c = mustArticle(rc);
  assert.ok(c.body.includes('propos\u00e9 une tr\u00eave'));
  assert.ok(rc.problems.some((p) => p.code === 'encoding' && !p.fatal));
});

test('HTML: javascript: URLs are never kept; scripts never run', () => {
  const html = `<html><head><link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content=" JavaScript:alert(2)">
<script type="application/ld+json">{"@type":"NewsArticle","url":"javascript:alert(3)","headline":"H"}</script>
<script>globalThis.__pwned = true;</script></head>
<body><p>The parliament rejected the proposed truce on Tuesday after a long debate among deputies.</p></body></html>`;
  const [r] = readArticleString(html, { source: 'js.html' });
  const a = mustArticle(r);
  assert.equal(a.meta.url, null);
  assert.equal((globalThis as Record<string, unknown>).__pwned, undefined);
  assert.ok(!a.body.includes('pwned'));
});

test('HTML: JSON-LD with array @type, string publisher, broken JSON-LD ignored', () => {
  const html = `<html><head><meta property="og:site_name" content="Meta Name">
<script type="application/ld+json">{ this is not json </script>
<script type="application/ld+json">[{"@type":["ReportageNewsArticle","Article"],"publisher":"LD Name","datePublished":"2025-03-01","mainEntityOfPage":"https://ld.example.test/x"}]</script>
</head><body><p>Negotiators proposed a new timetable for the exchange of prisoners, a statement said.</p></body></html>`;
  const a = mustArticle(readArticleString(html, { source: 'ld.html' })[0]);
  assert.equal(a.meta.outlet, 'LD Name');
  assert.equal(a.meta.published, '2025-03-01');
  assert.equal(a.meta.url, 'https://ld.example.test/x');
});

test('HTML pathological: 100,000 nested divs, unclosed tags, 5 MB attribute, 100,000 attributes', () => {
  const { dir, cleanup } = tempDir();
  try {
    const cases: Record<string, string> = {
      nested: '<html><body>' + '<div>'.repeat(100_000) + '<p>Deeply nested text about the summit.</p>' + '</div>'.repeat(100_000) + '</body></html>',
      unclosed: '<html><body>' + '<div><p><span><b>'.repeat(20_000) + 'Unclosed text about the summit.',
      bigattr: '<html><body><div class="' + 'a'.repeat(5_000_000) + '"><p>Attribute text about the summit.</p></div></body></html>',
      manyattrs: '<html><body><div ' + Array.from({ length: 100_000 }, (_, i) => `data-x${i}="v"`).join(' ') + '><p>Many attributes about the summit.</p></div></body></html>',
      ltonly: '<p>Text about the summit. ' + '<a '.repeat(200_000),
      comments: '<p>Text about the summit.</p>' + '<!--'.repeat(100_000),
      scripts: '<html><body><p>Text about the summit.</p>' + '<script>'.repeat(50_000) + '</body></html>',
    };
    for (const [name, html] of Object.entries(cases)) {
      const path = join(dir, `${name}.html`);
      writeFileSync(path, html);
      const results = readArticleString(Buffer.from(html), { source: path, maxBytes: 10_000_000 });
      assert.equal(results.length, 1);
      const r = results[0];
      for (const p of r.problems) {
        assert.ok(p.message.includes(path), p.message);
        assert.ok(!/\n|    at /.test(p.message), `no stack trace: ${p.message}`);
      }
      if (r.article) assert.ok(r.article.body.includes('summit') || name === 'scripts', `${name}: ${r.article.body.slice(0, 80)}`);
      else assert.ok(r.problems.some((p) => p.fatal), name);
    }
  } finally {
    cleanup();
  }
});

test('HTML with no text at all → fatal no-text, not a crash', () => {
  const [r] = readArticleString('<html><head><title>x</title></head><body><script>var a=1;</script></body></html>', { source: 'blank.html' });
  assert.equal(r.article, null);
  assert.ok(r.problems.some((p) => p.fatal && p.code === 'no-text'));
});
