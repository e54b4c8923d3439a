// A party named again by a descriptive epithet (issue 7, referent resolution): wire copy avoids repeating a name,
// so after "Saudi Arabia hosted the talks in Jeddah" the next sentence says "The kingdom has offered to host future
// rounds"; after "Hungary blocked the package", "The Central European country demanded an exemption"; after "EU
// leaders met in Brussels", "The bloc proposed new sanctions". The epithet refers back to the last party named,
// within a few sentences, that it can describe: a kingdom, a Gulf state, an Alpine country, the bloc (the EU), the
// alliance (NATO), the world body (the UN). Each epithet lists the parties it can describe (rules.json
// discourse/epithets: 'phrases:KEY' after "the", 'members:KEY'); with no such party named before it, it stays
// unresolved and holds nothing. Not "the country" or "the nation" alone: those name whatever country the
// article is about as often as the party named last.
import type { Token } from './tokenize.js';
import type { LexiconIndex } from './lexicon-index.js';
import type { ActorMention } from './mentions.js';
import { defineRule } from '../extract/rules/registry.js';

export const epithets = defineRule({
  id: 'discourse/epithets', stage: 'discourse',
  reason: '"Saudi Arabia hosted the talks. The kingdom has offered to host future rounds", "Hungary blocked the package. The Central European country demanded an exemption", "The bloc proposed new sanctions": a definite epithet ("the" + a phrase of rules.json \'phrases:KEY\') refers back to the last party named within six sentences whose code is among the epithet\'s \'members:KEY\'; with none it holds nothing.',
});

/** The pronoun word an epithet mention carries, followed by its key, so the resolver knows what it may describe. */
export const EPITHET_PRONOUN = 'the-epithet:';

/** How many sentences back an epithet looks for the party it describes. */
const EPITHET_LOOKBACK = 6;

/** The longest epithet phrase, in tokens (a hyphen is a token of its own: "27 - member bloc"). */
const MAX_TOKENS = 6;

/** Lower-cased text of tokens [from, to), a hyphen joined to its neighbours ("27-member bloc"). */
function phraseText(tokens: Token[], from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (k > from && t.text !== '-' && tokens[k - 1].text !== '-') s += ' ';
    s += t.lower;
  }
  return s;
}

/** Every epithet phrase with its key, and the words epithet phrases end with, built once per lexicon index. */
interface EpithetTable { keyOf: Map<string, string>; lastWords: Set<string> }
const tables = new WeakMap<LexiconIndex, EpithetTable>();
function tableOf(index: LexiconIndex): EpithetTable {
  let table = tables.get(index);
  if (!table) {
    table = { keyOf: new Map(), lastWords: new Set() };
    for (const key of index.words(epithets.id, 'keys')) {
      for (const phrase of index.words(epithets.id, `phrases:${key}`)) {
        if (!table.keyOf.has(phrase)) table.keyOf.set(phrase, key);
        table.lastWords.add(phrase.split(/[\s-]+/).pop()!);
      }
    }
    tables.set(index, table);
  }
  return table;
}

/** An epithet after "the" at `i` (tokens[i] is "the"): its end and key, else null. */
export function epithetAt(tokens: Token[], i: number, sentenceOf: Int32Array, index: LexiconIndex): { end: number; key: string } | null {
  if (tokens[i]?.lower !== 'the') return null;
  // (Runs at every "the" of every article: a phrase is built only where a word an epithet ends with stands.)
  const { keyOf, lastWords } = tableOf(index);
  for (let end = Math.min(tokens.length, i + 1 + MAX_TOKENS); end > i + 1; end--) {
    if (sentenceOf[end - 1] !== sentenceOf[i] || !tokens[end - 1].word || !lastWords.has(tokens[end - 1].lower)) continue;
    const key = keyOf.get(phraseText(tokens, i + 1, end));
    if (key === undefined) continue;
    // ("the alliance of …", "the bloc's", fine; "the kingdom of Saudi Arabia" names it: a name after "of".)
    if (tokens[end]?.lower === 'of') return null;
    return { end, key };
  }
  return null;
}

export const epithetOwnSentence = defineRule({
  id: 'discourse/epithet-own-sentence', stage: 'discourse',
  reason: '"The Saudi Press Agency said the kingdom would host further rounds", "Saudi state media said … and the kingdom said it was ready to keep hosting such talks", "According to the Qatari news agency QNA, the emirate offered to host another round": a party adjective or name that stands before an epithet in its own sentence but is no party mention (it names the state\'s media, agency or statement) still names the state the epithet describes, when the epithet can describe it; it is taken before any party named in earlier sentences ("the first round was held in Copenhagen" is no kingdom that speaks). A party mention of its own sentence nearer the epithet still comes first.',
});

/** A party adjective or name at token `j` that is no party mention, whose code the epithet can describe: that code, else null. */
function unmentionedMember(tokens: Token[], j: number, index: LexiconIndex, members: Set<string>): string | null {
  if (!tokens[j].cap || !tokens[j].word) return null;
  // (The longest match may be the media's own name, "Saudi Press Agency" an outlet: shorter matches are tried too.)
  for (let to = tokens.length; to > j;) {
    const m = index.names.matchAt(tokens, j, to);
    if (!m) return null;
    for (const v of m.values) {
      if ((v.kind === 'adjective' || (v.kind === 'party' && v.sub === 'name')) && members.has(v.code.toLowerCase())) return v.code;
    }
    to = m.end - 1;
  }
  return null;
}

/**
 * The party an epithet mention `p` (actors[k]) describes: the last mention within the lookback whose codes are all
 * members; a party mention of its own sentence first, then a member named before it in its sentence by no mention
 * (discourse/epithet-own-sentence: "The Saudi Press Agency said the kingdom …"), then earlier sentences.
 */
export function epithetReferent(actors: ActorMention[], k: number, index: LexiconIndex, tokens?: Token[], sentenceOf?: Int32Array): { codes: string[] } | undefined {
  const p = actors[k];
  const key = p.pronoun?.slice(EPITHET_PRONOUN.length) ?? '';
  const members = index.words(epithets.id, `members:${key}`);
  const fits = (m: ActorMention): boolean => m.codes.length > 0 && m.kind !== 'both' && m.codes.every((c) => members.has(c.toLowerCase()));
  let j = k - 1;
  for (; j >= 0 && actors[j].sentence === p.sentence; j--) if (fits(actors[j])) return actors[j];
  if (tokens && sentenceOf) {
    // (Only words outside every mention of the sentence: a mention that does not fit is no state of the epithet's.)
    const covered = (x: number): boolean => { for (let a = k - 1; a >= 0 && actors[a].sentence === p.sentence; a--) if (x >= actors[a].start && x < actors[a].end) return true; return false; };
    for (let x = p.start - 1; x >= 0 && sentenceOf[x] === sentenceOf[p.start]; x--) {
      if (covered(x)) continue;
      const code = unmentionedMember(tokens, x, index, members);
      if (code) return { codes: [code] };
    }
  }
  for (; j >= 0 && actors[j].sentence >= p.sentence - EPITHET_LOOKBACK; j--) if (fits(actors[j])) return actors[j];
  return undefined;
}
