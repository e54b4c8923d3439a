// The web app and JSON API on node:http: one process, read-only unless started with --allow-ingest.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isIP, type AddressInfo, type Socket } from 'node:net';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Store } from '../store/types.js';
import { DataSource } from './data.js';
import { ApiError, errorBody } from './errors.js';
import { formatOf, ingestBody, MAX_INGEST_BYTES, tokenMatches } from './ingest.js';
import { openApiDocument } from './openapi.js';
import { errorPage } from './pages.js';
import { MAX_URL_BYTES, parseQuery } from './params.js';
import { decodeSegment, matchRoute, type Result } from './routes.js';

export const CSP = "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export interface ServerOptions {
  store: Store;
  /** Accept POST /api/ingest with this bearer token. */
  allowIngest?: boolean;
  token?: string;
  /** Log one line per request to this function. */
  log?: (line: string) => void;
  /** Cache GET responses per data version (default true; the data cannot change within one). */
  cache?: boolean;
  /**
   * Host names accepted in the Host header besides IP literals, 'localhost' and the name the server
   * listens on (`--allowed-host`): a hostile page cannot read the API through DNS rebinding, since
   * its requests carry its own host name.
   */
  allowedHosts?: string[];
}

/** The host name of a Host header, lower-case, without port, brackets or a trailing dot; null when malformed. */
export function hostName(header: string): string | null {
  const h = header.trim().toLowerCase();
  const m = /^\[([0-9a-f:.]+)\](?::\d{1,5})?$/.exec(h) ?? /^([^:\s/@]+)(?::\d{1,5})?$/.exec(h);
  return m ? m[1].replace(/\.$/, '') : null;
}

/** Node's own answer to a malformed request carries no security headers: this one does (issue 10). */
function clientErrorResponse(error: NodeJS.ErrnoException): string {
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const code = status === 431 ? 'headers_too_large' : status === 408 ? 'request_timeout' : 'bad_request';
  const message = status === 431 ? 'the request headers are too large' : status === 408 ? 'the request took too long' : 'the request is not valid HTTP';
  const body = safeJson({ error: { status, code, message } });
  const headers = { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(body)), 'Cache-Control': 'no-cache', Connection: 'close' };
  return `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n${body}`;
}

/** A small LRU of response bodies, keyed by data version and request target. */
class ResponseCache {
  private map = new Map<string, { type: string; body: Buffer }>();
  private bytes = 0;
  constructor(private maxEntries = 500, private maxBytes = 64 * 1024 * 1024) {}
  get(key: string) {
    const v = this.map.get(key);
    if (v) { this.map.delete(key); this.map.set(key, v); }
    return v;
  }
  set(key: string, v: { type: string; body: Buffer }) {
    if (v.body.length > this.maxBytes / 8) return;
    this.map.set(key, v);
    this.bytes += v.body.length;
    while (this.map.size > this.maxEntries || this.bytes > this.maxBytes) {
      const [k, old] = this.map.entries().next().value as [string, { body: Buffer }];
      this.map.delete(k);
      this.bytes -= old.body.length;
    }
  }
}

interface Asset { body: Buffer; type: string; etag: string }

const TYPES: Record<string, string> = { '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon' };

function loadAssets(): Map<string, Asset> {
  const dir = fileURLToPath(new URL('./static/', import.meta.url));
  const assets = new Map<string, Asset>();
  let names: string[] = [];
  try { names = readdirSync(dir); } catch { return assets; }
  for (const name of names) {
    const type = TYPES[extname(name)];
    if (!type) continue;
    const body = readFileSync(join(dir, name));
    assets.set(name, { body, type, etag: `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"` });
  }
  return assets;
}

const JSON_BYTE_ESCAPES: Array<[Buffer, string]> = [
  [Buffer.from('<'), '\\u003c'], [Buffer.from('>'), '\\u003e'], [Buffer.from('&'), '\\u0026'],
  [Buffer.from('\u2028'), '\\u2028'], [Buffer.from('\u2029'), '\\u2029'],
];

/**
 * JSON with '<', '>' and '&' (and the JavaScript line separators U+2028, U+2029) as \u escapes, so a
 * response can never be sniffed or embedded as markup; as UTF-8 bytes.
 * The escapes are made in the bytes, not in the string: a timeline's JSON is a two-byte string (its texts
 * hold arrows and curly quotes), and V8 (Node 20) replaces in a 300 KB two-byte string in 3-7 ms, while
 * encoding it and searching the bytes takes well under one. In UTF-8 these characters are the single
 * bytes 0x3C, 0x3E, 0x26 (never inside a multi-byte sequence) and E2 80 A8 / E2 80 A9.
 */
export function safeJsonBytes(value: unknown): Buffer {
  const bytes = Buffer.from(JSON.stringify(value));
  const hits: Array<[number, number, string]> = [];
  for (const [needle, escape] of JSON_BYTE_ESCAPES) {
    for (let i = bytes.indexOf(needle); i >= 0; i = bytes.indexOf(needle, i + needle.length)) hits.push([i, needle.length, escape]);
  }
  if (!hits.length) return bytes;
  hits.sort((a, b) => a[0] - b[0]);
  const out: Buffer[] = [];
  let at = 0;
  for (const [i, n, escape] of hits) {
    out.push(bytes.subarray(at, i), Buffer.from(escape));
    at = i + n;
  }
  out.push(bytes.subarray(at));
  return Buffer.concat(out);
}

/** safeJsonBytes as a string. */
export function safeJson(value: unknown): string {
  return safeJsonBytes(value).toString();
}

export class ParleyServer {
  readonly ds: DataSource;
  readonly http: Server;
  private readonly assets = loadAssets();
  private readonly openapi = safeJsonBytes(openApiDocument());
  private readonly options: ServerOptions;
  private readonly cache = new ResponseCache();

  constructor(options: ServerOptions) {
    if (options.allowIngest && !options.token) throw new Error('--allow-ingest needs a token');
    this.options = options;
    this.ds = new DataSource(options.store);
    this.http = createServer({ requestTimeout: 30_000, headersTimeout: 10_000, maxHeaderSize: 16 * 1024 }, (req, res) => {
      const started = process.hrtime.bigint();
      this.handle(req, res).catch((error) => this.fail(req, res, error)).finally(() => {
        if (this.options.log) this.options.log(`${req.method} ${(req.url ?? '').slice(0, 200)} ${res.statusCode} ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(1)}ms`);
      });
    });
    this.http.keepAliveTimeout = 5_000;
    this.http.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
      // A reset or a response already under way: nothing sensible to answer.
      if (error.code === 'ECONNRESET' || !socket.writable || (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent) { socket.destroy(); return; }
      socket.end(clientErrorResponse(error));
    });
  }

  private allowed = new Set<string>(['localhost']);

  private checkHost(req: IncomingMessage): void {
    const header = req.headers.host;
    if (header === undefined) return; // HTTP/1.0 clients; browsers always send one
    const name = hostName(header);
    if (name !== null && (isIP(name) || this.allowed.has(name))) return;
    throw new ApiError(421, 'unknown_host', `this server does not answer for the host '${(name ?? header).slice(0, 80)}' (start it with --allowed-host NAME to accept that name)`);
  }

  async listen(port = 0, host = '127.0.0.1'): Promise<{ port: number; host: string; url: string }> {
    await this.ds.init();
    await new Promise<void>((resolve, reject) => {
      this.http.once('error', reject);
      this.http.listen(port, host, () => { this.http.off('error', reject); resolve(); });
    });
    for (const h of [host, ...(this.options.allowedHosts ?? [])]) { const n = hostName(h); if (n && !isIP(n)) this.allowed.add(n); }
    const addr = this.http.address() as AddressInfo;
    const h = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
    return { port: addr.port, host: addr.address, url: `http://${h}:${addr.port}` };
  }

  /**
   * Prepares what the first pages need, in the background once listening (parley serve): the derived data
   * (DataSource.warm), then the overview and the map's default timeline rendered once and thrown away, so
   * that their first request finds the charts drawn, the events read and the code compiled.
   */
  async warm(): Promise<void> {
    await this.ds.warm();
    try {
      const top = (await this.ds.eventIndex()).territorial[0]?.actor;
      const pages: Array<[string, Record<string, string>]> = [['/', {}]];
      if (top) pages.push([`/timeline/${encodeURIComponent(top)}/territory`, { actor: top, issue: 'territory' }]);
      for (const [target, path] of pages) {
        const route = matchRoute('GET', target).match?.route;
        if (route?.handler) await route.handler({ ds: this.ds, q: parseQuery('', route.query, this.ds), path });
      }
    } catch {
      // the first request tries again
    }
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.http.close(() => resolve());
      this.http.closeIdleConnections?.();
    });
  }

  private isApi(req: IncomingMessage): boolean {
    return (req.url ?? '').startsWith('/api/') || (req.headers.accept ?? '').startsWith('application/json');
  }

  private send(req: IncomingMessage, res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
    if (res.headersSent) { res.end(); return; }
    const buf = typeof body === 'string' ? Buffer.from(body) : body;
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': String(buf.length), 'Cache-Control': 'no-cache', ...extra });
    res.end(req.method === 'HEAD' ? undefined : buf);
  }

  private fail(req: IncomingMessage, res: ServerResponse, error: unknown): void {
    const e = error instanceof ApiError ? error : new ApiError(500, 'internal_error', 'internal error (see the server log)');
    if (!(error instanceof ApiError)) process.stderr.write(`parley serve: ${req.method} ${(req.url ?? '').slice(0, 200)}: ${(error as Error)?.stack ?? String(error)}\n`);
    const headers = { ...e.headers };
    if (e.status >= 400 && req.readableEnded === false && req.method === 'POST') headers.Connection = 'close';
    if (this.isApi(req)) this.send(req, res, e.status, 'application/json; charset=utf-8', safeJsonBytes(errorBody(e)), headers);
    else this.send(req, res, e.status, 'text/html; charset=utf-8', errorPage(e.status, e.code, e.message), headers);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.checkHost(req);
    const url = req.url ?? '/';
    if (Buffer.byteLength(url) > MAX_URL_BYTES) throw new ApiError(414, 'uri_too_long', `the request target is longer than ${MAX_URL_BYTES} bytes`);
    if (!url.startsWith('/')) throw new ApiError(400, 'bad_request', 'the request target must be a path');
    const qi = url.indexOf('?');
    const rawPath = qi < 0 ? url : url.slice(0, qi);
    const search = qi < 0 ? '' : url.slice(qi + 1);
    if (url.includes('#')) throw new ApiError(400, 'bad_request', 'the request target must not contain a fragment');
    const pathname = rawPath.length > 1 ? rawPath.replace(/\/+$/, '') : rawPath;
    const method = req.method ?? 'GET';
    const { match, methods } = matchRoute(method, pathname);
    if (!match) {
      if (methods.length) {
        const allow = [...new Set(methods.flatMap((m) => (m === 'GET' ? ['GET', 'HEAD'] : [m])))].join(', ');
        throw new ApiError(405, 'method_not_allowed', `${method.slice(0, 10)} is not allowed here (allowed: ${allow})`, { Allow: allow });
      }
      throw new ApiError(404, 'not_found', `no such page or endpoint: ${decodeLoose(pathname).slice(0, 80)}`);
    }
    const route = match.route;
    if (route.path === '/static/{file}') return this.asset(req, res, decodeSegment(match.raw.file));
    if (route.path === '/api/openapi.json') {
      if (search) parseQuery(search, [], this.ds);
      return this.send(req, res, 200, 'application/json; charset=utf-8', this.openapi);
    }
    if (route.path === '/api/ingest') return this.ingest(req, res, search);
    // The data version (and the codes the data uses, which filters may name) before the parameters are checked.
    const version = await this.ds.ready();
    const path: Record<string, string> = {};
    for (const p of route.pathParams) path[p.name] = p.check(decodeSegment(match.raw[p.name]), this.ds);
    const q = parseQuery(search, route.query, this.ds);
    const key = `${version} ${url}`;
    const useCache = this.options.cache !== false;
    const hit = useCache ? this.cache.get(key) : undefined;
    if (hit) return this.send(req, res, 200, hit.type, hit.body);
    const result: Result = await route.handler!({ ds: this.ds, q, path });
    const type = result.kind === 'json' ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8';
    const body = result.kind === 'json' ? safeJsonBytes(result.body) : Buffer.from(result.body);
    if (useCache && (result.status ?? 200) === 200) this.cache.set(key, { type, body });
    this.send(req, res, result.status ?? 200, type, body);
  }

  private asset(req: IncomingMessage, res: ServerResponse, name: string): void {
    const a = /^[\w.-]{1,64}$/.test(name) ? this.assets.get(name) : undefined;
    if (!a) throw new ApiError(404, 'not_found', `no such asset: ${name.slice(0, 64)}`);
    if (req.headers['if-none-match'] === a.etag) {
      res.writeHead(304, { ...SECURITY_HEADERS, ETag: a.etag });
      res.end();
      return;
    }
    this.send(req, res, 200, a.type, a.body, { ETag: a.etag, 'Cache-Control': 'public, max-age=300' });
  }

  private async ingest(req: IncomingMessage, res: ServerResponse, search: string): Promise<void> {
    if (search) parseQuery(search, [], this.ds);
    if (!this.options.allowIngest || !this.options.token) throw new ApiError(403, 'ingest_disabled', 'ingesting through the API is disabled (start the server with --allow-ingest --token TOKEN)');
    if (!tokenMatches(req.headers.authorization, this.options.token)) throw new ApiError(403, 'bad_token', 'missing or wrong bearer token (Authorization: Bearer TOKEN)');
    const format = formatOf(req.headers['content-type']);
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (declared > MAX_INGEST_BYTES) throw new ApiError(413, 'too_large', `the body is larger than ${MAX_INGEST_BYTES} bytes`);
    const body = await readBody(req, MAX_INGEST_BYTES);
    if (body.length === 0) throw new ApiError(400, 'empty_body', 'the request body is empty: send one article');
    const result = await ingestBody(this.ds.store, body, format);
    this.ds.invalidate();
    this.send(req, res, 201, 'application/json; charset=utf-8', safeJsonBytes(result));
  }
}

function decodeLoose(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}

function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) { reject(new ApiError(413, 'too_large', `the body is larger than ${max} bytes`)); req.pause(); return; }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Starts a server on an open store; resolves when it listens. */
export async function startServer(options: ServerOptions & { port?: number; host?: string }): Promise<{ server: ParleyServer; url: string; port: number }> {
  const server = new ParleyServer(options);
  const { url, port } = await server.listen(options.port ?? 0, options.host ?? '127.0.0.1');
  return { server, url, port };
}
