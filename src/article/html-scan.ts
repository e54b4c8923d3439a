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

/** Scan the tags of an HTML string in one left-to-right pass (each character is looked at O(1) times). */
export function scanTags(html: string, visit: (tag: Tag) => void): void {
  const lower = html.toLowerCase();
  const n = html.length;
  let pos = 0;
  while (pos < n) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) return;
    if (html.startsWith('<!--', lt)) {
      const e = html.indexOf('-->', lt + 4);
      if (e < 0) return;
      pos = e + 3;
      continue;
    }
    const c = html.charCodeAt(lt + 1);
    const closing = c === 47; // '/'
    const nameStart = closing ? lt + 2 : lt + 1;
    const first = html.charCodeAt(nameStart);
    const letter = (first >= 97 && first <= 122) || (first >= 65 && first <= 90);
    if (!letter && c !== 33 && c !== 63) {
      pos = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) return; // the rest is text
    if (!letter) {
      pos = gt + 1; // <!doctype>, <?xml?>, </ >
      continue;
    }
    let ne = nameStart;
    while (ne < gt && isNameChar(html.charCodeAt(ne))) ne++;
    const name = lower.slice(nameStart, ne);
    const selfClosing = html.charCodeAt(gt - 1) === 47;
    let rawEnd = -1;
    let next = gt + 1;
    if (!closing && !selfClosing && RAW_TEXT.has(name)) {
      const close = lower.indexOf(`</${name}`, gt + 1);
      rawEnd = close < 0 ? n : close;
      const closeGt = close < 0 ? -1 : html.indexOf('>', close);
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
    else if (BLOCKS.has(t.name)) body.push('</p><p>');
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
