// The one escaping helper of the web app. Every value that reaches HTML goes through `esc` (text and
// quoted-attribute contexts alike), usually implicitly via the `html` tagged template, which escapes
// every interpolation that is not already SafeHtml. Article text and metadata are hostile input.

/** A fragment of markup that is already safe (built by `html` or `raw` from trusted constants). */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;', '=': '&#61;' };

const NON_ASCII = /[^\x00-\x7f]/;
const WIDE_ALL = /[^\x00-\xff]/gu;

/**
 * Characters beyond Latin-1 as numeric character references ("→" → "&#8594;"), in a one-byte string.
 * The page reads the same, and its markup stays one-byte: V8 (Node 20) joins and copies two-byte strings
 * tens of times slower, so a single arrow in a timeline cost about 1 ms per join of its parts. A string
 * with any non-ASCII character is rebuilt from Latin-1 bytes, since V8 keeps slices and replacements of
 * a two-byte string two-byte even when what is left fits in one byte per character.
 */
export function narrow(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  return Buffer.from(s.replace(WIDE_ALL, (c) => `&#${c.codePointAt(0)};`), 'latin1').toString('latin1');
}

/** Escapes text for HTML text and quoted attribute values (both contexts; attributes are always quoted). */
export function esc(value: unknown): string {
  if (value == null) return '';
  return narrow(String(value).replace(/[&<>"'`=]/g, (c) => ESCAPES[c]));
}

type Interp = SafeHtml | string | number | boolean | null | undefined | Interp[];

function render(v: Interp): string {
  if (v == null || v === false) return '';
  if (v instanceof SafeHtml) return v.value;
  if (Array.isArray(v)) return v.map(render).join('');
  return esc(v);
}

/** Tagged template: literal parts are trusted markup, every interpolation is escaped unless SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: Interp[]): SafeHtml {
  let lit = literals.get(strings);
  if (!lit) { lit = strings.map(narrow); literals.set(strings, lit); }
  let out = lit[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + lit[i + 1];
  return new SafeHtml(out);
}

/** The literal parts of each template, narrowed once (a template's strings array is the same object at every call). */
const literals = new WeakMap<TemplateStringsArray, string[]>();

/** Marks a trusted constant string as markup (never use on data). */
export function raw(trusted: string): SafeHtml {
  return new SafeHtml(trusted);
}

export function join(parts: Interp[], sep: SafeHtml | string = ''): SafeHtml {
  return new SafeHtml(parts.map(render).join(render(sep)));
}

/**
 * An external URL that may be rendered as a link: only absolute http(s) URLs without credentials;
 * anything else (javascript:, data:, vbscript:, relative, malformed) gives null.
 */
export function safeExternalUrl(url: string | null | undefined): string | null {
  if (!url || typeof url !== 'string' || url.length > 2048) return null;
  if (/[\u0000-\u001f\u007f\s]/.test(url.trim())) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username || parsed.password) return null;
  return parsed.href;
}

/** An internal path with query parameters (values encoded; empty values dropped). */
export function href(path: string, query: Record<string, string | number | null | undefined> = {}): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}

/** Path segment encoding for ids and codes in internal links. */
export const seg = (s: string | number) => encodeURIComponent(String(s));
