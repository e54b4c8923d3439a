// A small linear-time tag scanner used to protect the DOM parser from pathological markup.
// linkedom's parser slows down quadratically with nesting depth (80,000 nested divs take seconds),
// so before parsing we estimate the nesting depth; a pathologically deep page is first flattened
// into shallow markup (block tags become <p>, other tags are dropped) and only then parsed.

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'command', 'basefont', 'bgsound', 'frame', 'image', 'isindex', 'nextid']);
/** Elements usually left unclosed (closed implicitly by the parser); not counted for depth. */
const AUTO_CLOSED = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'rb', 'rt', 'rp', 'colgroup', 'caption', 'html', 'head', 'body']);
/** Elements whose content is raw text (no tags inside). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'template', 'plaintext']);
const BLOCKS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'section', 'article',
  'main', 'figure', 'figcaption', 'table', 'tr', 'td', 'th', 'caption', 'pre', 'hr', 'address', 'details', 'summary', 'center',
]);
/** Elements dropped with their content when flattening. */
const DROP = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'iframe', 'noembed', 'noframes', 'xmp', 'svg', 'math', 'select', 'button', 'nav', 'header', 'footer', 'aside', 'form']);

export interface Tag {
  start: number; // index of '<'
  end: number; // index after '>'
  name: string; // lower-case
  closing: boolean;
  selfClosing: boolean;
  /** For raw-text elements: end of the element's content (index of its closing tag), else -1. */
  rawEnd: number;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58 || c === 95;
}

function codeUnits(html: string): Uint16Array {
  // Work on a typed array of UTF-16 code units: native indexOf, O(1) access, no string-representation
  // surprises (V8 cons/sliced strings made the string-based version pathologically slow at times).
  const buf = Buffer.from(html, 'utf16le');
  const units = new Uint16Array(html.length);
  for (let i = 0, j = 0; i < units.length; i++, j += 2) units[i] = buf[j] | (buf[j + 1] << 8);
  return units;
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Index of `</name` (ASCII case-insensitive) at or after `from`, or -1. */
function findClose(u: Uint16Array, name: string, from: number): number {
  const n = u.length;
  let i = from;
  for (;;) {
    i = u.indexOf(60, i);
    if (i < 0 || i + 1 + name.length >= n) return -1;
    if (u[i + 1] === 47) {
      let k = 0;
      while (k < name.length && lowerAscii(u[i + 2 + k]) === name.charCodeAt(k)) k++;
      if (k === name.length) return i;
    }
    i++;
  }
}

function startsWithAt(u: Uint16Array, at: number, lit: string): boolean {
  if (at + lit.length > u.length) return false;
  for (let k = 0; k < lit.length; k++) if (u[at + k] !== lit.charCodeAt(k)) return false;
  return true;
}

/** Index of the first `-->` at or after `from`, or -1. */
function findCommentEnd(u: Uint16Array, from: number): number {
  let i = from;
  for (;;) {
    i = u.indexOf(62, i); // '>'
    if (i < 0) return -1;
    if (i >= 2 && u[i - 1] === 45 && u[i - 2] === 45 && i - 2 >= from) return i - 2;
    i++;
  }
}

/** Scan the tags of an HTML string in one left-to-right pass (each character is looked at O(1) times). */
export function scanTags(html: string, visit: (tag: Tag) => void): void {
  const u = codeUnits(html);
  const n = u.length;
  let pos = 0;
  while (pos < n) {
    const lt = u.indexOf(60, pos); // '<'
    if (lt < 0) return;
    if (startsWithAt(u, lt, '<!--')) {
      const e = findCommentEnd(u, lt + 4);
      if (e < 0) return;
      pos = e + 3;
      continue;
    }
    const c = lt + 1 < n ? u[lt + 1] : 0;
    const closing = c === 47; // '/'
    const nameStart = closing ? lt + 2 : lt + 1;
    const first = nameStart < n ? u[nameStart] : 0;
    const letter = (first >= 97 && first <= 122) || (first >= 65 && first <= 90);
    if (!letter && c !== 33 && c !== 63) {
      pos = lt + 1;
      continue;
    }
    const gt = u.indexOf(62, lt + 1); // '>'
    if (gt < 0) return; // the rest is text
    if (!letter) {
      pos = gt + 1; // <!doctype>, <?xml?>, </ >
      continue;
    }
    let ne = nameStart;
    while (ne < gt && ne - nameStart < 64 && isNameChar(u[ne])) ne++;
    const name = html.slice(nameStart, ne).toLowerCase();
    const selfClosing = u[gt - 1] === 47;
    let rawEnd = -1;
    let next = gt + 1;
    if (!closing && !selfClosing && RAW_TEXT.has(name)) {
      const close = findClose(u, name, gt + 1);
      rawEnd = close < 0 ? n : close;
      const closeGt = close < 0 ? -1 : u.indexOf(62, close);
      next = closeGt < 0 ? n : closeGt + 1;
    }
    visit({ start: lt, end: gt + 1, name, closing, selfClosing, rawEnd });
    pos = next;
  }
}

/** Rough maximum element nesting depth (void and usually-unclosed elements are not counted). */
export function estimateDepth(html: string): number {
  let depth = 0;
  let max = 0;
  scanTags(html, (t) => {
    if (VOID.has(t.name) || AUTO_CLOSED.has(t.name) || t.selfClosing || t.rawEnd >= 0) return;
    if (t.closing) {
      if (depth > 0) depth--;
    } else if (++depth > max) max = depth;
  });
  return max;
}

/**
 * Rewrite HTML into shallow markup with the same text: <meta>, <link>, <title> and JSON-LD scripts
 * are kept, script/style/template/… are dropped with their content, block tags become paragraph
 * boundaries, <br> stays, every other tag is removed. Linear time; the result nests at most 2 deep.
 */
export function flattenHtml(html: string): string {
  const out: string[] = ['<!DOCTYPE html><html><head>'];
  const body: string[] = [];
  let pos = 0;
  let dropDepth = 0; // inside nav/header/… (non-raw elements dropped with content)
  scanTags(html, (t) => {
    if (dropDepth === 0 && t.start > pos) body.push(html.slice(pos, t.start));
    pos = t.rawEnd >= 0 ? Math.max(t.end, endAfter(html, t.rawEnd)) : t.end;
    if (t.name === 'meta' || t.name === 'link') {
      if (!t.closing) out.push(html.slice(t.start, t.end));
      return;
    }
    if (t.name === 'title' && !t.closing) {
      out.push('<title>', html.slice(t.end, t.rawEnd), '</title>');
      return;
    }
    if (t.name === 'script' && !t.closing) {
      const open = html.slice(t.start, t.end).toLowerCase();
      if (open.includes('ld+json')) out.push('<script type="application/ld+json">', html.slice(t.end, t.rawEnd), '</script>');
      return;
    }
    if (DROP.has(t.name) && t.rawEnd < 0 && !t.selfClosing) {
      dropDepth += t.closing ? (dropDepth > 0 ? -1 : 0) : 1;
      return;
    }
    if (dropDepth > 0) return;
    if (t.name === 'br') body.push('<br>');
    else if (BLOCKS.has(t.name) && body[body.length - 1] !== '</p><p>') body.push('</p><p>');
  });
  if (dropDepth === 0 && pos < html.length) body.push(html.slice(pos));
  return `${out.join('')}</head><body><p>${body.join('')}</p></body></html>`;
}

function endAfter(html: string, at: number): number {
  const gt = html.indexOf('>', at);
  return gt < 0 ? html.length : gt + 1;
}

/** Nesting depth above which a page is flattened before parsing. */
export const MAX_PARSE_DEPTH = 1500;
