// Markup keeps to Latin-1 (html.ts narrow): characters beyond it, in data and in template literals, are
// written as numeric character references, which a browser reads as the same text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { esc, html, join, narrow } from '../../src/server/html.js';

/** What a browser shows for text written with numeric references. */
const decode = (s: string) => s.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)));

test('characters beyond Latin-1 become numeric character references; Latin-1 and ASCII stay', () => {
  assert.equal(narrow('plain text'), 'plain text');
  assert.equal(narrow('km² · café'), 'km² · café');
  assert.equal(narrow('Donetsk holds_line → claims'), 'Donetsk holds_line &#8594; claims');
  assert.equal(narrow('“quoted” — 😀'), '&#8220;quoted&#8221; &#8212; &#128512;', 'a character outside the BMP is one reference');
  assert.equal(narrow('lone \ud800 half'), 'lone &#55296; half');
  assert.equal(esc('<b>→</b> & "x"'), '&lt;b&gt;&#8594;&lt;/b&gt; &amp; &quot;x&quot;');
  const texts = ['▲3 ▼2 ◆1 =4', 'Zaporizhzhia claims → concedes_part (−up to 55,641 km²)', '‘Kyiv’ – ‹»', 'ünïcödé 中文 عربي'];
  for (const t of texts) {
    const out = esc(t);
    assert.doesNotMatch(out, /[^\x00-\xff]/, t);
    assert.equal(decode(out), t);
  }
});

test('html escapes values and narrows its literal parts too', () => {
  const name = 'Kherson → Mykolaiv';
  const out = html`<p class="crumbs"><a href="/">Overview</a> › ${name} — ${3}</p>`.value;
  assert.equal(out, '<p class="crumbs"><a href="/">Overview</a> &#8250; Kherson &#8594; Mykolaiv &#8212; 3</p>');
  assert.equal(join([html`<li>${'a→b'}</li>`, html`<li>é</li>`], html`—`).value, '<li>a&#8594;b</li>&#8212;<li>é</li>');
  // The same template called again uses its narrowed literals (kept per call site) with new values.
  const row = (v: string) => html`<td>${v} ←</td>`.value;
  assert.equal(row('x'), '<td>x &#8592;</td>');
  assert.equal(row('y'), '<td>y &#8592;</td>');
});
