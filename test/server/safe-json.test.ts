// safeJson: every '<', '>', '&' and JavaScript line separator of a response body is a \u escape (in
// keys and values alike), and the body parses back to the same value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { safeJson, safeJsonBytes } from '../../src/server/server.js';

/** The plain definition: the JSON text with each of these characters replaced by its \u escape. */
const reference = (value: unknown) => JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

test('safeJson escapes markup characters and line separators, and parses back to the value', () => {
  const value = {
    '<key>&': ['</script><script>alert(1)</script>', 'a\u2028b\u2029c', 'Tom & Jerry > Itchy < Scratchy', 'plain', '→ km² ▲'],
    nested: { '\u2028': 1, html: '<img src=x onerror=alert(1)>&amp;' },
  };
  const s = safeJson(value);
  assert.doesNotMatch(s, /[<>&\u2028\u2029]/);
  assert.match(s, /\\u003c\/script\\u003e/);
  assert.match(s, /a\\u2028b\\u2029c/);
  assert.match(s, /"\\u003ckey\\u003e\\u0026"/);
  assert.deepEqual(JSON.parse(s), value);
  assert.equal(s, reference(value));
  assert.deepEqual(safeJsonBytes(value), Buffer.from(s), 'the bytes are the string in UTF-8');
  assert.equal(safeJson({ a: 'nothing to escape' }), '{"a":"nothing to escape"}');
  // Random strings over the escaped characters and their neighbours.
  const alphabet = ['<', '>', '&', '\u2028', '\u2029', 'a', '"', '\\', '\n', 'é', '=', ';', '→', '\u2027', '\u202a', '😀', '\ud800'];
  let seed = 11;
  const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  for (let i = 0; i < 200; i++) {
    const str = Array.from({ length: Math.floor(rnd() * 30) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
    const out = safeJson({ [str]: str });
    assert.doesNotMatch(out, /[<>&\u2028\u2029]/);
    assert.deepEqual(JSON.parse(out), { [str]: str });
    assert.equal(out, reference({ [str]: str }), JSON.stringify(str));
  }
});
