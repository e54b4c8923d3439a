// Issue 10, item 7: Node's own answers to malformed requests (400, 431) carry the security headers
// too, and only the bound host names are answered (no DNS rebinding).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { startServer } from '../../src/server/server.js';
import { hostName } from '../../src/server/server.js';
import { CSP_EXPECTED, serveFixtures, WEB_ARTICLES } from './helpers.js';

const s = await serveFixtures([WEB_ARTICLES]);
after(() => s.close());

/** Sends raw bytes, returns the raw response. */
function raw(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => { data += d; });
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
    socket.setTimeout(10_000, () => { socket.destroy(); resolve(data); });
    socket.write(request);
  });
}

function headersOf(response: string): Map<string, string> {
  const head = response.split('\r\n\r\n')[0].split('\r\n').slice(1);
  return new Map(head.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
}

test('a request that is not HTTP gets a 400 with the security headers and the one error shape', async () => {
  const r = await raw(s.port, 'THIS IS NOT HTTP\r\n\r\n');
  assert.match(r, /^HTTP\/1\.1 400 Bad Request\r\n/);
  const h = headersOf(r);
  assert.equal(h.get('content-security-policy'), CSP_EXPECTED);
  assert.equal(h.get('x-content-type-options'), 'nosniff');
  assert.equal(h.get('x-frame-options'), 'DENY');
  assert.deepEqual(JSON.parse(r.split('\r\n\r\n')[1]), { error: { status: 400, code: 'bad_request', message: 'the request is not valid HTTP' } });
});

test('headers that are too large get a 431 with the security headers', async () => {
  const r = await raw(s.port, `GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
  assert.match(r, /^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
  assert.equal(headersOf(r).get('content-security-policy'), CSP_EXPECTED);
});

test('only IP addresses, localhost and the allowed names are answered (DNS rebinding)', async () => {
  const get = (host: string) => raw(s.port, `GET /api/events HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
  for (const host of [`127.0.0.1:${s.port}`, `localhost:${s.port}`, 'LOCALHOST.', '[::1]:8080', '127.0.0.1']) {
    assert.match(await get(host), /^HTTP\/1\.1 200 /, host);
  }
  for (const host of ['evil.example', `attacker.example:${s.port}`, 'localhost.evil.example', 'a b']) {
    const r = await get(host);
    assert.match(r, /^HTTP\/1\.1 (421|400) /, host);
    if (r.startsWith('HTTP/1.1 421')) {
      assert.equal(headersOf(r).get('content-security-policy'), CSP_EXPECTED);
      assert.equal(JSON.parse(r.split('\r\n\r\n')[1]).error.code, 'unknown_host');
    }
  }
  // A name given with --allowed-host is answered.
  const other = await startServer({ store: s.store, port: 0, host: '127.0.0.1', allowedHosts: ['parley.lan'] });
  try {
    const ok = await raw(other.port, 'GET /api/events HTTP/1.1\r\nHost: parley.lan:8080\r\nConnection: close\r\n\r\n');
    assert.match(ok, /^HTTP\/1\.1 200 /);
    const no = await raw(other.port, 'GET / HTTP/1.1\r\nHost: evil.example\r\nAccept: text/html\r\nConnection: close\r\n\r\n');
    assert.match(no, /^HTTP\/1\.1 421 /);
    assert.match(no, /--allowed-host NAME/);
  } finally { await other.server.close(); }
});

test('hostName takes the name out of a Host header', () => {
  assert.equal(hostName('Example.COM:8080'), 'example.com');
  assert.equal(hostName('[::1]:80'), '::1');
  assert.equal(hostName('localhost.'), 'localhost');
  assert.equal(hostName('a b'), null);
  assert.equal(hostName('user@evil'), null);
});
