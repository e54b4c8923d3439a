// Synthetic news articles for the benchmark: header block + paragraphs built from our own
// sentence templates (claims with parties, places, cue verbs, dates, attributions, and filler).
// Deterministic for a given seed, 2–6 KB each. Usage: node dist/bench/generate.js DIR [N] [SEED]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Small deterministic PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const PARTIES = {
  RUS: ['Russian President Vladimir Putin', 'Putin', 'the Kremlin', 'Kremlin spokesman Dmitry Peskov', 'Foreign Minister Sergei Lavrov', 'Moscow', 'Yuri Ushakov, a Kremlin aide'],
  UKR: ['Ukrainian President Volodymyr Zelensky', 'Zelensky', 'Kyiv', 'Foreign Minister Andrii Sybiha', 'Andriy Yermak, head of the presidential office', 'Ukraine'],
  USA: ['President Donald Trump', 'Trump', 'special envoy Steve Witkoff', 'Secretary of State Marco Rubio', 'the White House', 'Washington', 'Vice President JD Vance'],
  EUR: ['European leaders', 'the leaders of France, Germany and Britain'],
  EU: ['the European Commission', 'EU foreign policy chief Kaja Kallas'],
  TUR: ['Turkish President Recep Tayyip Erdogan', 'Ankara'],
  FRA: ['French President Emmanuel Macron', 'Paris'],
  GBR: ['British Prime Minister Keir Starmer', 'London'],
} as const;

const PLACES = ['Donetsk', 'Luhansk', 'Zaporizhzhia', 'Kherson', 'Crimea', 'Kharkiv', 'Sumy', 'the Donbas', 'Donbass', 'Zaporozhye', 'Lugansk', 'Sevastopol', 'Mykolaiv', 'Odesa', 'Kursk', 'Dnipropetrovsk', 'the four regions'];

const CLAIMS: Array<(p: { a: string; b: string; x: string; y: string; d: string }) => string> = [
  ({ a, b, x, d }) => `${a} demanded ${d} that ${b} withdraw its forces from ${x} as a condition for a ceasefire`,
  ({ a, x, y, d }) => `${a} ${d} insisted on keeping all of ${x} and ${y}`,
  ({ a, b, d }) => `${a} called on ${b} ${d} to accept an immediate and unconditional ceasefire`,
  ({ a, x, d }) => `${a} said ${d} that it would be willing to freeze the front line in ${x}`,
  ({ a, x, y }) => `${a} offered to withdraw from parts of ${x} in exchange for full control of ${y}`,
  ({ a, d }) => `${a} ${d} proposed a meeting of the two leaders in Istanbul`,
  ({ a, d }) => `${a} suggested ${d} that talks could be held in Geneva or Riyadh`,
  ({ a, b, d }) => `${a} ${d} welcomed the proposal from ${b} as a basis for negotiations`,
  ({ a, x, d }) => `${a} ruled out ${d} any recognition of Russian sovereignty over ${x}`,
  ({ a, d }) => `${a} rejected ${d} any deployment of foreign troops on Ukrainian soil`,
  ({ a, d }) => `${a} said ${d} that Ukraine will never join NATO`,
  ({ a, b, d }) => `${a} warned ${d} that ${b} would face new sanctions unless it agreed to a ceasefire`,
  ({ a, d }) => `${a} ${d} threatened to impose tariffs on buyers of Russian oil`,
  ({ a, d }) => `${a} is ready to exchange all prisoners of war, it said ${d}`,
  ({ a, d }) => `${a} demanded ${d} the return of thousands of deported children`,
  ({ a, d }) => `${a} insisted ${d} that the Ukrainian army be capped at 600,000 troops`,
  ({ a, d }) => `${a} ${d} called for security guarantees modelled on Article 5`,
  ({ a, d }) => `${a} said ${d} that elections must be held before any agreement is signed`,
  ({ a, d }) => `${a} ${d} demanded the lifting of sanctions on Russian banks`,
  ({ a, d }) => `${a} agreed ${d} to a 30-day halt to strikes on energy infrastructure`,
];

const DATES = ['on Friday', 'on Monday', 'last week', 'this week', 'on Tuesday evening', 'in April', 'earlier this month', 'in March', 'on 14 March', 'on August 15', 'yesterday', ''];

const ATTRIBUTIONS = [
  'according to three people familiar with the talks',
  'two senior officials told Reuters',
  'the Financial Times reported',
  'according to Bloomberg',
  'a source told the BBC',
  'four people with direct knowledge of the discussions said',
  'the Washington Post reported, citing officials',
  'according to a readout published by the Kremlin',
  '(AFP)',
  '',
];

const FILLER = [
  'Fighting continued along the front line, where Russian forces made incremental gains near Pokrovsk.',
  'The war, now in its fourth year, has killed tens of thousands of soldiers on both sides.',
  'Analysts said the statement was unlikely to change the calculations of either side.',
  'Officials did not say when the next round of talks might take place.',
  'The summit might occur next week, although no date has been set.',
  'Energy prices rose sharply after the announcement, with Brent crude up two percent.',
  'Diplomats in Brussels described the mood as cautious but not hopeless.',
  'Air raid sirens sounded across several regions overnight as drones targeted infrastructure.',
  'Commentators in Moscow said the Kremlin could not be trusted to keep its word, according to opposition media.',
  'The White House has not publicly commented on the latest proposals.',
  'Humanitarian organisations warned that another winter without reliable power would be devastating.',
  'Markets in Europe opened higher on hopes of a diplomatic breakthrough.',
  'The talks were held behind closed doors and lasted more than five hours.',
  'A spokesman for the ministry declined to comment on the reports.',
  'Satellite images showed new fortifications being built along the line of contact.',
];

const OUTLETS = [
  ['Financial Times', 'ft.com'], ['Reuters', 'reuters.com'], ['The Guardian', 'theguardian.com'], ['Kyiv Independent', 'kyivindependent.com'],
  ['Bloomberg', 'bloomberg.com'], ['Politico Europe', 'politico.eu'], ['BBC News', 'bbc.com'], ['Associated Press', 'apnews.com'],
] as const;

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function claimSentence(r: Rand): string {
  const actors = Object.keys(PARTIES) as Array<keyof typeof PARTIES>;
  const actor = pick(r, actors);
  let other = pick(r, actors);
  if (other === actor) other = actor === 'RUS' ? 'UKR' : 'RUS';
  const x = pick(r, PLACES);
  let y = pick(r, PLACES);
  if (y === x) y = 'Kharkiv';
  const d = pick(r, DATES);
  const core = pick(r, CLAIMS)({ a: pick(r, PARTIES[actor]), b: pick(r, PARTIES[other]), x, y, d }).replace(/\s+/g, ' ');
  const att = pick(r, ATTRIBUTIONS);
  return cap(att ? (att.startsWith('(') ? `${core} ${att}` : `${core}, ${att}`) : core) + '.';
}

function paragraph(r: Rand): string {
  const n = 2 + Math.floor(r() * 4);
  const sentences: string[] = [];
  for (let i = 0; i < n; i++) sentences.push(r() < 0.45 ? claimSentence(r) : pick(r, FILLER));
  return sentences.join(' ');
}

/** One article (header block + body) of at least `minBytes` and at most ~`maxBytes` bytes. */
export function article(r: Rand, index: number, minBytes = 2048, maxBytes = 6144): string {
  const [outlet, host] = pick(r, OUTLETS);
  const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(r() * 300) * 86400000).toISOString().slice(0, 10);
  const target = minBytes + Math.floor(r() * (maxBytes - minBytes - 600));
  const title = cap(claimSentence(r).replace(/\.$/, '').replace(/^(.{60,110}?)[ ,].*$/, '$1'));
  const header = `url: https://${host}/world/${day}/article-${index}\noutlet: ${outlet}\npublished: ${day}\ntitle: ${title}\n---\n`;
  const paragraphs: string[] = [];
  let size = Buffer.byteLength(header);
  while (size < target) {
    const p = paragraph(r);
    paragraphs.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return header + paragraphs.join('\n\n') + '\n';
}

export interface GeneratedSet {
  dir: string;
  files: number;
  bytes: number;
}

/** Writes `count` synthetic articles into `dir` (created if needed). */
export function generateArticles(dir: string, count: number, seed = 1): GeneratedSet {
  mkdirSync(dir, { recursive: true });
  const r = prng(seed);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = article(r, i);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `syn_${String(i).padStart(5, '0')}.txt`), text);
  }
  return { dir, files: count, bytes };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir, n = '100', seed = '1'] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write('usage: node dist/bench/generate.js DIR [N] [SEED]\n');
    process.exit(2);
  }
  const set = generateArticles(dir, Number(n), Number(seed));
  process.stdout.write(`${set.files} articles, ${(set.bytes / 1e6).toFixed(1)} MB in ${set.dir}\n`);
}
