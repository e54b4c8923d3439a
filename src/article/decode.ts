// Bytes → text: empty/binary checks, strict UTF-8 (with the offset of the first bad byte),
// BOM handling, and charset sniffing for HTML.
import type { Problem } from './types.js';
import { problem } from './problems.js';

const SNIFF_BYTES = 8192;

export type Decoded = { ok: true; text: string; encoding: string; warnings: Problem[] } | { ok: false; problem: Problem };

function bomEncoding(buf: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | null {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** 'empty' for 0 bytes, 'binary' for NUL bytes or >10% control characters in the first 8 KB. */
export function checkBytes(buf: Uint8Array, source: string): Problem | null {
  if (buf.length === 0) return problem(source, 'empty', 'is empty (0 bytes)', true);
  const bom = bomEncoding(buf);
  if (bom && bom.encoding !== 'utf-8') return null; // UTF-16: checked after decoding
  const n = Math.min(buf.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return problem(source, 'binary', `looks like a binary file (NUL byte at offset ${i}), not an article`, true);
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) || b === 0x7f) control++;
  }
  if (control > n * 0.1) {
    return problem(source, 'binary', `looks like a binary file (${control} control characters in the first ${n} bytes), not an article`, true);
  }
  return null;
}

/** Byte offset of the first invalid UTF-8 sequence, or -1 when the buffer is valid UTF-8. */
export function findInvalidUtf8(buf: Uint8Array): number {
  const n = buf.length;
  let i = 0;
  while (i < n) {
    const b = buf[i];
    if (b < 0x80) { i++; continue; }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return i;
      const c = buf[i + k];
      if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

function hex(buf: Uint8Array, at: number): string {
  const out: string[] = [];
  for (let i = at; i < Math.min(buf.length, at + 4); i++) out.push(`0x${buf[i].toString(16).toUpperCase().padStart(2, '0')}`);
  return out.join(' ');
}

function whitespaceOnly(text: string): boolean {
  return !/\S/.test(text.replace(/[\u200b\ufeff]/g, ''));
}

function afterDecode(text: string, source: string, encoding: string, warnings: Problem[] = []): Decoded {
  if (whitespaceOnly(text)) return { ok: false, problem: problem(source, 'empty', 'contains only whitespace', true) };
  if (encoding.startsWith('utf-16')) {
    const head = text.slice(0, SNIFF_BYTES);
    // eslint-disable-next-line no-control-regex
    const ctrl = (head.match(/[\u0000-\u0008\u000e-\u001a\u001c-\u001f\u007f]/g) ?? []).length;
    if (head.includes('\u0000') || ctrl > head.length * 0.1) {
      return { ok: false, problem: problem(source, 'binary', `looks like a binary file (control characters after ${encoding} decoding), not an article`, true) };
    }
  }
  return { ok: true, text, encoding, warnings };
}

/** Decode a text/JSON file: UTF-8 (BOM stripped) or UTF-16 with a BOM; invalid UTF-8 is fatal. */
export function decodeStrict(buf: Uint8Array, source: string): Decoded {
  const bom = bomEncoding(buf);
  if (bom && bom.encoding !== 'utf-8') {
    const text = new TextDecoder(bom.encoding).decode(buf.subarray(bom.length));
    return afterDecode(text, source, bom.encoding);
  }
  const body = bom ? buf.subarray(bom.length) : buf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return afterDecode(text, source, 'utf-8');
  } catch {
    const at = findInvalidUtf8(body) + (bom ? bom.length : 0);
    return {
      ok: false,
      problem: problem(source, 'encoding', `is not valid UTF-8: bad byte sequence at byte offset ${at} (${hex(buf, at)}); save it as UTF-8`, true),
    };
  }
}

/** Map a charset label to one TextDecoder knows, or null. */
export function normaliseCharset(label: string): string | null {
  const l = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (l === '') return null;
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null;
  }
}

/** Charset declared in the first bytes of an HTML document (<meta charset>, http-equiv, XML declaration). */
export function sniffHtmlCharset(buf: Uint8Array): string | null {
  const head = Buffer.from(buf.buffer, buf.byteOffset, Math.min(buf.length, 4096)).toString('latin1');
  const m =
    /<meta[^>]{0,200}?charset\s{0,5}=\s{0,5}["']?\s{0,5}([A-Za-z0-9_:.+-]{1,40})/i.exec(head) ??
    /<\?xml[^>]{0,100}?encoding\s{0,3}=\s{0,3}["']([A-Za-z0-9_:.+-]{1,40})/i.exec(head);
  return m ? m[1] : null;
}

/**
 * Decode an HTML page: BOM, then a declared charset, then UTF-8 if valid, else windows-1252 (with a
 * warning). Never fatal for encoding reasons (bad bytes become U+FFFD), except for empty/binary input.
 */
export function decodeHtml(buf: Uint8Array, source: string, declared?: string | null): Decoded {
  const bom = bomEncoding(buf);
  if (bom) return afterDecode(new TextDecoder(bom.encoding).decode(buf.subarray(bom.length)), source, bom.encoding);
  const warnings: Problem[] = [];
  const label = declared ?? sniffHtmlCharset(buf);
  let enc = label ? normaliseCharset(label) : null;
  if (label && !enc) warnings.push(problem(source, 'encoding', `declares unknown charset '${label.slice(0, 40)}'; decoded as UTF-8`, false));
  // A page that says utf-16 in a <meta> but has no BOM is really ASCII-compatible (the meta was readable).
  if (enc && enc.startsWith('utf-16')) enc = 'utf-8';
  if (enc && enc !== 'utf-8') return afterDecode(new TextDecoder(enc).decode(buf), source, enc, warnings);
  try {
    return afterDecode(new TextDecoder('utf-8', { fatal: true }).decode(buf), source, 'utf-8', warnings);
  } catch {
    if (enc === 'utf-8') {
      const at = findInvalidUtf8(buf);
      warnings.push(problem(source, 'encoding', `declares UTF-8 but has invalid bytes (first at byte offset ${at}); they were replaced`, false));
      return afterDecode(new TextDecoder('utf-8').decode(buf), source, 'utf-8', warnings);
    }
    warnings.push(problem(source, 'encoding', 'declares no charset and is not valid UTF-8; decoded as windows-1252', false));
    return afterDecode(new TextDecoder('windows-1252').decode(buf), source, 'windows-1252', warnings);
  }
}
