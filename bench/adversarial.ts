// Adversarial article shapes: one absurdly long "sentence" built by repeating a short unit, the
// inputs that made extraction superlinear (issue 10). The bench times them at 1, 2 and 5 MiB; a
// test checks that 5 MiB of each finishes within a generous bound. Our own text, no corpus words.

/** Each shape is a unit repeated to the wanted size; none contains a sentence-ending full stop. */
export const ADVERSARIAL_SHAPES = {
  /** A stance cue over and over: every word a trigger in one sentence. */
  'cue words': 'Russia demanded ',
  /** One endless list: items, places and parties separated by commas. */
  commas: 'Kyiv offered Donetsk, Luhansk, a ceasefire, Moscow, ',
  /** Quotes that open and close (and a stray opener) inside one sentence. */
  quotes: '“we demand Crimea,” said Putin, “and ',
  /** Parentheses nested ever deeper, never closed. */
  parentheses: '(Ukraine rejected (the proposal for Kherson ',
  /** Ordinary clauses with no full stop, so the whole article is one sentence. */
  'no full stops': 'Ukraine proposed talks in Istanbul and Russia refused to withdraw from Zaporizhzhia while the United States urged a truce and ',
} as const;

/**
 * More shapes the tests also run (issue 10's probe list): each once made some scan superlinear or
 * the claims pile up: capitalised words (the object-marker look-back), distinct dated claims
 * (merging), conditions ("if" linking), and dense short sentences on one line or one per line.
 */
export const PROBE_SHAPES = {
  capitals: 'Russia Ukraine Kremlin Moscow Kyiv Putin Zelensky ',
  dates: 'Russia demanded Crimea on 3 March 2023, Ukraine offered talks on 5 May 2024, ',
  conditions: 'Russia would accept a ceasefire if Ukraine withdrew from Kherson, ',
  'short sentences': 'Moscow and Kyiv offered Donetsk, Luhansk and a ceasefire. ',
  'one per line': 'Moscow and Kyiv offered Donetsk, Luhansk and a ceasefire.\n',
  /** Partial places after the place ("X up to the city of Y"): the look-back for the place. */
  'up to': 'Russia demanded the the Donetsk region up to the city of Kramatorsk, ',
  /** Definite roles ("the president", "the Secretary-General") far from a name: the look-back for the role. */
  'definite roles': 'Russian President Vladimir Putin spoke.\n' + 'The president proposed talks with Kyiv. The Secretary-General called for a truce.\n'.repeat(4),
} as const;

export type AdversarialShape = keyof typeof ADVERSARIAL_SHAPES | keyof typeof PROBE_SHAPES;

/** A plain-text article (header block, then the body) of about `bytes` bytes of the given shape. */
export function adversarialArticle(shape: AdversarialShape, bytes: number): string {
  const header = 'url: https://example.org/adversarial\noutlet: Reuters\npublished: 2025-03-01\ntitle: Adversarial input\n---\n';
  const unit = shape in ADVERSARIAL_SHAPES ? ADVERSARIAL_SHAPES[shape as keyof typeof ADVERSARIAL_SHAPES] : PROBE_SHAPES[shape as keyof typeof PROBE_SHAPES];
  const unitBytes = Buffer.byteLength(unit);
  // The header, the repeated unit and the final line break fit in `bytes`.
  const n = Math.max(1, Math.floor((bytes - Buffer.byteLength(header) - 1) / unitBytes));
  return header + unit.repeat(n) + '\n';
}

export const MIB = 1024 * 1024;

export interface AdversarialFigures {
  shape: AdversarialShape;
  bytes: number;
  /** CPU (user + system) and wall ms of reading and extracting the one article, after a warm-up. */
  cpuMs: number;
  wallMs: number;
  claims: number;
}

/** Reads and extracts one adversarial article in this process; a small article first warms up the lexicon. */
export async function measureAdversarial(shape: AdversarialShape, bytes: number): Promise<AdversarialFigures> {
  const { readArticleString } = await import('../src/article/index.js');
  const { extract } = await import('../src/extract/index.js');
  const warm = readArticleString('published: 2025-03-01\n---\nRussia demanded a ceasefire.\n', { source: 'warm-up.txt' })[0];
  if (warm?.article) extract(warm.article);
  const text = adversarialArticle(shape, bytes);
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  let claims = 0;
  for (const r of readArticleString(text, { source: 'adversarial.txt' })) if (r.article) claims += extract(r.article).length;
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { shape, bytes: Buffer.byteLength(text), cpuMs: (used.user + used.system) / 1000, wallMs, claims };
}
