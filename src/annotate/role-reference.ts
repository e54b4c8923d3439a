// "The Secretary-General has proposed …" refers back to the last person introduced with that role, even a few
// sentences further back than other pronouns look and when the role only stood before the name (issue 7).
import type { Token } from './tokenize.js';
import type { ActorMention } from './mentions.js';
import { defineRule } from '../extract/rules/registry.js';

export const roleBeforeName = defineRule({
  id: 'discourse/role-before-name', stage: 'discourse',
  reason: '"… a meeting between Secretary-General António Guterres and President Putin … The Secretary-General has proposed …": a definite role refers to the last mention, up to eight sentences back and in any position (an object, a possessor), that carries the role word, in its own words or in the title right before a name ("Secretary-General António Guterres"); not when the article gave that role to another party too.',
});

/** How many sentences back a definite role looks for the mention that carries its role word. */
const ROLE_LOOKBACK = 8;

/**
 * Whether the role word `head` is in the title right before `m` (at most three words, a hyphen inside). A title is
 * capitalised words ("Secretary-General António Guterres", "Prime Minister Nikol Pashinyan") or ends in the role word
 * ("the prime minister Nikol Pashinyan"), with "of" inside ("Foreign Minister of Armenia Ararat Mirzoyan"): another
 * lower-case word ends it, so that in "The Prime Minister spoke to President Aliyev" Aliyev has no "minister" in his
 * title (discourse/role-before-name).
 */
export function titledWith(tokens: Token[], m: ActorMention, head: string): boolean {
  for (let j = m.start - 1; j >= Math.max(0, m.start - 4); j--) {
    const t = tokens[j];
    if (t.lower === head) return true;
    if (!t.word && t.text !== '-') return false;
    if (t.word && !t.cap && t.lower !== 'of') return false;
  }
  return false;
}

const carries = (tokens: Token[], m: ActorMention, head: string): boolean => {
  if (m.kind === 'pronoun' || !m.codes.length) return false;
  for (let x = m.start; x < m.end; x++) if (tokens[x].lower === head) return true;
  return m.kind === 'person' && titledWith(tokens, m, head);
};

/**
 * Per role word, over one article's mentions in order: the index of the last mention at or before each index that
 * carries the word (-1 if none), and whether the mentions carrying it up to there name more than one party. Built
 * once per article and word: a scan back to the article's start for every definite role made long articles that
 * repeat "the president" quadratic (issue 10).
 */
interface RoleIndex { last: Int32Array; mixed: Uint8Array }
const roleIndexes = new WeakMap<ActorMention[], Map<string, RoleIndex>>();

function roleIndex(actors: ActorMention[], tokens: Token[], head: string): RoleIndex {
  let byHead = roleIndexes.get(actors);
  if (!byHead) { byHead = new Map(); roleIndexes.set(actors, byHead); }
  let idx = byHead.get(head);
  if (idx) return idx;
  const last = new Int32Array(actors.length), mixed = new Uint8Array(actors.length);
  let lastAt = -1, first: string | null = null, many = 0;
  for (let j = 0; j < actors.length; j++) {
    const m = actors[j];
    if (carries(tokens, m, head)) {
      lastAt = j;
      const codes = m.codes.join();
      if (first === null) first = codes;
      else if (codes !== first) many = 1;
    }
    last[j] = lastAt;
    mixed[j] = many;
  }
  idx = { last, mixed };
  byHead.set(head, idx);
  return idx;
}

/**
 * The last non-pronoun mention with a party, before index `k`, that carries `head`, up to ROLE_LOOKBACK sentences
 * back; undefined if none, or if the article gave that role to another party before ("U.S. President Donald Trump
 * … Russian President Vladimir Putin … the president": ambiguous, so nobody).
 */
export function lastWithRole(actors: ActorMention[], k: number, tokens: Token[], head: string, sentence: number): ActorMention | undefined {
  if (k <= 0) return undefined;
  const { last, mixed } = roleIndex(actors, tokens, head);
  const at = last[k - 1];
  if (at < 0) return undefined;
  const found = actors[at];
  if (found.sentence < sentence - ROLE_LOOKBACK) return undefined;
  // (Another party carrying the word before it — or among the mentions up to it — makes the role ambiguous.)
  return mixed[at] ? undefined : found;
}

export const knownOffice = defineRule({
  id: 'discourse/known-office', stage: 'discourse',
  reason: '"Albin Kurti met foreign ambassadors in Pristina. \'Our tariffs stay,\' the prime minister said": a definite person role that no mention in the text carries refers to the last person named, up to eight sentences back, whose office in the lexicon (people.json \'role\', its first part) opens with the role ("Prime Minister of Kosovo"), or has it after one word that is not of rules.json \'notAfter\' ("Kremlin spokesman"; not "Vice President" for "the president"); nobody when people of two parties hold such an office there.',
});

/** The office the lexicon gives each person mention (its first part, lower-case words), set as mentions are made. */
const offices = new WeakMap<ActorMention, string[]>();

/** The lower-case words of a lexicon office ("Prime Minister of Kosovo (from 2021); …": only the first part), else undefined. */
export function officeWords(role: string | undefined): string[] | undefined {
  if (!role) return undefined;
  return role.split(/[;(]/)[0].toLowerCase().split(/[^a-z-]+/).filter(Boolean);
}

/** Note the lexicon's office words of the person mention `m` (officeWords). */
export function noteOffice(m: ActorMention, office: string[] | undefined): void {
  if (office) offices.set(m, office);
}

/** Whether the office words `words` open with `phrase`'s words, or have them after one word not in `notAfter`. */
function officeHas(words: string[], phrase: string[], notAfter: ReadonlySet<string>): boolean {
  const at = (i: number) => phrase.every((w, k) => words[i + k] === w);
  return at(0) || (words.length > phrase.length && !notAfter.has(words[0]) && at(1));
}

/**
 * The last person mention before index `k`, up to ROLE_LOOKBACK sentences back, whose lexicon office has the role
 * `role` ("prime minister"); undefined if none, or if people of two parties hold such an office there
 * (discourse/known-office).
 */
export function lastWithOffice(actors: ActorMention[], k: number, role: string, sentence: number, notAfter: ReadonlySet<string>, after = 0): ActorMention | undefined {
  const phrase = role.toLowerCase().split(/[^a-z-]+/).filter(Boolean);
  if (!phrase.length) return undefined;
  let found: ActorMention | undefined;
  // (`after`: only mentions from that token on, the people named since an earlier holder, discourse/later-office-holder.)
  for (let j = k - 1; j >= 0 && actors[j].sentence >= sentence - ROLE_LOOKBACK && actors[j].start >= after; j--) {
    const m = actors[j];
    const words = offices.get(m);
    if (!words || !m.codes.length || !officeHas(words, phrase, notAfter)) continue;
    if (!found) found = m;
    else if (found.codes.join() !== m.codes.join()) return undefined;
  }
  return found;
}
