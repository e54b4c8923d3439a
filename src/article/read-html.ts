// HTML pages: metadata from JSON-LD (wins), <meta>, <link rel=canonical>, <title>; main text via
// Readability, turned into plain text with block elements as paragraph breaks. linkedom and
// Readability are loaded on first use only (plain-text runs never pay for them). Scripts are never
// run; script/style/noscript/template never reach the text. Every traversal here is iterative, so
// deeply nested markup cannot overflow the stack.
import { createRequire } from 'node:module';
import type { ArticleMeta, Problem, ReadResult } from './types.js';
import { buildArticle, failed } from './build.js';
import { metaValue, problem, resolvePublished } from './problems.js';
import { safeUrl } from './url.js';
import { MAX_PARSE_DEPTH, estimateDepth, flattenHtml } from './html-scan.js';

export interface HtmlReadOptions {
  id: string;
  source: string;
  hash: string;
  /** Warnings from decoding, carried into the result. */
  warnings: Problem[];
}

interface ReadabilityLike {
  parse(): null | { content?: unknown; textContent?: string | null; title?: string | null };
}
interface Libs {
  parseHTML: (html: string) => { document: Document };
  Readability: new (doc: Document, opts?: Record<string, unknown>) => ReadabilityLike;
}

let libs: Libs | null = null;
function loadLibs(): Libs {
  if (libs) return libs;
  // Synchronous lazy load (both packages ship CommonJS builds), so readArticleString stays synchronous.
  const require = createRequire(import.meta.url);
  const linkedom = require('linkedom') as { parseHTML: Libs['parseHTML'] };
  const readability = require('@mozilla/readability') as { Readability: Libs['Readability'] };
  libs = { parseHTML: linkedom.parseHTML, Readability: readability.Readability };
  return libs;
}

/** Elements whose content is never text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'select', 'button', 'textarea', 'input', 'head', 'title', 'meta', 'link']);
/** Additionally skipped when falling back to the whole page body. */
const SKIP_CHROME = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu', 'dialog']);
const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'section', 'article',
  'main', 'header', 'footer', 'aside', 'nav', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'caption', 'pre', 'hr', 'address', 'details', 'summary', 'fieldset', 'form', 'center', 'body', 'html',
]);

const MAX_META = 1000;

function clip(s: string | null | undefined, max = MAX_META): string | null {
  if (s == null) return null;
  const v = s.replace(/\s+/g, ' ').trim();
  if (v === '') return null;
  return metaValue(v.length > max ? v.slice(0, max) : v);
}

/**
 * Plain text of a subtree: text nodes with whitespace collapsed, block elements as paragraph breaks
 * ("\n\n"), <br> as a line break. Iterative (explicit stack).
 */
export function htmlToText(root: Node, skipChrome = false): string {
  const out: string[] = [];
  let line = '';
  let pendingBreak = 0; // 0 none, 1 line, 2 paragraph
  const flushBreak = (kind: 1 | 2): void => {
    if (kind > pendingBreak) pendingBreak = kind;
  };
  const addText = (t: string): void => {
    const collapsed = t.replace(/[ \t\n\r\f\u200b]+/g, ' ');
    if (collapsed === '' ) return;
    if (pendingBreak > 0 && line.trim() !== '') {
      out.push(line.trim());
      out.push(pendingBreak === 2 ? '\n\n' : '\n');
      line = '';
    } else if (pendingBreak > 0) {
      line = '';
    }
    pendingBreak = 0;
    line += collapsed;
  };
  // Stack of [node, exiting]; children are pushed in reverse order.
  const stack: Array<[Node, boolean]> = [[root, false]];
  while (stack.length > 0) {
    const [node, exiting] = stack.pop() as [Node, boolean];
    if (node.nodeType === 3) {
      addText(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = node.nodeType === 1 ? (node as Element).localName?.toLowerCase() ?? '' : '';
    if (exiting) {
      if (BLOCK.has(tag)) flushBreak(2);
      continue;
    }
    if (SKIP.has(tag) || (skipChrome && SKIP_CHROME.has(tag))) continue;
    if (tag === 'br') {
      flushBreak(1);
      continue;
    }
    if (BLOCK.has(tag)) flushBreak(2);
    stack.push([node, true]);
    const kids: Node[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) kids.push(c);
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], false]);
  }
  if (line.trim() !== '') out.push(line.trim());
  // Drop a trailing break marker.
  while (out.length > 0 && (out[out.length - 1] === '\n' || out[out.length - 1] === '\n\n')) out.pop();
  // Trim spaces next to breaks inside lines.
  return out.join('').replace(/ ?\n ?/g, '\n');
}

// ---------------------------------------------------------------------------------------------
// Metadata

const ARTICLE_TYPES = new Set(['newsarticle', 'article', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle', 'backgroundnewsarticle', 'reviewnewsarticle', 'blogposting', 'liveblogposting', 'report', 'socialmediaposting']);

type Json = Record<string, unknown>;

function typesOf(o: Json): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t.toLowerCase()];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
  return [];
}

function jsonString(v: unknown): string | null {
  if (typeof v === 'string') return clip(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = jsonString(x);
      if (s) return s;
    }
  }
  return null;
}

interface LdMeta { outlet: string | null; published: string | null; title: string | null; url: string | null }

/** Collect all JSON objects of a JSON-LD value (arrays, @graph, nesting), iteratively and bounded. */
function ldObjects(root: unknown): Json[] {
  const out: Json[] = [];
  const stack: Array<[unknown, number]> = [[root, 0]];
  let budget = 20000;
  while (stack.length > 0 && budget-- > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (depth > 12 || v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], depth + 1]);
      continue;
    }
    const o = v as Json;
    out.push(o);
    for (const k of ['@graph', 'mainEntity', 'itemListElement']) if (k in o) stack.push([o[k], depth + 1]);
  }
  return out;
}

function ldFromScripts(doc: Document): LdMeta | null {
  const scripts = doc.querySelectorAll('script');
  const objects: Json[] = [];
  for (const s of Array.from(scripts)) {
    const type = (s.getAttribute('type') ?? '').toLowerCase().trim();
    if (type !== 'application/ld+json') continue;
    const text = s.textContent ?? '';
    if (text.length > 2_000_000) continue;
    try {
      // Some sites wrap JSON-LD in HTML comments or CDATA.
      const cleaned = text.replace(/^\s*(?:<!--|\/\/<!\[CDATA\[|<!\[CDATA\[)/, '').replace(/(?:-->|\/\/\]\]>|\]\]>)\s*$/, '');
      for (const o of ldObjects(JSON.parse(cleaned))) objects.push(o);
    } catch {
      // Broken JSON-LD is ignored; <meta> tags still apply.
    }
  }
  if (objects.length === 0) return null;
  const byId = new Map<string, Json>();
  for (const o of objects) if (typeof o['@id'] === 'string') byId.set(o['@id'] as string, o);
  const resolve = (v: unknown): unknown => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const id = (v as Json)['@id'];
      const keys = Object.keys(v as Json);
      if (typeof id === 'string' && keys.length === 1 && byId.has(id)) return byId.get(id);
    }
    if (Array.isArray(v)) return v.length > 0 ? resolve(v[0]) : null;
    return v;
  };
  const article = objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.has(t)));
  if (!article) return null;
  const pub = resolve(article.publisher);
  let outlet: string | null = null;
  if (typeof pub === 'string') outlet = clip(pub);
  else if (pub && typeof pub === 'object') outlet = jsonString((pub as Json).name);
  const mep = resolve(article.mainEntityOfPage);
  let url = jsonString(article.url);
  if (!url && typeof mep === 'string') url = clip(mep);
  if (!url && mep && typeof mep === 'object') url = jsonString((mep as Json)['@id']) ?? jsonString((mep as Json).url);
  return {
    outlet,
    published: jsonString(article.datePublished) ?? jsonString(article.dateCreated),
    title: jsonString(article.headline) ?? jsonString(article.name),
    url,
  };
}

function metaTags(doc: Document): Map<string, string> {
  const m = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase().trim();
    const content = el.getAttribute('content');
    if (!key || content == null || key.length > 100) continue;
    const v = clip(content);
    if (v !== null && !m.has(key)) m.set(key, v);
  }
  return m;
}

function pick(m: Map<string, string>, keys: string[]): string | null {
  for (const k of keys) {
    const v = m.get(k);
    if (v) return v;
  }
  return null;
}

function isUrlLike(s: string): boolean {
  return /^(?:https?:)?\/\//i.test(s);
}

function extractMeta(doc: Document, source: string): { meta: ArticleMeta; rawPublished: string | null } {
  const tags = metaTags(doc);
  const ld = ldFromScripts(doc);
  let canonical: string | null = null;
  for (const l of Array.from(doc.querySelectorAll('link'))) {
    const rel = (l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('canonical')) {
      canonical = clip(l.getAttribute('href'));
      if (canonical) break;
    }
  }
  const base = /^https?:\/\//i.test(source) ? source : null;
  const urlCandidates = [ld?.url ?? null, canonical, pick(tags, ['og:url', 'twitter:url', 'dc.identifier']), base];
  let url: string | null = null;
  for (const c of urlCandidates) {
    url = safeUrl(c, base);
    if (url) break;
  }
  let outletMeta = pick(tags, ['og:site_name', 'application-name', 'publisher', 'dc.publisher', 'article:publisher', 'cre', 'twitter:site']);
  if (outletMeta && isUrlLike(outletMeta)) outletMeta = null;
  if (outletMeta && outletMeta.startsWith('@')) outletMeta = outletMeta.slice(1);
  const titleEl = doc.querySelector('title');
  const title = ld?.title ?? pick(tags, ['og:title', 'twitter:title', 'dc.title', 'headline', 'title']) ?? clip(titleEl?.textContent ?? null);
  const rawPublished = ld?.published ?? pick(tags, [
    'article:published_time', 'og:article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date',
    'publication_date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published',
  ]) ?? timeElement(doc);
  const lang = clip(doc.documentElement?.getAttribute('lang') ?? null, 20);
  const meta: ArticleMeta = { url, outlet: ld?.outlet ?? outletMeta, published: null, title };
  if (lang) meta.lang = lang;
  return { meta, rawPublished };
}

function timeElement(doc: Document): string | null {
  const t = doc.querySelector('time[datetime][pubdate], article time[datetime]');
  return t ? clip(t.getAttribute('datetime')) : null;
}

// ---------------------------------------------------------------------------------------------

/**
 * Readability's cost grows quadratically with nesting depth (2,500 nested divs take half a minute,
 * 10,000 overflow its recursion) and steeply with attribute count, so it only runs on documents within
 * these bounds; anything else goes straight to the (iterative, linear) whole-body text.
 */
const MAX_ELEMS = 30_000;
const MAX_DEPTH = 128;
const MAX_ATTRS = 50_000;

/** true when the document is small and shallow enough for Readability. Iterative, O(nodes). */
export function withinReadabilityBounds(doc: Document): boolean {
  const root = doc.documentElement as Node | null;
  if (!root) return false;
  let elems = 0;
  let attrs = 0;
  const stack: Array<[Node, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [Node, number];
    if (node.nodeType !== 1) continue;
    elems++;
    attrs += (node as Element).attributes?.length ?? 0;
    if (depth > MAX_DEPTH || elems > MAX_ELEMS || attrs > MAX_ATTRS) return false;
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) stack.push([c, depth + 1]);
  }
  return true;
}

function mainText(html: string, source: string, document: Document | null): { text: string; warnings: Problem[] } {
  const { parseHTML, Readability } = loadLibs();
  const warnings: Problem[] = [];
  let mutated = false;
  try {
    if (document && withinReadabilityBounds(document)) {
      mutated = true;
      const parsed = new Readability(document, { maxElemsToParse: MAX_ELEMS, serializer: (n: Node) => n }).parse();
      const content = parsed?.content as Node | null | undefined;
      if (content && typeof content === 'object') {
        const text = htmlToText(content);
        if (text.trim().length > 0) return { text, warnings };
      }
    }
  } catch {
    // Fall through to the whole body.
  }
  // Readability was skipped, found nothing or failed: the page body minus navigation chrome.
  const doc = document && !mutated ? document : parseHTML(html).document;
  const root = (doc.body as Node | null) ?? (doc.documentElement as Node | null) ?? doc;
  const text = htmlToText(root, true);
  warnings.push(problem(source, 'unreadable', 'main text could not be isolated; using all text of the page body', false));
  return { text, warnings };
}

/** Read one HTML page (already decoded). */
export function readHtml(input: string, o: HtmlReadOptions): ReadResult {
  const warnings = [...o.warnings];
  let html = input;
  try {
    if (estimateDepth(html) > MAX_PARSE_DEPTH) {
      html = flattenHtml(html);
      warnings.push(problem(o.source, 'unreadable', `markup is nested more than ${MAX_PARSE_DEPTH} levels deep; page structure was flattened`, false));
    }
  } catch {
    // keep the input as is
  }
  let meta: ArticleMeta;
  let rawPublished: string | null;
  let text: string;
  let document: Document | null = null;
  try {
    const { parseHTML } = loadLibs();
    document = parseHTML(html).document;
    if (!document) throw new Error('no document');
    ({ meta, rawPublished } = extractMeta(document, o.source));
  } catch {
    meta = { url: null, outlet: null, published: null, title: null };
    rawPublished = null;
    warnings.push(problem(o.source, 'unreadable', 'page metadata could not be read', false));
  }
  try {
    const r = mainText(html, o.source, document);
    text = r.text;
    warnings.push(...r.warnings);
  } catch (err) {
    const why = err instanceof RangeError ? 'markup too deeply nested or too large' : 'the page could not be parsed';
    return failed(problem(o.source, 'unreadable', `is unreadable HTML (${why})`, true), warnings);
  }
  const { published, warning } = resolvePublished(o.source, rawPublished);
  meta.published = published;
  if (warning) {
    if (rawPublished === null) warning.message = `${o.source}: published date is missing; relative dates will not be resolved`;
    warnings.push(warning);
  }
  return buildArticle({ id: o.id, source: o.source, format: 'html', meta, rawBody: text, hash: o.hash, warnings });
}
